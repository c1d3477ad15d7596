package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What CPython writes on stderr and how runs end around multiprocessing's processes, beyond stdout. */
class ProcessFidelityTest {
    @Test
    void aChildsUncaughtExceptionIsHeadedWithItsProcessName() {
        RunResult r = Runs.run("import multiprocessing\ndef bad():\n    raise ValueError('x')\n"
                + "if __name__ == '__main__':\n    p = multiprocessing.Process(target=bad)\n    p.start()\n"
                + "    p.join()\n    print(p.exitcode)\n");
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        assertEquals("1\n", r.outputText());
        assertTrue(r.errorOutput().startsWith("Process Process-1:\nTraceback (most recent call last):\n"),
                r.errorOutput());
        assertTrue(r.errorOutput().endsWith("ValueError: x\n"), r.errorOutput());
    }

    @Test
    void aThreadsUncaughtExceptionKeepsItsHeader() {
        RunResult r = Runs.run("import threading\ndef bad():\n    raise ValueError('x')\n"
                + "t = threading.Thread(target=bad, name='T')\nt.start()\nt.join()\n");
        assertTrue(r.errorOutput().startsWith("Exception in thread T:\n"), r.errorOutput());
    }

    /** CPython prints the main thread's traceback, then hangs joining the non-daemonic child at exit. */
    @Test
    void theMainTracebackIsKeptWhenANonDaemonicChildWaitsForever() {
        RunResult r = Runs.run("import multiprocessing, time\ndef wait(q):\n    q.get()\n"
                + "if __name__ == '__main__':\n    q = multiprocessing.Queue()\n"
                + "    multiprocessing.Process(target=wait, args=(q,)).start()\n    time.sleep(0.1)\n"
                + "    raise KeyError('gone')\n");
        assertEquals(RunStatus.DEADLOCK, r.status());
        assertTrue(r.error().startsWith("Traceback (most recent call last):\n"), r.error());
        assertTrue(r.error().contains("\nKeyError: 'gone'\n"), r.error());
        assertTrue(r.error().contains("deadlock"), r.error());
    }

    @Test
    void aDaemonicChildIsTerminatedWhenTheMainProcessEnds() {
        RunResult r = Runs.run("import multiprocessing, time\ndef wait(q):\n    q.get()\n"
                + "if __name__ == '__main__':\n    q = multiprocessing.Queue()\n"
                + "    multiprocessing.Process(target=wait, args=(q,), daemon=True).start()\n    time.sleep(0.1)\n"
                + "    print('done')\n");
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        assertEquals("done\n", r.outputText());
    }

    /**
     * Conformance program 413 without its CPython-safe print: the unlocked += on a shared Value loses updates
     * between processes, the same number in every run.
     */
    @Test
    void anUnlockedIncrementOfASharedValueLosesTheSameUpdatesInEveryRun() throws Exception {
        String program;
        try (java.io.InputStream in = getClass().getResourceAsStream("/conformance/413_mp_value_lost_update.py")) {
            program = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        program = program.replace("print(\"at most 8000:\", counter.value <= 8000)", "print(counter.value)");
        RunResult first = Runs.run(program);
        assertEquals(RunStatus.COMPLETED, first.status(), first.error());
        assertEquals("5165\nexit codes: [0, 0, 0, 0]\n", first.outputText());
        assertEquals(first.outputText(), Runs.run(program).outputText());
        RunResult locked = Runs.run(program.replace("        counter.value += 1",
                "        with counter.get_lock():\n            counter.value += 1"));
        assertEquals("8000\nexit codes: [0, 0, 0, 0]\n", locked.outputText());
    }
}
