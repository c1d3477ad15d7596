package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Threads under the scheduler: lost updates, deadlocks, races, schedules, daemon threads. */
class ThreadingTest {
    static final String LOST_UPDATE = "import threading\nx = 0\ndef inc():\n    global x\n    for i in range(200):\n"
            + "        x += 1\nts = [threading.Thread(target=inc) for _ in range(2)]\nfor t in ts: t.start()\n"
            + "for t in ts: t.join()\nprint(x)\n";

    static final String OPPOSITE_ORDER = "import threading, time\na = threading.Lock()\nb = threading.Lock()\n"
            + "def one():\n    with a:\n        time.sleep(0.1)\n        with b:\n            print('one')\n"
            + "def two():\n    with b:\n        time.sleep(0.1)\n        with a:\n            print('two')\n"
            + "t1 = threading.Thread(target=one, name='T1')\nt2 = threading.Thread(target=two, name='T2')\n"
            + "t1.start(); t2.start()\nt1.join(); t2.join()\n";

    @Test
    void aQuantumThatSplitsTheIncrementLosesUpdates() {
        RunResult r = Runs.run(LOST_UPDATE, RunOptions.defaults().withQuantum(3));
        assertEquals(RunStatus.COMPLETED, r.status());
        long x = (Long) r.globals().get("x");
        assertTrue(x < 400, "x = " + x);
        assertFalse(r.races().isEmpty());
        assertEquals("x", r.races().get(0).variable());
    }

    @Test
    void theDefaultQuantumLetsEachThreadFinishItsLoop() {
        RunResult r = Runs.run(LOST_UPDATE);
        assertEquals(400L, r.globals().get("x"));
    }

    @Test
    void someSeededRandomScheduleLosesAnUpdate() {
        boolean lost = false;
        for (long seed = 0; seed < 10 && !lost; seed++) {
            RunResult r = Runs.run(LOST_UPDATE, RunOptions.defaults().withPolicy(SchedulingPolicy.RANDOM).withSeed(seed));
            lost = (Long) r.globals().get("x") < 400;
        }
        assertTrue(lost);
    }

    @Test
    void aLockPreventsTheLostUpdateUnderEveryPolicy() {
        String locked = LOST_UPDATE.replace("import threading\n", "import threading\nlock = threading.Lock()\n")
                .replace("        x += 1\n", "        with lock:\n            x += 1\n");
        for (SchedulingPolicy p : List.of(SchedulingPolicy.RR, SchedulingPolicy.FIFO, SchedulingPolicy.RANDOM)) {
            for (long seed = 0; seed < 5; seed++) {
                RunResult r = Runs.run(locked, RunOptions.defaults().withPolicy(p).withQuantum(2).withSeed(seed));
                assertEquals(400L, r.globals().get("x"), p + " seed " + seed);
                assertTrue(r.races().isEmpty(), p + " seed " + seed + " " + r.races());
            }
        }
    }

    @Test
    void locksTakenInOppositeOrderDeadlockWithTheirCycle() {
        RunResult r = Runs.run(OPPOSITE_ORDER);
        assertEquals(RunStatus.DEADLOCK, r.status());
        assertNotNull(r.deadlock());
        assertEquals(List.of("T1", "b", "T2", "a", "T1"), r.deadlock().cycle());
        assertEquals("deadlock: T1 → b → T2 → a → T1", r.error());
    }

    @Test
    void anRLockTakenTwiceByItsOwnerDoesNotDeadlockButALockDoes() {
        assertEquals(RunStatus.COMPLETED, Runs.run("import threading\nl = threading.RLock()\nwith l:\n    with l:\n"
                + "        print('ok')\n").status());
        RunResult plain = Runs.run("import threading\nl = threading.Lock()\nwith l:\n    with l:\n        print('x')\n");
        assertEquals(RunStatus.DEADLOCK, plain.status());
        assertEquals(List.of("MainThread", "l", "MainThread"), plain.deadlock().cycle());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aSavedScheduleReplaysTheSameRun(long seed) {
        RunOptions random = RunOptions.defaults().withPolicy(SchedulingPolicy.RANDOM).withSeed(seed);
        RunResult first = Runs.run(LOST_UPDATE, random);
        Schedule saved = Schedule.parse(first.schedule().toText());
        RunResult replayed = Runs.run(LOST_UPDATE, RunOptions.defaults().withSchedule(saved));
        assertEquals(first.outputText(), replayed.outputText());
        assertEquals(first.steps(), replayed.steps());
        assertEquals(first.timeNanos(), replayed.timeNanos());
        assertEquals(first.trace().segments(), replayed.trace().segments());
        assertEquals(first.schedule().slices(), replayed.schedule().slices());
    }

    @Test
    void aReplayThatCannotFollowItsScheduleFailsLoudly() {
        RunResult r = Runs.run(LOST_UPDATE, RunOptions.defaults().withSchedule(Schedule.parse("1 5\n7 10\n")));
        assertEquals(RunStatus.ERROR, r.status());
        assertTrue(r.error().contains("runs thread 7, which cannot run"), r.error());
    }

    @Test
    void theSameSeedGivesTheSameRunAndTrace() {
        RunOptions options = RunOptions.defaults().withPolicy(SchedulingPolicy.RANDOM).withSeed(11);
        RunResult a = Runs.run(LOST_UPDATE, options);
        RunResult b = Runs.run(LOST_UPDATE, options);
        assertEquals(a.outputText(), b.outputText());
        assertEquals(a.trace().segments(), b.trace().segments());
        assertEquals(a.trace().events(), b.trace().events());
        assertEquals(a.races(), b.races());
    }

    @Test
    void daemonThreadsStopWhenTheProgramEnds() {
        RunResult r = Runs.run("import threading, time\ndef forever():\n    while True:\n        time.sleep(1)\n"
                + "threading.Thread(target=forever, daemon=True).start()\nprint('main done')\n");
        assertEquals(RunStatus.COMPLETED, r.status());
        assertEquals("main done\n", r.outputText());
    }

    @Test
    void theProgramWaitsForNonDaemonThreads() {
        RunResult r = Runs.run("import threading, time\ndef late():\n    time.sleep(2)\n    print('late')\n"
                + "threading.Thread(target=late).start()\nprint('main done')\n");
        assertEquals("main done\nlate\n", r.outputText());
        assertTrue(r.timeSeconds() >= 2.0);
    }

    @Test
    void anExceptionInAThreadIsReportedAndTheProgramGoesOn() {
        RunResult r = Runs.run("import threading\ndef bad():\n    1 / 0\nt = threading.Thread(target=bad, name='W')\n"
                + "t.start()\nt.join()\nprint('after')\n");
        assertEquals(RunStatus.COMPLETED, r.status());
        assertEquals("after\n", r.outputText());
        assertTrue(r.errorOutput().startsWith("Exception in thread W:\nTraceback (most recent call last):\n"),
                r.errorOutput());
        assertTrue(r.errorOutput().contains("ZeroDivisionError: division by zero"), r.errorOutput());
    }

    @Test
    void timeoutsFireInVirtualTime() {
        RunResult r = Runs.run("import threading\nl = threading.Lock()\nl.acquire()\nok = l.acquire(timeout=2.5)\n");
        assertEquals(false, r.globals().get("ok"));
        assertTrue(r.timeSeconds() >= 2.5 && r.timeSeconds() < 2.6, "time " + r.timeSeconds());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void cpuWorkOfThreeThreadsTakesLessTimeOnMoreCores(int cores) {
        RunResult r = Runs.run("import threading, sim\ndef work():\n    sim.compute(1)\n"
                + "ts = [threading.Thread(target=work) for _ in range(3)]\nfor t in ts: t.start()\n"
                + "for t in ts: t.join()\n", RunOptions.defaults().withCores(cores));
        double expected = Math.ceil(3.0 / cores);
        assertTrue(Math.abs(r.timeSeconds() - expected) < 0.01, cores + " cores: " + r.timeSeconds());
    }

    @Test
    void twoCoresRunTwoThreadsInTheSameTicks() {
        RunResult one = Runs.run(LOST_UPDATE);
        RunResult two = Runs.run(LOST_UPDATE, RunOptions.defaults().withCores(2));
        assertEquals(one.steps(), two.steps(), 10);
        assertTrue(two.timeNanos() < one.timeNanos() * 0.7, one.timeNanos() + " vs " + two.timeNanos());
        assertTrue(two.trace().segments().stream().anyMatch(s -> s.core() == 1));
    }

    @Test
    void aConditionNobodyNotifiesIsADeadlockWithoutACycle() {
        RunResult r = Runs.run("import threading\ncv = threading.Condition()\ndef consumer():\n    with cv:\n"
                + "        cv.wait()\nt = threading.Thread(target=consumer, name='consumer')\nt.start()\nt.join()\n");
        assertEquals(RunStatus.DEADLOCK, r.status());
        assertEquals(List.of(), r.deadlock().cycle());
        assertEquals("deadlock: MainThread waits forever for the end of consumer; consumer waits forever for a notify",
                r.error());
    }

    @Test
    void waitsOnLocksAndSemaphoresAreBlockedOthersWaiting() {
        RunResult r = Runs.run("import threading, time\nsem = threading.Semaphore(1)\nlock = threading.Lock()\n"
                + "ev = threading.Event()\ndef hold():\n    with sem:\n        with lock:\n            time.sleep(1)\n"
                + "def wait_event():\n    ev.wait()\n"
                + "ts = [threading.Thread(target=hold, name=n) for n in 'AB'] + [threading.Thread(target=wait_event, "
                + "name='C')]\nfor t in ts: t.start()\nev.set()\nfor t in ts: t.join()\n");
        java.util.Map<String, java.util.Set<String>> states = new java.util.TreeMap<>();
        for (lockstep.sim.trace.TraceEvent e : r.trace().events()) {
            if (e instanceof lockstep.sim.trace.TraceEvent.Blocked b && b.object() != null) {
                states.computeIfAbsent(lockstep.sim.trace.ObjectNames.english(b.object().name(), r.trace()), k -> new java.util.TreeSet<>()).add(b.why().state());
            }
        }
        assertEquals(java.util.Set.of("BLOCKED"), states.get("a semaphore"), states.toString());
        assertEquals(java.util.Set.of("WAITING"), states.get("a notify"), states.toString());
        assertEquals(java.util.Set.of("WAITING"), states.get("the end of A"), states.toString());
    }
}
