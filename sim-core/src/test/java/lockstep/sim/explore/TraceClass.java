package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.machine.AccessLog;

/**
 * The Mazurkiewicz trace of one run, named by its normal form: the lexicographically least interleaving (threads
 * compared by id) of the run's operations ordered by dependence — two operations of one thread, or of two threads
 * whose footprints {@link Footprint#conflicts conflict}, keep the order the run gave them. Two runs have the same
 * normal form exactly when one becomes the other by swapping adjacent independent operations. The simulator being
 * deterministic, the sequence of threads alone names the run.
 *
 * <p>Waits that changed nothing are no operation and are left out. (An operation is the same in every interleaving:
 * see {@link OperationBoundaryTest}.)
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

    /** The trace of a run whose operations, as {@link TreeSearch#histories} tells them, are {@code history}. */
    TraceClass(List<Execution.Op> history) {
        ops = operations(history);
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

    /** The run's operations, silent waits left out. */
    static List<Execution.Op> operations(List<Execution.Op> history) {
        List<Execution.Op> out = new ArrayList<>(history.size());
        for (Execution.Op op : history) {
            if (!op.blockedSilently()) {
                out.add(op);
            }
        }
        return out;
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
