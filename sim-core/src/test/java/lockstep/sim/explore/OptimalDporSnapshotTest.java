package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Optimal DPOR going on from kept copies of the machine explores exactly what it explores replaying every run from
 * the start: the same runs, in the same order, each with the same operations, the same outcomes and counts, and the
 * same sequences dropped as infeasible or redundant — for locks, conditions, semaphores, events, barriers, queues,
 * asyncio, fork, the philosophers and the lost update.
 */
class OptimalDporSnapshotTest {
    @ParameterizedTest
    @ValueSource(strings = {"lock-order", "philosophers", "condition", "semaphore", "event", "barrier", "queue",
        "asyncio", "fork"})
    void copiesExploreAsReplaysDo(String name) throws Exception {
        Program program = Simulator.compile(name + ".py", OptimalDporOutcomesTest.PROGRAMS.get(name));
        assertEquals(search(program, true), search(program, false), name);
    }

    @Test
    void lostUpdateTwoByThree() throws Exception {
        Program program = LostUpdateCensusTest.lostUpdate(3, 2);
        List<String> copied = search(program, false);
        assertEquals(search(program, true), copied);
        assertEquals("executions 328, interleavings 328, asleep 0", copied.get(328));
    }

    /** Every run's operations (thread, and s when it only found it could not go on), then the figures. */
    private static List<String> search(Program program, boolean replaying) {
        OptimalDpor search = new OptimalDpor(program, RunOptions.defaults(),
                ExploreOptions.defaults().withMode(ExploreMode.DPOR), ExploreMonitor.NONE);
        if (replaying) {
            search.replayingOnly();
        }
        List<String> runs = new ArrayList<>();
        search.histories = ops -> runs.add(ops.stream()
                .map(o -> o.thread() + (o.blockedSilently() ? "s" : "")).toList().toString());
        ExploreResult r = search.search();
        runs.add("executions " + r.executions() + ", interleavings " + r.interleavings() + ", asleep "
                + search.sleepBlocked());
        runs.add("infeasible " + search.infeasible() + ", redundant " + search.redundant() + ", " + r.stopReason());
        // Every run but the first goes on from a copy, unless replaying was asked for.
        assertEquals(replaying ? 0 : r.executions() - 1, search.resumedRuns());
        r.outcomes().forEach(o -> runs.add(o.key() + " " + o.count() + " " + o.shortest().toText() + " / "
                + o.leastPreempted().toText() + " " + o.preemptions()));
        return runs;
    }
}
