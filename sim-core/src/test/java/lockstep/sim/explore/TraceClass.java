package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lockstep.sim.machine.AccessLog;

/**
 * The Mazurkiewicz trace of one run, named by its normal form: the lexicographically least interleaving (threads
 * compared by id) of the run's operations ordered by dependence — two operations of one thread, or of two threads
 * whose footprints {@link Footprint#conflicts conflict}, keep the order the run gave them. Two runs have the same
 * normal form exactly when one becomes the other by swapping adjacent independent operations. The simulator being
 * deterministic, the sequence of threads alone names the run.
 *
 * <p>Waits that changed nothing are no operation and are left out. So are operations cut short by another thread's
 * end: the first step after a thread's last one carries its {@code ThreadEnded} event, and when that step is the
 * program's own code (a name or a method looked up, a constant loaded) the operation grouper ends the operation
 * there, so the same operation is one in some interleavings and two in others (see {@link OperationBoundaryTest}).
 * Such a stump reads no data and writes nothing, and is joined to its thread's next operation here; in the
 * programs of {@link ProgramGenerator}, every operation that is not cut short writes or reads data, so without
 * the cut the joining changes nothing.
 */
final class TraceClass {
    private final List<Execution.Op> ops;
    /** For each operation, its thread's row in {@link #threads}. */
    private final int[] row;
    /** The threads' ids, in increasing order. */
    private final int[] threads;
    /** For each thread, its operations' indices in {@link #ops}, in order. */
    private final int[][] byThread;
    /** For each operation and each thread row, how many of that thread's operations must come before it. */
    private final int[][] needs;

    /**
     * The trace of a run whose operations, as {@link TreeSearch#histories} tells them, are {@code history}; the
     * globals named in {@code data} hold data, every other name read in a module is a lookup.
     */
    TraceClass(List<Execution.Op> history, Set<String> data) {
        ops = operations(history, data);
        TreeMap<Integer, List<Integer>> rows = new TreeMap<>();
        for (int i = 0; i < ops.size(); i++) {
            rows.computeIfAbsent(ops.get(i).thread(), t -> new ArrayList<>()).add(i);
        }
        threads = rows.keySet().stream().mapToInt(Integer::intValue).toArray();
        byThread = new int[threads.length][];
        row = new int[ops.size()];
        int[] position = new int[ops.size()];
        for (int r = 0; r < threads.length; r++) {
            byThread[r] = rows.get(threads[r]).stream().mapToInt(Integer::intValue).toArray();
            for (int p = 0; p < byThread[r].length; p++) {
                row[byThread[r][p]] = r;
                position[byThread[r][p]] = p;
            }
        }
        needs = new int[ops.size()][threads.length];
        for (int j = 0; j < ops.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (row[i] == row[j] || ops.get(i).footprint().conflicts(ops.get(j).footprint())) {
                    needs[j][row[i]] = Math.max(needs[j][row[i]], position[i] + 1);
                }
            }
        }
    }

    /**
     * The run's operations: silent waits left out, stumps joined to their thread's next operation (placed where
     * that one ran: what a stump looks up is not changed by other threads meanwhile) or, with none after, left
     * out.
     */
    static List<Execution.Op> operations(List<Execution.Op> history, Set<String> data) {
        List<Execution.Op> out = new ArrayList<>(history.size());
        Map<Integer, List<Footprint.Entry>> stumps = new TreeMap<>();
        for (Execution.Op op : history) {
            if (op.blockedSilently()) {
                continue;
            }
            Footprint f = op.footprint();
            if (stump(f, data)) {
                stumps.computeIfAbsent(op.thread(), t -> new ArrayList<>()).addAll(f.entries);
                continue;
            }
            List<Footprint.Entry> before = stumps.remove(op.thread());
            if (before != null) {
                before.addAll(f.entries);
                op = new Execution.Op(op.thread(), new Footprint(before, f.readsClock, f.global), false);
            }
            out.add(op);
        }
        return out;
    }

    /**
     * Whether an operation only read, and read no data: looked up names (functions, modules, synchronization
     * objects, methods), or nothing at all.
     */
    private static boolean stump(Footprint f, Set<String> data) {
        if (f.readsClock || f.global) {
            return false;
        }
        for (Footprint.Entry e : f.entries) {
            if (e.kind() != AccessLog.Kind.READ || e.target() instanceof Map<?, ?> && data.contains(e.name())) {
                return false;
            }
        }
        return true;
    }

    /** The threads of {@code history}'s operations, every one but the silent waits, in the order run. */
    static String threadSequence(List<Execution.Op> history) {
        StringBuilder sb = new StringBuilder();
        for (Execution.Op op : history) {
            if (!op.blockedSilently()) {
                sb.append(op.thread()).append(' ');
            }
        }
        return sb.toString().strip();
    }

    /** The normal form, as the sequence of threads that run. */
    String normalForm() {
        int[] done = new int[threads.length];
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < row.length; k++) {
            int r = 0;
            while (!ready(r, done)) {
                r++;
            }
            done[r]++;
            sb.append(threads[r]).append(' ');
        }
        return sb.toString().strip();
    }

    /** Whether thread row {@code r}'s next operation may come once {@code done[s]} operations of each row s came. */
    private boolean ready(int r, int[] done) {
        if (done[r] >= byThread[r].length) {
            return false;
        }
        int[] need = needs[byThread[r][done[r]]];
        for (int s = 0; s < need.length; s++) {
            if (done[s] < need[s]) {
                return false;
            }
        }
        return true;
    }
}
