package lockstep.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;

/**
 * A run's groups at a coarse grain (its operations or its line steps), by thread: the group a thread's step belongs
 * to, for the narration of a point of its lane, and the step boundaries where its groups end, drawn as faint ticks so
 * the grain shows on the lanes.
 */
public final class OperationIndex {
    private final Grain grain;
    /** Per thread id, its groups ordered by their last step, and those last steps. */
    private final Map<Integer, List<Operation>> groups = new TreeMap<>();
    private final Map<Integer, long[]> lasts = new TreeMap<>();

    private OperationIndex(Operations operations) {
        this.grain = operations.grain();
        Map<Integer, List<Operation>> byThread = new TreeMap<>();
        for (Operation op : operations.all()) {
            byThread.computeIfAbsent(op.thread(), t -> new ArrayList<>()).add(op);
        }
        byThread.forEach((thread, ops) -> {
            groups.put(thread, List.copyOf(ops));
            lasts.put(thread, ops.stream().mapToLong(Operation::last).toArray());
        });
    }

    /** The index of {@code operations}; null for none or for the micro-op grain, where nothing is grouped. */
    static OperationIndex of(Operations operations) {
        return operations == null || operations.grain() == Grain.MICRO_OP ? null : new OperationIndex(operations);
    }

    public Grain grain() {
        return grain;
    }

    /**
     * The group of thread {@code thread} that step {@code step} (an index) belongs to; between two of its groups
     * (while it waits, sleeps or another thread runs) the one it did last, which a wait ended; null before its first.
     */
    public Operation at(int thread, long step) {
        long[] ends = lasts.get(thread);
        if (ends == null) {
            return null;
        }
        int i = Arrays.binarySearch(ends, step);
        if (i < 0) {
            i = -i - 1;
        }
        List<Operation> ops = groups.get(thread);
        if (i < ends.length && ops.get(i).first() <= step) {
            return ops.get(i);
        }
        return i > 0 ? ops.get(i - 1) : null;
    }

    /** The last steps of thread {@code thread}'s groups in order (each group ends at the boundary after its step). */
    long[] lastSteps(int thread) {
        long[] ends = lasts.get(thread);
        return ends == null ? new long[0] : ends;
    }
}
