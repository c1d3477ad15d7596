package lockstep.timeline;

import java.util.Arrays;

/**
 * A lane's bars in step order, kept in primitive arrays so that a million-step trace stays small and a painter can
 * find the first visible bar by binary search. A bar covers the steps {@code [start, end)}; adjacent bars that look
 * the same are merged as they are added.
 */
public final class BarList {
    private long[] starts = new long[8];
    private long[] ends = new long[8];
    private byte[] states = new byte[8];
    private int[] owners = new int[8];
    private int[] labels = new int[8];
    private int size;

    /**
     * Adds a bar after the last one. {@code owner} is the colour index of the thread a core or GIL bar belongs to
     * (-1 for none); {@code label} an index into the model's labels (-1 for none). Empty bars are ignored.
     */
    void add(long start, long end, BarState state, int owner, int label) {
        if (end <= start) {
            return;
        }
        if (size > 0) {
            int last = size - 1;
            if (ends[last] == start && states[last] == state.ordinal() && owners[last] == owner
                    && labels[last] == label) {
                ends[last] = end;
                return;
            }
        }
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            states = Arrays.copyOf(states, capacity);
            owners = Arrays.copyOf(owners, capacity);
            labels = Arrays.copyOf(labels, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        states[size] = (byte) state.ordinal();
        owners[size] = owner;
        labels[size] = label;
        size++;
    }

    public int size() {
        return size;
    }

    public long start(int i) {
        return starts[i];
    }

    public long end(int i) {
        return ends[i];
    }

    public BarState state(int i) {
        return BarState.values()[states[i]];
    }

    /** The state's ordinal, for painters that index arrays by it. */
    public int stateOrdinal(int i) {
        return states[i];
    }

    public int owner(int i) {
        return owners[i];
    }

    public int label(int i) {
        return labels[i];
    }

    /** The index of the first bar that ends after {@code step}, or {@link #size()} when none does. */
    public int firstEndingAfter(double step) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] > step) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The index of the bar covering {@code step}, or -1. */
    public int indexAt(long step) {
        int i = firstEndingAfter(step);
        return i < size && starts[i] <= step ? i : -1;
    }

    /** The state at {@code step}, or null where the lane has no bar. */
    public BarState stateAt(long step) {
        int i = indexAt(step);
        return i < 0 ? null : state(i);
    }
}
