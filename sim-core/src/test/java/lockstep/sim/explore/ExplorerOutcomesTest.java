package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
import org.junit.jupiter.api.Test;

/** What the explorer finds in the classic programs, and that its example schedules replay to the outcome. */
class ExplorerOutcomesTest {
    static final String LOCK_ORDER = """
            import threading
            a = threading.Lock()
            b = threading.Lock()
            def one():
                with a:
                    with b:
                        pass
            def two():
                with b:
                    with a:
                        pass
            t1 = threading.Thread(target=one)
            t2 = threading.Thread(target=two)
            t1.start(); t2.start(); t1.join(); t2.join()
            print("done")
            """;

    private static String philosophers(boolean ordered) {
        return """
                import threading
                N = 3
                forks = [threading.Lock() for _ in range(N)]
                def dine(i):
                    left, right = i, (i + 1) % N
                    first, second = (min(left, right), max(left, right)) if ORDERED else (left, right)
                    with forks[first]:
                        with forks[second]:
                            pass
                ts = [threading.Thread(target=dine, args=(i,)) for i in range(N)]
                for t in ts: t.start()
                for t in ts: t.join()
                """.replace("ORDERED", ordered ? "True" : "False");
    }

    private static ExploreResult explore(String source, ExploreOptions options) throws Exception {
        return Explorer.explore(Simulator.compile("p.py", source), RunOptions.defaults(), options, ExploreMonitor.NONE);
    }

    @Test
    void lockOrderDeadlocksInSomeSchedules() throws Exception {
        ExploreResult r = explore(LOCK_ORDER, ExploreOptions.defaults());
        assertTrue(r.complete());
        List<RunStatus> statuses = r.outcomes().stream().map(Outcome::status).toList();
        assertTrue(statuses.contains(RunStatus.DEADLOCK), statuses::toString);
        assertTrue(statuses.contains(RunStatus.COMPLETED), statuses::toString);
        Outcome deadlock = r.outcomes().stream().filter(o -> o.status() == RunStatus.DEADLOCK).findFirst().get();
        assertNotNull(deadlock.problem());
        // The example schedule replays to the deadlock.
        RunResult replay = Simulator.run(Simulator.compile("p.py", LOCK_ORDER),
                RunOptions.defaults().withSchedule(deadlock.shortest()));
        assertEquals(RunStatus.DEADLOCK, replay.status());
    }

    @Test
    void threeSymmetricPhilosophersDeadlockInExactlyOneWayAndOrderedOnesNever() throws Exception {
        ExploreResult symmetric = explore(philosophers(false), ExploreOptions.defaults());
        assertTrue(symmetric.complete());
        List<Outcome> deadlocks = symmetric.outcomes().stream().filter(o -> o.status() == RunStatus.DEADLOCK).toList();
        assertEquals(1, deadlocks.size(), () -> deadlocks.stream().map(o -> o.problem() + " / " + o.count()).toList().toString());
        assertTrue(deadlocks.get(0).problem().contains("Thread-1"), deadlocks.get(0).problem());
        ExploreResult ordered = explore(philosophers(true), ExploreOptions.defaults());
        assertTrue(ordered.complete());
        assertTrue(ordered.outcomes().stream().allMatch(o -> o.status() == RunStatus.COMPLETED));
    }

    @Test
    void aLockMakesTheIncrementSafeInEverySchedule() throws Exception {
        String locked = """
                import threading
                x = 0
                lock = threading.Lock()
                def add():
                    global x
                    for i in range(2):
                        with lock:
                            x += 1
                t1 = threading.Thread(target=add)
                t2 = threading.Thread(target=add)
                t1.start(); t2.start(); t1.join(); t2.join()
                """;
        ExploreResult r = explore(locked, ExploreOptions.defaults());
        assertTrue(r.complete());
        assertEquals(1, r.outcomes().size());
        assertEquals(4L, r.outcomes().get(0).globals().get("x"));
    }

    @Test
    void sampledModesAreSeededAndCountRuns() throws Exception {
        Program program = LostUpdateCensusTest.lostUpdate(2, 2);
        for (ExploreMode mode : new ExploreMode[] {ExploreMode.RANDOM, ExploreMode.PCT}) {
            ExploreOptions options = ExploreOptions.defaults().withMode(mode).withRuns(30).withSeed(7);
            ExploreResult a = Explorer.explore(program, RunOptions.defaults(), options, ExploreMonitor.NONE);
            ExploreResult b = Explorer.explore(program, RunOptions.defaults(), options, ExploreMonitor.NONE);
            assertEquals(BigInteger.valueOf(30), a.interleavings());
            assertEquals(a.outcomes().stream().map(Outcome::key).toList(),
                    b.outcomes().stream().map(Outcome::key).toList());
            assertEquals(a.outcomes().stream().map(Outcome::count).toList(),
                    b.outcomes().stream().map(Outcome::count).toList());
            assertFalse(a.complete());
            assertEquals(mode == ExploreMode.PCT, a.pctBound() != null);
        }
    }

    @Test
    void aPreemptionBoundOfZeroRunsOnlyTheSchedulesWithoutPreemptions() throws Exception {
        ExploreResult r = Explorer.explore(LostUpdateCensusTest.lostUpdate(2, 2), RunOptions.defaults(),
                ExploreOptions.defaults().withPreemptionBound(0), ExploreMonitor.NONE);
        assertEquals(StopReason.BOUNDED, r.stopReason());
        // Without preemptions each thread runs its loop to the end: no update is lost.
        assertEquals(1, r.outcomes().size());
        assertEquals(4L, r.outcomes().get(0).globals().get("x"));
        assertEquals(0, r.outcomes().get(0).preemptions());
    }
}
