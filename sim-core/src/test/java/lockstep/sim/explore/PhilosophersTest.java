package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
import lockstep.sim.analysis.Deadlock;
import org.junit.jupiter.api.Test;

/**
 * The dining philosophers, counted in Mazurkiewicz traces. Each fork is a lock two philosophers share; a trace is
 * fixed by which of its two users has each fork first, so N symmetric philosophers have 2^N - 2 traces that complete
 * (the two orders where every fork goes the same way round are cyclic) and exactly one that deadlocks: every
 * philosopher holding its left fork. Taking the lower-numbered fork first breaks the cycle.
 *
 * <p>Five philosophers take some 81,000 executions and 93,000 states, about 25 s each: sleep sets count each trace once
 * but still visit every reachable state, and most states differ only in how far each philosopher has got in steps
 * that touch nothing shared (reading {@code N}, {@code forks}).
 */
class PhilosophersTest {
    static Program philosophers(int n, boolean ordered) throws Exception {
        String first = ordered ? "min(left, right)" : "left";
        String second = ordered ? "max(left, right)" : "right";
        return Simulator.compile("philosophers.py", """
                import threading
                N = %d
                forks = [threading.Lock() for _ in range(N)]
                def dine(i):
                    left, right = i, (i + 1) %% N
                    with forks[%s]:
                        with forks[%s]:
                            pass
                ts = [threading.Thread(target=dine, args=(i,)) for i in range(N)]
                for t in ts: t.start()
                for t in ts: t.join()
                """.formatted(n, first, second));
    }

    private static ExploreResult explore(Program program) {
        return Explorer.explore(program, RunOptions.defaults(), ExploreOptions.defaults(), ExploreMonitor.NONE);
    }

    @Test
    void threeSymmetricPhilosophersDeadlockInOneTraceOfSeven() throws Exception {
        ExploreResult r = explore(philosophers(3, false));
        assertTrue(r.complete());
        assertEquals(BigInteger.valueOf(7), r.interleavings());
        Outcome deadlock = onlyDeadlock(r);
        assertEquals(BigInteger.ONE, deadlock.count());
        assertEachHoldsItsLeftFork(philosophers(3, false), deadlock, 3);
    }

    @Test
    void fiveSymmetricPhilosophersDeadlockInExactlyOneWay() throws Exception {
        Program program = philosophers(5, false);
        ExploreResult r = explore(program);
        assertTrue(r.complete(), () -> r.stopReason().toString());
        assertEquals(BigInteger.valueOf(31), r.interleavings());
        Outcome deadlock = onlyDeadlock(r);
        assertEquals(BigInteger.ONE, deadlock.count());
        assertEachHoldsItsLeftFork(program, deadlock, 5);
    }

    @Test
    void fiveOrderedPhilosophersNeverDeadlock() throws Exception {
        ExploreResult r = explore(philosophers(5, true));
        assertTrue(r.complete(), () -> r.stopReason().toString());
        // The same 30 traces complete; the cyclic one, the deadlock of the symmetric table, cannot happen.
        assertEquals(BigInteger.valueOf(30), r.interleavings());
        assertEquals(1, r.outcomes().size());
        assertEquals(RunStatus.COMPLETED, r.outcomes().get(0).status());
    }

    private static Outcome onlyDeadlock(ExploreResult r) {
        List<Outcome> deadlocks = r.outcomes().stream().filter(o -> o.status() == RunStatus.DEADLOCK).toList();
        assertEquals(1, deadlocks.size(), () -> deadlocks.stream().map(Outcome::problem).toList().toString());
        return deadlocks.get(0);
    }

    /**
     * Replays the deadlock's schedule: its cycle names all {@code n} forks, and philosopher i (Thread-(i+1)) waits for
     * fork i+1, held by philosopher i+1 as its left fork. The forks are made first, in order, so their keys sort as
     * their indices.
     */
    private static void assertEachHoldsItsLeftFork(Program program, Outcome deadlock, int n) {
        RunResult replay = Simulator.run(program, RunOptions.defaults().withSchedule(deadlock.shortest()));
        assertEquals(RunStatus.DEADLOCK, replay.status());
        Deadlock d = replay.deadlock();
        assertNotNull(d);
        List<String> forks = new ArrayList<>();
        for (int i = 1; i < d.cycle().size(); i += 2) {
            forks.add(d.cycle().get(i));
        }
        assertEquals(n, forks.stream().distinct().count(), d.cycle()::toString);
        forks.sort((a, b) -> Integer.compare(number(a), number(b)));
        List<Deadlock.Waiting> philosophers = d.waiting().stream().filter(w -> w.thread().contains("dine")).toList();
        assertEquals(n, philosophers.size(), d::explanation);
        for (Deadlock.Waiting w : philosophers) {
            int i = number(w.thread()) - 1;
            int right = (i + 1) % n;
            assertEquals(forks.get(right), w.object(), d::explanation);
            assertEquals("Thread-" + (right + 1) + " (dine)", w.holder(), d::explanation);
        }
    }

    private static int number(String name) {
        return Integer.parseInt(name.replaceAll("^\\D*(\\d+).*$", "$1"));
    }
}
