package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Going on from a kept copy of the machine is the same search as replaying every run from the start: the same runs,
 * each with the same operations, the same states stored and the same counts — for locks, conditions, semaphores,
 * events, barriers, queues, asyncio, fork and the philosophers, by the state search and by sleep sets alone.
 */
class SnapshotSearchTest {
    @ParameterizedTest
    @ValueSource(strings = {"lock-order", "philosophers", "condition", "semaphore", "event", "barrier", "queue",
        "asyncio", "fork"})
    void copiesSearchAsReplaysDo(String name) throws Exception {
        Program program = Simulator.compile(name + ".py", OptimalDporOutcomesTest.PROGRAMS.get(name));
        // Sleep sets alone make many more runs: checked where waits and copies meet most (conditions, queues, fork).
        boolean both = name.equals("condition") || name.equals("queue") || name.equals("fork");
        for (ExploreMode mode : both ? new ExploreMode[] {ExploreMode.STATES, ExploreMode.DPOR}
                : new ExploreMode[] {ExploreMode.STATES}) {
            List<String> replayed = search(program, mode, true);
            List<String> copied = search(program, mode, false);
            assertEquals(replayed, copied, name + " " + mode.cliName());
        }
    }

    /** Every run's operations (thread and whether it only found it could not go on), then the result's figures. */
    private static List<String> search(Program program, ExploreMode mode, boolean replaying) {
        TreeSearch search = new TreeSearch(program, RunOptions.defaults(), ExploreOptions.defaults().withMode(mode),
                ExploreMonitor.NONE);
        if (replaying) {
            search.replayingOnly();
        } else {
            search.copiesWithHistories();
        }
        List<String> runs = new java.util.ArrayList<>();
        search.histories = ops -> runs.add(ops.stream()
                .map(o -> o.thread() + (o.blockedSilently() ? "s" : "")).toList().toString());
        ExploreResult r = search.search();
        runs.add("executions " + r.executions() + ", states " + r.states() + ", interleavings " + r.interleavings());
        r.outcomes().forEach(o -> runs.add(o.key() + " " + o.count() + " " + o.shortest().toText()));
        return runs;
    }
}
