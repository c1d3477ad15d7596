package lockstep.sim.analysis;

import java.util.Arrays;

/**
 * A vector clock: for each thread id, how many of that thread's events are known. Entries not yet stored are 0; the
 * array grows on demand (thread ids are small non-negative ints).
 */
final class VectorClock {
    private int[] entries = new int[0];

    /** A thread's own clock when it first appears: its own component at 1, so its first events have epoch 1. */
    static VectorClock ofNewThread(int thread) {
        VectorClock clock = new VectorClock();
        clock.tick(thread);
        return clock;
    }

    /** This clock's component for {@code thread} (0 if never set). */
    int get(int thread) {
        return thread < entries.length ? entries[thread] : 0;
    }

    /** Advances {@code thread}'s component by one. */
    void tick(int thread) {
        grow(thread + 1);
        entries[thread] = Math.addExact(entries[thread], 1);
    }

    /** Makes this clock the component-wise maximum of itself and {@code other}. */
    void join(VectorClock other) {
        grow(other.entries.length);
        for (int i = 0; i < other.entries.length; i++) {
            entries[i] = Math.max(entries[i], other.entries[i]);
        }
    }

    private void grow(int length) {
        if (length > entries.length) {
            // Exactly as long as needed: growing by doubling would let two clocks joined in turn outgrow each
            // other without end.
            entries = Arrays.copyOf(entries, length);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] != 0) {
                text.append(text.length() > 1 ? ", " : "").append(i).append(':').append(entries[i]);
            }
        }
        return text.append(']').toString();
    }
}
