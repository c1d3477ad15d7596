package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import org.junit.jupiter.api.Test;

/**
 * The state search merges states that differ only in time (the step count and the clock), such as those reached
 * with and without a wait that ended, unless something below reads the clock, a timer is pending, or the step limit
 * comes within reach; and it numbers synchronization keys by where they are met, not by when the run made them. Each
 * case is checked against the same search keeping time in every key, and against optimal DPOR, which merges nothing.
 */
class TimeFreeStatesTest {
    /**
     * The consumer may wait (and loop) or find the item there: two ways, different in steps, to one state. Each wait
     * makes a lock, so the keys the trace gives later locks differ between the two ways as well.
     */
    private static final String HANDOFF = """
            import threading, time
            cv = threading.Condition()
            items = []
            def consumer():
                with cv:
                    while not items:
                        cv.wait()
                    items.pop()
            def producer():
                with cv:
                    items.append(1)
                    cv.notify()
            c = threading.Thread(target=consumer)
            p = threading.Thread(target=producer)
            c.start()
            p.start()
            c.join()
            p.join()
            """;

    @Test
    void waitsThatEndedMergeWhenNothingReadsTheTime() throws Exception {
        Program program = Simulator.compile("handoff.py", HANDOFF + "print(items)\n");
        ExploreResult timeFree = states(program, RunOptions.defaults(), false);
        ExploreResult timeKept = states(program, RunOptions.defaults(), true);
        assertEquals(counts(timeKept), counts(timeFree));
        assertEquals(counts(dpor(program, RunOptions.defaults())), counts(timeFree));
        assertEquals(Map.of("COMPLETED [[]]", BigInteger.valueOf(3)), counts(timeFree));
        assertTrue(timeFree.states() < timeKept.states(), timeFree.states() + " vs " + timeKept.states());
    }

    /** The time printed at the end tells the two ways apart: their states must not merge. */
    @Test
    void aClockReadBelowKeepsTimeApart() throws Exception {
        Program program = Simulator.compile("handoff.py", HANDOFF + "print(time.monotonic_ns() % 100000)\n");
        Map<String, BigInteger> timeFree = counts(states(program, RunOptions.defaults(), false));
        assertEquals(2, timeFree.size(), timeFree::toString);
        assertEquals(counts(states(program, RunOptions.defaults(), true)), timeFree);
        assertEquals(counts(dpor(program, RunOptions.defaults())), timeFree);
    }

    /**
     * A thread spinning on a flag comes back to one state, steps later, at every turn; where the other thread sets the
     * flag decides whether the run ends within the step limit. A state stored from an earlier turn may stand for a
     * later one only while its longest run stays within the limit from there.
     */
    @Test
    void theStepLimitWithinReachKeepsStepsApart() throws Exception {
        Program program = Simulator.compile("spin.py", """
                import threading
                flag = []
                def waiter():
                    while not flag:
                        pass
                w = threading.Thread(target=waiter)
                w.start()
                flag.append(1)
                w.join()
                print(flag)
                """);
        for (long limit : new long[] {1000, 2000}) {
            RunOptions run = RunOptions.defaults().withMaxSteps(limit);
            Map<String, BigInteger> timeFree = counts(states(program, run, false));
            assertEquals(counts(states(program, run, true)), timeFree, "limit " + limit);
            assertTrue(timeFree.containsKey("STEP_LIMIT []") && timeFree.containsKey("COMPLETED [[1]]"),
                    timeFree::toString);
        }
    }

    private static ExploreResult states(Program program, RunOptions run, boolean keepTime) {
        TreeSearch search = new TreeSearch(program, run, ExploreOptions.defaults(), ExploreMonitor.NONE);
        ExploreResult r = (keepTime ? search.keepingTime() : search).search();
        assertTrue(r.complete(), r::toString);
        return r;
    }

    private static ExploreResult dpor(Program program, RunOptions run) {
        ExploreResult r = new OptimalDpor(program, run, ExploreOptions.defaults().withMode(ExploreMode.DPOR),
                ExploreMonitor.NONE).search();
        assertTrue(r.complete(), r::toString);
        return r;
    }

    /** Each outcome (status and output) with its count of traces. */
    private static Map<String, BigInteger> counts(ExploreResult r) {
        return r.outcomes().stream().collect(Collectors.toMap(o -> o.status() + " " + o.output(), Outcome::count,
                BigInteger::add, TreeMap::new));
    }
}
