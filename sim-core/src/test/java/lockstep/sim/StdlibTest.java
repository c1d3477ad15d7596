package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/**
 * The standard library modules where the simulated computer decides what CPython's would read from the real one:
 * the clock's epoch (1700000000.0, 2023-11-14 22:13:20 in the UTC zone), the program's name, the cores, the
 * operating system's randomness and standard error.
 */
class StdlibTest {
    private static String out(String program) {
        RunResult r = Runs.run(program);
        assertEquals(RunStatus.COMPLETED, r.status(), () -> r.error());
        return r.outputText();
    }

    @Test
    void virtualTimeZeroIsTheFixedEpochInUtc() {
        assertEquals("1700000000\n"
                + "time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1,"
                + " tm_yday=318, tm_isdst=0)\n"
                + "Tue Nov 14 22:13:20 2023\n2023-11-14 22:13:20 UTC +0000\n",
                out("import time\nprint(int(time.time()))\nprint(time.localtime())\nprint(time.ctime())\n"
                        + "print(time.strftime('%Y-%m-%d %H:%M:%S %Z %z'))\n"));
    }

    @Test
    void datetimeNowFollowsTheVirtualClock() {
        assertEquals("2023-11-14 22:13:21.500 2023-11-14\n1.5\n",
                out("import time, datetime\nstart = datetime.datetime.now()\ntime.sleep(1.5)\n"
                        + "now = datetime.datetime.now()\n"
                        + "print(now.isoformat(' ', 'milliseconds'), datetime.date.today())\n"
                        + "print(round((now - start).total_seconds(), 3))\n"));
    }

    @Test
    void logRecordsCarryTheVirtualTimeAndTheCaller() {
        assertEquals("22:13:22 000 2000 MainThread MainProcess prog.py:5 work go\n",
                out("import logging, sys, time\nlogging.basicConfig(stream=sys.stdout, datefmt='%H:%M:%S', format="
                        + "'%(asctime)s %(msecs)03d %(relativeCreated)d %(threadName)s %(processName)s "
                        + "%(filename)s:%(lineno)d %(funcName)s %(message)s')\n"
                        + "def work():\n    time.sleep(2)\n    logging.warning('go')\n\n"
                        + "work()\n"));
    }

    @Test
    void theDefaultAsctimeHasMilliseconds() {
        assertEquals("2023-11-14 22:13:20,250 x\n",
                out("import logging, sys, time\ntime.sleep(0.25)\n"
                        + "logging.basicConfig(stream=sys.stdout, format='%(asctime)s %(message)s')\n"
                        + "logging.error('x')\n"));
    }

    @Test
    void logMessagesGoToStderrAndTheTraceMarksThem() {
        RunResult r = Runs.run("import logging\nprint('a')\nlogging.warning('w %s', 1)\ntry:\n    1 / 0\n"
                + "except ZeroDivisionError:\n    logging.exception('failed')\n");
        assertEquals("a\n", r.outputText());
        assertEquals("WARNING:root:w 1\nERROR:root:failed\nTraceback (most recent call last):\n"
                + "  File \"prog.py\", line 5, in <module>\n    1 / 0\nZeroDivisionError: division by zero\n",
                r.errorOutput());
        List<TraceEvent.Printed> printed = r.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.Printed).map(e -> (TraceEvent.Printed) e).toList();
        assertEquals(List.of(false, true, true), printed.stream().map(TraceEvent.Printed::stderr).toList());
        assertEquals("WARNING:root:w 1", printed.get(1).text());
        assertEquals(3, printed.get(1).line());
    }

    @Test
    void aLoggingCallIsOneOperationNarratedAsWritingToStderr() {
        List<lockstep.sim.trace.Step> steps = new java.util.ArrayList<>();
        lockstep.sim.trace.Operations.Recorder recorder =
                lockstep.sim.trace.Operations.recorder(lockstep.sim.trace.Grain.OPERATION);
        RunResult result = Runs.run("import logging\nlogging.warning('one')\nlogging.warning('two')\n",
                RunOptions.defaults().withStepListener(step -> {
                    steps.add(step);
                    recorder.onStep(step);
                }));
        lockstep.sim.trace.NarrationRenderer english = lockstep.sim.trace.NarrationRenderer.forLanguage("en");
        List<String> lines = recorder.finish(result.trace()).all().stream()
                .filter(o -> o.line() == 2 || o.line() == 3)
                .map(o -> o.line() + " " + english.render(o.narration())).toList();
        assertEquals(List.of("2 calls warning(): writes WARNING:root:one to stderr",
                "3 calls warning(): writes WARNING:root:two to stderr", "3 returns from <module>"), lines);
    }

    @Test
    void printToStderrAndSysStderrWriteAreStderr() {
        RunResult r = Runs.run("import sys\nprint('e', 1, file=sys.stderr)\nn = sys.stderr.write('x\\n')\n"
                + "print(n, file=sys.stdout)\n");
        assertEquals("2\n", r.outputText());
        assertEquals("e 1\nx\n", r.errorOutput());
    }

    @Test
    void theProgramsNameIsArgvAndFile() {
        assertEquals("['prog.py'] prog.py\n", out("import sys\nprint(sys.argv, __file__)\n"));
    }

    @Test
    void cpuCountFollowsTheCores() {
        assertEquals("1\n", out("import os\nprint(os.cpu_count())\n"));
        RunResult r = Runs.run("import os\nprint(os.cpu_count())\n", RunOptions.defaults().withCores(4));
        assertEquals("4\n", r.outputText());
    }

    @Test
    void uuid4ComesFromTheSeedAndLeavesRandomAlone() {
        String program = "import uuid, random\nrandom.seed(1)\nu = uuid.uuid4()\nprint(u.version, u.variant)\n"
                + "print(random.random())\nprint(u)\n";
        RunResult first = Runs.run(program, RunOptions.defaults().withSeed(7));
        RunResult again = Runs.run(program, RunOptions.defaults().withSeed(7));
        RunResult other = Runs.run(program, RunOptions.defaults().withSeed(8));
        assertEquals(first.outputText(), again.outputText());
        assertNotEquals(first.outputText(), other.outputText());
        // CPython's random.seed(1); random.random(): uuid4 does not draw from random's generator.
        assertTrue(first.outputText().startsWith("4 specified in RFC 4122\n0.13436424411240122\n"),
                first.outputText());
        assertTrue(first.outputText().matches("(?s).*\n[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                + "[0-9a-f]{12}\n"), first.outputText());
    }

    @Test
    void atexitRunsAfterTheThreadsLastFirst() {
        assertEquals("main done\nworker done\nsecond\nfirst\n",
                out("import atexit, threading, time\natexit.register(print, 'first')\n"
                        + "atexit.register(print, 'second')\n"
                        + "def work():\n    time.sleep(1)\n    print('worker done')\n"
                        + "threading.Thread(target=work).start()\nprint('main done')\n"));
    }

    @Test
    void aFileHandlerDiscardsItsRecordsForThereIsNoFileSystem() {
        RunResult r = Runs.run("import logging\nlogging.basicConfig(filename='app.log', level=logging.INFO)\n"
                + "logging.info('kept nowhere')\nprint(logging.root.handlers)\n");
        assertEquals("[<FileHandler app.log (NOTSET)>]\n", r.outputText());
        assertEquals("", r.errorOutput());
    }

    @Test
    void aChildProcessLogsUnderItsName() {
        assertEquals("Process-1 child\nMainProcess parent\n",
                out("import logging, sys, multiprocessing\n"
                        + "def child():\n    logging.basicConfig(stream=sys.stdout, format='%(processName)s %(message)s')\n"
                        + "    logging.warning('child')\n"
                        + "if __name__ == '__main__':\n    p = multiprocessing.Process(target=child)\n    p.start()\n"
                        + "    p.join()\n"
                        + "    logging.basicConfig(stream=sys.stdout, format='%(processName)s %(message)s')\n"
                        + "    logging.warning('parent')\n"));
    }
}
