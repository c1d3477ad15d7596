package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import org.junit.jupiter.api.Test;

/**
 * An operation is the same in every interleaving: how a thread's steps are cut into operations does not depend on
 * what other threads ran in between. Here the main thread starts a thread that only ends, sets a global and joins
 * the thread; whichever the order, the main thread has as many operations (waits that changed nothing are none).
 *
 * <p>A thread's {@code ThreadEnded} event comes with the first step run after the thread's last one, which belongs to
 * another thread; were it taken for that thread's own act, the main thread's operation would end after its
 * {@code LOAD_CONST 1} of {@code x = 1} in the interleavings where the thread ends just before, and enumerating every
 * interleaving ({@code --mode all}) would count the stump as a choice point of its own.
 */
class OperationBoundaryTest {
    @Test
    void aThreadsEndDoesNotCutAnotherThreadsOperation() throws Exception {
        String program = "import threading\ndef w():\n    pass\nt = threading.Thread(target=w)\nt.start()\nx = 1\n"
                + "t.join()\n";
        TreeSearch search = new TreeSearch(Simulator.compile("end.py", program), RunOptions.defaults(),
                ExploreOptions.defaults().withMode(ExploreMode.ALL), ExploreMonitor.NONE);
        Set<Map<Integer, Integer>> operationsPerThread = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        search.histories = history -> {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Execution.Op op : history) {
                if (!op.blockedSilently()) {
                    counts.merge(op.thread(), 1, Integer::sum);
                }
            }
            operationsPerThread.add(counts);
        };
        ExploreResult result = search.search();
        assertEquals(1, operationsPerThread.size(), () -> operationsPerThread + " in " + result.interleavings()
                + " interleavings");
    }
}
