package lockstep.sim.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Finds lost updates: stale writes to shared variables (the variables the machine reports to a {@link SyncObserver},
 * as for {@link RaceDetector}).
 *
 * <p>A write by thread {@code T} to variable {@code v} is <em>stale</em> when {@code T} read {@code v} since its own
 * last write to it, and another thread wrote {@code v} after that read: {@code T}'s write, based on what it read,
 * erases the other write unseen. The erased write named is the latest one, the one {@code T}'s write replaces. A
 * write with no read before it (a blind write) is never stale, so each read-modify-write counts at most once.
 * Order is the order of steps, not happens-before: a lock taken between the read and the write does not make the
 * update any less lost, while a lock held around both makes another thread's write between them impossible.
 *
 * <p>State per variable: the last write and, per thread, the version it last read: bounded by the threads, never a
 * history, and updated in place. Deterministic: hash maps are only looked up, never iterated.
 */
public final class LostUpdateDetector implements SyncObserver {
    private final Consumer<StaleWrite> found;
    private final Map<String, VariableState> variables = new HashMap<>();
    private int count;

    /** @param found told of each stale write as it happens */
    public LostUpdateDetector(Consumer<StaleWrite> found) {
        this.found = Objects.requireNonNull(found, "found");
    }

    /** How many stale writes were found so far. */
    public int count() {
        return count;
    }

    @Override
    public void read(int thread, String variable, long step, int line) {
        VariableState state = variables.computeIfAbsent(variable, key -> new VariableState());
        Read read = state.readOf(thread);
        if (read == null) {
            read = new Read(thread);
            state.pendingReads.add(read);
        }
        read.pending = true;
        read.version = state.version;
        read.step = step;
    }

    @Override
    public void wrote(int thread, String variable, long step, int line) {
        wrote(thread, variable, step, line, null);
    }

    @Override
    public void wrote(int thread, String variable, long step, int line, Object value) {
        VariableState state = variables.computeIfAbsent(variable, key -> new VariableState());
        Read read = state.readOf(thread);
        Write last = state.lastWrite;
        if (read != null && read.pending && last.thread != thread && read.version < state.version) {
            count++;
            found.accept(new StaleWrite(variable, thread, value, step, read.step, last.thread, last.value,
                    last.step));
        }
        if (read != null) {
            read.pending = false;
        }
        state.version++;
        last.thread = thread;
        last.value = value;
        last.step = step;
    }

    /**
     * A thread's last read of a variable, which version it saw and at which step; pending until the thread writes
     * the variable. Updated in place: a run's reads allocate nothing once each thread has read each variable.
     */
    private static final class Read {
        final int thread;
        boolean pending;
        long version;
        long step;

        Read(int thread) {
            this.thread = thread;
        }
    }

    /** The variable's last write; thread -1 before the first. */
    private static final class Write {
        int thread = -1;
        Object value;
        long step;
    }

    /** What is remembered of one variable: how many writes it has had, the last, each thread's read (at most one). */
    private static final class VariableState {
        long version;
        final Write lastWrite = new Write();
        final List<Read> pendingReads = new ArrayList<>(2);

        Read readOf(int thread) {
            for (int i = 0; i < pendingReads.size(); i++) {
                if (pendingReads.get(i).thread == thread) {
                    return pendingReads.get(i);
                }
            }
            return null;
        }
    }
}
