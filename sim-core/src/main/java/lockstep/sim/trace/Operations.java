package lockstep.sim.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's steps grouped at a {@link Grain}: a view over the trace's micro-ops, so nothing is lost and every grain
 * stays available. Build one by running with {@link #recorder(Grain)} as (or inside) the step listener, then
 * {@link Recorder#finish(Trace)} with the run's trace.
 *
 * <h2>Operations</h2>
 * An operation is a run of one thread's micro-ops that ends right after the thread does something another thread
 * could observe or that could make it wait. Per thread, a step ends the thread's current operation when:
 * <ul>
 *   <li>in the program's own code, it reads shared data ({@link StepEffect#READS_SHARED}: a global, a closure cell,
 *       an attribute or an item whose value is data), writes shared state ({@link StepEffect#WRITES_SHARED}: a
 *       global, a module-level name, a closure cell, an attribute, an item, or calls a built-in method of shared data
 *       such as {@code items.append}), or raises a trace event by its own act (prints, takes or releases a lock,
 *       starts a thread, sleeps, blocks, forks ...; not a wake-up, a timeout or the GIL passing, which happen to
 *       it);</li>
 *   <li>in a library module's code (threading, queue, asyncio, multiprocessing ...), it returns into the program's
 *       code or calls it ({@link StepEffect#LEAVES_LIBRARY}), or the thread blocks, sleeps or its task yields there;
 *       nothing else inside a library ends an operation, so a call from the program into a library is one operation
 *       however many micro-ops it runs (two when it waits halfway: up to the wait, and from the wake-up on);</li>
 *   <li>it is the thread's last step in the run (the operation that ends the thread).</li>
 * </ul>
 * Reading a function, class, module, synchronization object or an instance of a library class is a lookup, not a
 * read of shared data, so {@code lock.acquire()} is one operation; objects are not traced for reachability, so every
 * attribute and item counts as shared. So {@code x += 1} on a global is two operations: {@code LOAD_GLOBAL x} ends
 * the read; {@code LOAD_CONST 1}, {@code INPLACE_OP +=} and {@code STORE_GLOBAL x} are the write — between them
 * another thread can run, which is how an update gets lost. A thread's steps before its first boundary (a new
 * thread's start-up code in {@code threading}) are its first operation.
 *
 * <h2>Lines</h2>
 * A line step is the longest run of consecutive steps of one runner on one program line; library steps count at the
 * program line that called them.
 *
 * <p>Groups are ordered by their last step: stepping forward moves to the end of the next group.
 */
public final class Operations {
    private final Grain grain;
    private final List<Operation> groups;
    private final long[] ends;
    /** Each thread's groups, as indexes into {@link #groups} in order (so by their last step). */
    private final Map<Integer, int[]> byThread;

    private Operations(Grain grain, List<Operation> groups) {
        this.grain = grain;
        this.groups = List.copyOf(groups);
        this.ends = groups.stream().mapToLong(Operation::last).toArray();
        this.byThread = indexByThread(this.groups);
    }

    private static Map<Integer, int[]> indexByThread(List<Operation> groups) {
        Map<Integer, List<Integer>> lists = new TreeMap<>();
        for (int i = 0; i < groups.size(); i++) {
            lists.computeIfAbsent(groups.get(i).thread(), t -> new ArrayList<>()).add(i);
        }
        Map<Integer, int[]> index = new TreeMap<>();
        lists.forEach((thread, list) -> index.put(thread, list.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }

    /** A listener that groups the steps it is told; {@link Recorder#finish(Trace)} once the run is over. */
    public static Recorder recorder(Grain grain) {
        return new Recorder(grain, GroupEnd.NONE);
    }

    /**
     * As {@link #recorder(Grain)}, telling {@code ends} each time a group closes, as the steps arrive: a manual
     * session runs a thread until its group ends. A line step closes when a step off its line arrives, so it is told
     * one step late; an operation closes with the step that ends it.
     */
    public static Recorder recorder(Grain grain, GroupEnd ends) {
        return new Recorder(grain, ends);
    }

    /** Told when a group closes while the steps arrive. */
    @FunctionalInterface
    public interface GroupEnd {
        /** Tells no one. */
        GroupEnd NONE = (thread, lastStep) -> { };

        /** Thread {@code thread}'s group closed; {@code lastStep} is the index of its last step. */
        void closed(int thread, long lastStep);
    }

    /** Groups steps already collected, in the order they ran. */
    public static Operations of(List<Step> steps, Grain grain, Trace names) {
        Recorder recorder = recorder(grain);
        steps.forEach(recorder::onStep);
        return recorder.finish(names);
    }

    public Grain grain() {
        return grain;
    }

    /** The groups, ordered by their last step. */
    public List<Operation> all() {
        return groups;
    }

    public int size() {
        return groups.size();
    }

    /** The index of the first group that ends at or after {@code step}, or {@link #size()} if none does. */
    public int indexEndingAtOrAfter(long step) {
        int i = Arrays.binarySearch(ends, step);
        if (i >= 0) {
            while (i > 0 && ends[i - 1] == step) {
                i--;
            }
            return i;
        }
        return -i - 1;
    }

    /** The step at which the next group after {@code step} ends, or -1 when none ends after it. */
    public long nextEnd(long step) {
        int i = indexEndingAtOrAfter(step + 1);
        return i < ends.length ? ends[i] : -1;
    }

    /** The step at which the last group before {@code step} ends, or -1 when none ends before it. */
    public long previousEnd(long step) {
        int i = indexEndingAtOrAfter(step) - 1;
        return i >= 0 ? ends[i] : -1;
    }

    /** The group that ends exactly at {@code step}, or null. */
    public Operation endingAt(long step) {
        int i = indexEndingAtOrAfter(step);
        return i < ends.length && ends[i] == step ? groups.get(i) : null;
    }

    /**
     * The group of thread {@code thread} that is not over after {@code step} steps: the one it is in the middle of,
     * or the one its next step starts; null when the thread has none left (it has ended, or never ran).
     */
    public Operation pendingOf(int thread, long step) {
        int[] mine = byThread.get(thread);
        if (mine == null) {
            return null;
        }
        int low = 0;
        int high = mine.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mine[mid]] < step) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < mine.length ? groups.get(mine[low]) : null;
    }

    /** Collects groups from the steps of a run. */
    public static final class Recorder implements StepListener {
        private final Grain grain;
        private final List<OperationGrouper.Open> operations = new ArrayList<>();
        private final List<Operation> groups = new ArrayList<>();
        private final OperationGrouper operationGrouper;
        private final LineGrouper lineGrouper;
        private final GroupEnd ends;

        private Recorder(Grain grain, GroupEnd ends) {
            this.grain = grain;
            this.ends = ends;
            this.operationGrouper = new OperationGrouper(op -> {
                operations.add(op);
                ends.closed(op.last.thread(), op.last.index());
            });
            this.lineGrouper = new LineGrouper(line -> {
                groups.add(line);
                ends.closed(line.thread(), line.last());
            });
        }

        @Override
        public void onStep(Step step) {
            switch (grain) {
                case OPERATION -> operationGrouper.add(step);
                case LINE -> lineGrouper.add(step);
                case MICRO_OP -> {
                    groups.add(new Operation(step.thread(), step.threadName(), step.task(), step.index(), step.index(),
                            1, step.timeNanos(), step.line(), step.narration()));
                    ends.closed(step.thread(), step.index());
                }
            }
        }

        /** The groups; {@code names} is the run's trace, whose tables name the threads and objects in events. */
        public Operations finish(Trace names) {
            operationGrouper.finish();
            lineGrouper.finish();
            for (OperationGrouper.Open op : operations) {
                groups.add(OperationGrouper.build(op, names));
            }
            List<Operation> sorted = new ArrayList<>(groups);
            sorted.sort(Comparator.comparingLong(Operation::last));
            return new Operations(grain, sorted);
        }
    }
}
