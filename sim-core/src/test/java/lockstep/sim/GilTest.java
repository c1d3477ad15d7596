package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/**
 * The GIL policy: the modern model switches only at eval-breaker points (calls, loop back-edges), so a plain
 * {@code x += 1} loop keeps its updates while a call between the read and the write loses them; the classic model
 * switches at any bytecode and loses both.
 */
class GilTest {
    private static final String PROGRAM = "import threading\nx = 0\ndef one():\n    return 1\n"
            + "def inc():\n    global x\n    for i in range(20000):\n        x += 1\n"
            + "def inc_call():\n    global x\n    for i in range(20000):\n        x = x + one()\n"
            + "def run(target):\n    global x\n    x = 0\n    ts = [threading.Thread(target=target) for _ in range(2)]\n"
            + "    for t in ts: t.start()\n    for t in ts: t.join()\n    return x\n"
            + "plain = run(inc)\nwith_call = run(inc_call)\n";

    private static RunOptions gil(boolean classic) {
        return RunOptions.defaults().withPolicy(SchedulingPolicy.GIL).withGilClassic(classic)
                .withSwitchInterval(0.001);
    }

    @Test
    void modernModelKeepsPlainIncrementsButLosesThoseAcrossACall() {
        RunResult r = Runs.run(PROGRAM, gil(false));
        assertEquals(40000L, r.globals().get("plain"));
        assertTrue((Long) r.globals().get("with_call") < 40000L, "with_call " + r.globals().get("with_call"));
    }

    @Test
    void classicModelLosesPlainIncrementsToo() {
        RunResult r = Runs.run(PROGRAM, gil(true));
        assertTrue((Long) r.globals().get("plain") < 40000L, "plain " + r.globals().get("plain"));
    }

    @Test
    void theGilChangesHandsInTheTrace() {
        RunResult r = Runs.run(PROGRAM, gil(false));
        long passes = r.trace().events().stream().filter(e -> e.kind() == TraceEvent.Kind.GIL).count();
        assertTrue(passes > 10, "GIL events: " + passes);
    }

    @Test
    void cpuWorkHoldsTheGilEvenWithSeveralCores() {
        String program = "import threading, sim\ndef work():\n    sim.compute(1)\n"
                + "ts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts: t.start()\n"
                + "for t in ts: t.join()\n";
        RunResult withGil = Runs.run(program, gil(false).withCores(2));
        RunResult without = Runs.run(program, RunOptions.defaults().withCores(2));
        assertTrue(withGil.timeSeconds() >= 2.0, "with the GIL " + withGil.timeSeconds());
        assertTrue(without.timeSeconds() < 1.1, "without " + without.timeSeconds());
    }

    @Test
    void ioReleasesTheGil() {
        String program = "import threading, sim\ndef download():\n    sim.io(1)\n"
                + "ts = [threading.Thread(target=download) for _ in range(10)]\nfor t in ts: t.start()\n"
                + "for t in ts: t.join()\n";
        RunResult r = Runs.run(program, gil(false));
        assertTrue(r.timeSeconds() < 1.1, "ten downloads overlap: " + r.timeSeconds());
    }

    @Test
    void theSwitchIntervalIsReadAndSetThroughSys() {
        RunResult r = Runs.run("import sys\nbefore = sys.getswitchinterval()\nsys.setswitchinterval(0.001)\n"
                + "after = sys.getswitchinterval()\ntry:\n    sys.setswitchinterval(0)\nexcept ValueError as e:\n"
                + "    message = str(e)\n", gil(false).withSwitchInterval(0.005));
        assertEquals(0.005, r.globals().get("before"));
        assertEquals(0.001, r.globals().get("after"));
        assertEquals("switch interval must be strictly positive", r.globals().get("message"));
    }

    @Test
    void processesRunInParallelUnderTheGilThreadsDoNot() {
        String program = "import multiprocessing as mp, threading, time, sim\ndef crunch():\n    sim.compute(1)\n"
                + "def timed(kind):\n    start = time.perf_counter()\n    ws = [kind(target=crunch) for _ in range(2)]\n"
                + "    for w in ws: w.start()\n    for w in ws: w.join()\n    return time.perf_counter() - start\n"
                + "if __name__ == '__main__':\n    threads = timed(threading.Thread)\n    processes = timed(mp.Process)\n";
        RunResult r = Runs.run(program, gil(false).withCores(2));
        double threads = (Double) r.globals().get("threads");
        double processes = (Double) r.globals().get("processes");
        assertTrue(threads >= 2.0 && threads < 2.1, "threads " + threads);
        assertTrue(processes >= 1.0 && processes < 1.1, "processes " + processes);
    }

    @Test
    void theModernModelKeepsPlainIncrementsOnSeveralCoresToo() {
        RunResult r = Runs.run(PROGRAM, gil(false).withCores(2));
        assertEquals(40000L, r.globals().get("plain"));
    }
}
