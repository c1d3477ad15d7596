package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Optimal DPOR finds the same outcomes, with the same counts, as the state search, on programs that synchronize in
 * every way the library offers; and runs each trace once, no run ending with every thread asleep.
 */
class OptimalDporOutcomesTest {
    static final Map<String, String> PROGRAMS = new LinkedHashMap<>();

    static {
        PROGRAMS.put("lock-order", ExplorerOutcomesTest.LOCK_ORDER);
        PROGRAMS.put("philosophers", """
                import threading
                N = 3
                forks = [threading.Lock() for _ in range(N)]
                def dine(i):
                    left, right = i, (i + 1) % N
                    with forks[left]:
                        with forks[right]:
                            pass
                ts = [threading.Thread(target=dine, args=(i,)) for i in range(N)]
                for t in ts: t.start()
                for t in ts: t.join()
                """);
        PROGRAMS.put("condition", """
                import threading
                cond = threading.Condition()
                items = []
                def consume():
                    with cond:
                        while not items:
                            cond.wait()
                        print("got", items.pop())
                def produce():
                    with cond:
                        items.append(1)
                        cond.notify()
                c = threading.Thread(target=consume)
                p = threading.Thread(target=produce)
                c.start(); p.start(); c.join(); p.join()
                """);
        PROGRAMS.put("semaphore", """
                import threading
                sem = threading.Semaphore(1)
                log = []
                def work(name):
                    with sem:
                        log.append(name)
                ts = [threading.Thread(target=work, args=(n,)) for n in "ab"]
                for t in ts: t.start()
                for t in ts: t.join()
                print(log)
                """);
        PROGRAMS.put("event", """
                import threading
                ready = threading.Event()
                x = 0
                def setter():
                    global x
                    x = 1
                    ready.set()
                def waiter():
                    ready.wait()
                    print("x is", x)
                w = threading.Thread(target=waiter)
                s = threading.Thread(target=setter)
                w.start(); s.start(); w.join(); s.join()
                """);
        PROGRAMS.put("barrier", """
                import threading
                b = threading.Barrier(2)
                order = []
                def work(name):
                    order.append(name)
                    b.wait()
                    order.append(name.upper())
                ts = [threading.Thread(target=work, args=(n,)) for n in "ab"]
                for t in ts: t.start()
                for t in ts: t.join()
                print(order)
                """);
        PROGRAMS.put("queue", """
                import threading
                import queue
                q = queue.Queue(maxsize=1)
                got = []
                def produce():
                    for i in range(2):
                        q.put(i)
                def consume():
                    for i in range(2):
                        got.append(q.get())
                p = threading.Thread(target=produce)
                c = threading.Thread(target=consume)
                p.start(); c.start(); p.join(); c.join()
                print(got)
                """);
        PROGRAMS.put("asyncio", """
                import asyncio
                x = 0
                async def add(n):
                    global x
                    for i in range(n):
                        y = x
                        await asyncio.sleep(0)
                        x = y + 1
                async def main():
                    await asyncio.gather(add(2), add(2))
                asyncio.run(main())
                print(x)
                """);
        PROGRAMS.put("fork", ForkDeadlockTest.forkWhile("with lock:\n        pass"));
        // A multiprocessing lock is one lock in every process, unlike a threading lock a fork copies.
        PROGRAMS.put("processes", """
                import multiprocessing as mp
                def work(lock, counter):
                    with lock:
                        v = counter.value
                        counter.value = v + 1
                if __name__ == '__main__':
                    lock = mp.Lock()
                    counter = mp.Value('i', 0)
                    ps = [mp.Process(target=work, args=(lock, counter)) for _ in range(2)]
                    for p in ps:
                        p.start()
                    for p in ps:
                        p.join()
                    print(counter.value)
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lock-order", "condition", "semaphore", "event", "barrier", "queue", "asyncio", "fork",
        "processes"})
    void sameOutcomesAndCountsAsTheStateSearch(String name) throws Exception {
        Program program = Simulator.compile(name + ".py", PROGRAMS.get(name));
        ExploreResult states = Explorer.explore(program, RunOptions.defaults(), ExploreOptions.defaults(),
                ExploreMonitor.NONE);
        OptimalDpor search = new OptimalDpor(program, RunOptions.defaults(),
                ExploreOptions.defaults().withMode(ExploreMode.DPOR), ExploreMonitor.NONE);
        ExploreResult dpor = search.search();
        String stats = name + ": executions " + dpor.executions() + ", traces " + states.interleavings() + ", asleep "
                + search.sleepBlocked() + ", infeasible " + search.infeasible() + ", redundant " + search.redundant();
        assertTrue(states.complete(), stats);
        assertTrue(dpor.complete(), stats);
        assertEquals(counts(states), counts(dpor), stats);
        assertEquals(states.interleavings(), dpor.interleavings(), stats);
        assertEquals(dpor.interleavings().longValueExact(), dpor.executions(), stats);
        assertEquals(0, search.sleepBlocked(), stats);
    }

    /**
     * Three symmetric philosophers: the same outcomes with the same counts as the state search, the deadlock (each
     * holding its left fork) reached by exactly one trace, one run per trace and none asleep.
     */
    @org.junit.jupiter.api.Test
    void threeSymmetricPhilosophersDeadlockTheSameWays() throws Exception {
        Program program = Simulator.compile("philosophers.py", PROGRAMS.get("philosophers"));
        ExploreResult states = Explorer.explore(program, RunOptions.defaults(), ExploreOptions.defaults(),
                ExploreMonitor.NONE);
        OptimalDpor search = new OptimalDpor(program, RunOptions.defaults(),
                ExploreOptions.defaults().withMode(ExploreMode.DPOR), ExploreMonitor.NONE);
        ExploreResult dpor = search.search();
        assertTrue(dpor.complete());
        assertEquals(counts(states), counts(dpor));
        Map<Outcome.Key, BigInteger> deadlocks = new LinkedHashMap<>();
        for (ExploreResult r : new ExploreResult[] {states, dpor}) {
            for (Outcome o : r.outcomes()) {
                if (o.status() == lockstep.sim.RunStatus.DEADLOCK) {
                    deadlocks.merge(o.key(), o.count(), (a, b) -> a.equals(b) ? a : BigInteger.ONE.negate());
                }
            }
        }
        assertEquals(1, deadlocks.size());
        // Each philosopher holding its left fork: one trace, whichever order they took them in.
        assertEquals(BigInteger.ONE, deadlocks.values().iterator().next());
        assertEquals(dpor.interleavings().longValueExact(), dpor.executions());
        assertEquals(0, search.sleepBlocked());
    }

    private static Map<Outcome.Key, BigInteger> counts(ExploreResult r) {
        Map<Outcome.Key, BigInteger> out = new LinkedHashMap<>();
        for (Outcome o : r.outcomes()) {
            out.put(o.key(), o.count());
        }
        return out;
    }
}
