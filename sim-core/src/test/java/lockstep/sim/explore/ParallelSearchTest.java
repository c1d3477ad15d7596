package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lockstep.sim.RunOptions;
import org.junit.jupiter.api.Test;

/**
 * A search shared by several threads finds what the search on one finds: the same outcomes in the same order, with
 * the same counts, from one search to the next. (Which runs are made, and so the example schedules, depend on how the
 * threads share the work.)
 */
class ParallelSearchTest {
    @Test
    void threadsShareTheCensusAndAgreeWithOne() throws Exception {
        for (ExploreMode mode : new ExploreMode[] {ExploreMode.STATES, ExploreMode.DPOR}) {
            ExploreOptions options = ExploreOptions.defaults().withMode(mode);
            ExploreResult alone = Explorer.explore(LostUpdateCensusTest.lostUpdate(3, 2), RunOptions.defaults(),
                    options, ExploreMonitor.NONE);
            ExploreResult shared = Explorer.explore(LostUpdateCensusTest.lostUpdate(3, 2), RunOptions.defaults(),
                    options.withWorkers(3), ExploreMonitor.NONE);
            ExploreResult again = Explorer.explore(LostUpdateCensusTest.lostUpdate(3, 2), RunOptions.defaults(),
                    options.withWorkers(3), ExploreMonitor.NONE);
            assertTrue(shared.complete(), mode.cliName());
            assertEquals(alone.interleavings(), shared.interleavings(), mode.cliName());
            assertEquals(LostUpdateCensusTest.census(alone), LostUpdateCensusTest.census(shared), mode.cliName());
            assertEquals(summary(alone), summary(shared), mode.cliName());
            assertEquals(summary(shared), summary(again), mode.cliName());
        }
    }

    @Test
    void aDeadlockFoundByThreadsIsTheOneFoundAlone() throws Exception {
        String program = "import threading\na = threading.Lock()\nb = threading.Lock()\n"
                + "def one():\n    with a:\n        with b:\n            pass\n"
                + "def two():\n    with b:\n        with a:\n            pass\n"
                + "t = threading.Thread(target=one)\nu = threading.Thread(target=two)\n"
                + "t.start()\nu.start()\nt.join()\nu.join()\n";
        ExploreResult alone = Explorer.explore(lockstep.sim.Simulator.compile("order.py", program),
                RunOptions.defaults(), ExploreOptions.defaults(), ExploreMonitor.NONE);
        ExploreResult shared = Explorer.explore(lockstep.sim.Simulator.compile("order.py", program),
                RunOptions.defaults(), ExploreOptions.defaults().withWorkers(2), ExploreMonitor.NONE);
        assertEquals(keysAndCounts(alone), keysAndCounts(shared));
    }

    private static List<String> summary(ExploreResult r) {
        return r.outcomes().stream().map(o -> o.key() + " " + o.count()).toList();
    }

    private static List<String> keysAndCounts(ExploreResult r) {
        return r.outcomes().stream().map(o -> o.key() + " " + o.count()).sorted().toList();
    }
}
