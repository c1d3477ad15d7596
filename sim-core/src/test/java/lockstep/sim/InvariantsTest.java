package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lockstep.sim.trace.Step;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants checked after every step, over many seeds and policies: a lock has one owner at a time, a thread that
 * waits executes no step until its wait ends, virtual time never goes back, and the programs' own assertions (a
 * semaphore's value never negative) hold in every schedule.
 */
class InvariantsTest {
    private static final String LOCKED_COUNTER = "import threading\nlock = threading.Lock()\nx = 0\n"
            + "def inc():\n    global x\n    for i in range(30):\n        with lock:\n            x += 1\n"
            + "ts = [threading.Thread(target=inc) for _ in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n"
            + "assert x == 90, x\n";
    private static final String SEMAPHORE_POOL = "import threading, time\nsem = threading.Semaphore(2)\n"
            + "inside = 0\nguard = threading.Lock()\nmost = 0\n"
            + "def use():\n    global inside, most\n    with sem:\n        assert sem._value >= 0\n"
            + "        with guard:\n            inside += 1\n            most = max(most, inside)\n"
            + "        time.sleep(0.001)\n        with guard:\n            inside -= 1\n"
            + "ts = [threading.Thread(target=use) for _ in range(5)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n"
            + "assert most <= 2 and sem._value == 2, (most, sem._value)\n";
    private static final String PRODUCER_CONSUMER = "import threading, queue\nq = queue.Queue(2)\ngot = []\n"
            + "def produce(k):\n    for i in range(4):\n        q.put((k, i))\n"
            + "def consume():\n    for i in range(8):\n        got.append(q.get())\n"
            + "ps = [threading.Thread(target=produce, args=(k,)) for k in range(2)]\n"
            + "c = threading.Thread(target=consume)\nc.start()\nfor p in ps: p.start()\nfor p in ps: p.join()\n"
            + "c.join()\nassert sorted(got) == [(k, i) for k in range(2) for i in range(4)], got\n";
    private static final String CONDITION_EVENT = "import threading\ncv = threading.Condition()\nready = []\n"
            + "ev = threading.Event()\n"
            + "def waiter(n):\n    with cv:\n        cv.wait_for(lambda: len(ready) > 0)\n    ev.wait()\n"
            + "ts = [threading.Thread(target=waiter, args=(n,)) for n in range(3)]\nfor t in ts: t.start()\n"
            + "with cv:\n    ready.append(1)\n    cv.notify_all()\nev.set()\nfor t in ts: t.join()\n";

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        Map<String, String> programs = Map.of("locked counter", LOCKED_COUNTER, "semaphore pool", SEMAPHORE_POOL,
                "producer/consumer", PRODUCER_CONSUMER, "condition and event", CONDITION_EVENT);
        for (String name : List.of("locked counter", "semaphore pool", "producer/consumer", "condition and event")) {
            for (long seed = 0; seed < 25; seed++) {
                runs.add(Arguments.of(name, programs.get(name), RunOptions.defaults()
                        .withPolicy(SchedulingPolicy.RANDOM).withSeed(seed)));
            }
            for (long quantum : new long[] {1, 2, 3, 7, 50}) {
                runs.add(Arguments.of(name, programs.get(name), RunOptions.defaults().withQuantum(quantum)));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("runs")
    void invariantsHoldAfterEveryStep(String name, String program, RunOptions options) {
        List<Step> steps = new ArrayList<>();
        RunResult result = Runs.run(program, options.withStepListener(steps::add));
        // A step that called program code (a property getter) is reported after the steps of that call.
        steps.sort(java.util.Comparator.comparingLong(Step::index));
        assertEquals(RunStatus.COMPLETED, result.status(), result.error());
        checkTimeNeverGoesBack(steps);
        checkOneOwnerPerLockAndWaitersDoNotRun(steps, result.trace().events());
    }

    private static void checkTimeNeverGoesBack(List<Step> steps) {
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i).timeNanos() >= steps.get(i - 1).timeNanos(), "time went back at step " + i);
            assertEquals(steps.get(i - 1).index() + 1, steps.get(i).index());
        }
    }

    /**
     * Replays the events in step order beside the steps: an object taken while another thread holds it, or a step
     * by a thread between its BLOCK and the ACQUIRE or TIMEOUT that ends the wait, breaks the invariants.
     */
    private static void checkOneOwnerPerLockAndWaitersDoNotRun(List<Step> steps, List<TraceEvent> events) {
        Map<String, Integer> owner = new HashMap<>();
        Set<Integer> waiting = new HashSet<>();
        int e = 0;
        for (Step step : steps) {
            // Events recorded while step k executed carry step k + 1; those with step <= k happened before it.
            while (e < events.size() && events.get(e).step() <= step.index()) {
                apply(events.get(e++), owner, waiting);
            }
            if (waiting.contains(step.thread())) {
                fail(step.threadName() + " executed step " + step.index() + " while waiting");
            }
        }
    }

    private static void apply(TraceEvent event, Map<String, Integer> owner, Set<Integer> waiting) {
        int thread = event.thread();
        if (event instanceof TraceEvent.Blocked) {
            waiting.add(thread);
        } else if (event instanceof TraceEvent.TimedOut) {
            waiting.remove(thread);
        } else if (event instanceof TraceEvent.Acquired a) {
            waiting.remove(thread);
            // The object's key identifies it; the name shown may be shared.
            String object = a.object().key();
            Integer holder = owner.get(object);
            if (holder != null) {
                fail("thread " + thread + " took " + object + " at step " + event.step() + " while thread " + holder
                        + " held it");
            }
            owner.put(object, thread);
        } else if (event instanceof TraceEvent.Released r) {
            owner.remove(r.object().key());
        }
    }
}
