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

    /**
     * Objects that die while the search is below points where they were alive: lists handed between threads and
     * dropped. The operations that touched them are named at the points above through the runs that kept them.
     */
    @Test
    void objectsThatDieOnTheWay() throws Exception {
        String source = """
                import threading
                box = [[0], [0]]
                x = 0
                def a():
                    global x
                    cell = box[0]
                    cell[0] += 1
                    box[0] = None
                    x += 1
                def b():
                    global x
                    for i in range(2):
                        c = box[i]
                        if c is not None:
                            c[0] += 1
                    box[1] = None
                    x += 1
                ts = [threading.Thread(target=a), threading.Thread(target=b)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(x, box)
                """;
        Program program = Simulator.compile("dying.py", source);
        assertEquals(search(program, true), search(program, false));
    }

    /**
     * Generated programs (up to three threads sharing variables, locks, semaphores, events, queues): the copies
     * explore each as the replays do.
     */
    @Test
    void generatedProgramsExploreAlike() throws Exception {
        ProgramGenerator generator = new ProgramGenerator(31, new ProgramGenerator.Shape(2, 3, 3, 6));
        for (int i = 0; i < 40; i++) {
            ProgramGenerator.GeneratedProgram p = generator.next();
            Program program = Simulator.compile("generated.py", p.source());
            assertEquals(search(program, true), search(program, false), p.source());
        }
    }

    /**
     * A dict keyed by an object whose class defines {@code __hash__} cannot be copied: the search starts again and
     * replays every run, finding what the replaying search finds — whether the key is there from the start or made by
     * a thread after copies were already kept.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void uncopyableProgramsAreReplayed(boolean late) throws Exception {
        String source = "import threading\nclass Key:\n    def __hash__(self):\n        return 1\n"
                + "seen = {}\nx = 0\n" + (late ? "" : "seen[Key()] = 0\n")
                + "def add(n):\n    global x\n    x += 1\n"
                + (late ? "    if n == 1:\n        seen[Key()] = 1\n" : "") + "    x += 1\n"
                + "ts = [threading.Thread(target=add, args=(i,)) for i in range(2)]\n"
                + "for t in ts: t.start()\nfor t in ts: t.join()\n";
        Program program = Simulator.compile("hashed.py", source);
        assertEquals(search(program, true), search(program, false));
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
        // Every run but the first goes on from a copy, unless replaying was asked for or nothing can be copied.
        boolean copyable = !program.source().contains("__hash__") && !replaying;
        assertEquals(copyable ? r.executions() - 1 : 0, search.resumedRuns());
        r.outcomes().forEach(o -> runs.add(o.key() + " " + o.count() + " " + o.shortest().toText() + " / "
                + o.leastPreempted().toText() + " " + o.preemptions()));
        return runs;
    }
}
