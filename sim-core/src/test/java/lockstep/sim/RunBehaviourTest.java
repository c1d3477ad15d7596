package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.trace.Step;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** How runs end, what they keep, and how virtual time passes. */
class RunBehaviourTest {
    @Test
    void uncaughtExceptionEndsWithTracebackWhoseLastLineIsCPythons() {
        RunResult r = Runs.run("print('before')\ndef f(n):\n    return 10 / n\nf(0)\n");
        assertEquals(RunStatus.ERROR, r.status());
        assertEquals("before\n", r.outputText());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"prog.py\", line 4, in <module>\n"
                + "    f(0)\n"
                + "  File \"prog.py\", line 3, in f\n"
                + "    return 10 / n\n"
                + "ZeroDivisionError: division by zero", r.error());
    }

    @Test
    void aProgramThatNeverEndsStopsAtTheStepLimit() {
        RunResult r = Runs.run("while True:\n    pass\n", RunOptions.defaults().withMaxSteps(1000));
        assertEquals(RunStatus.STEP_LIMIT, r.status());
        assertEquals(1000, r.steps());
        assertTrue(r.error().contains("step limit"));
        assertEquals(TraceEvent.Kind.STEP_LIMIT, r.trace().events().get(r.trace().events().size() - 1).kind());
    }

    @Test
    void aStepLimitThatFallsDuringAnImportStopsTheRunCleanly() {
        String program = "import threading\nlock = threading.Lock()\nwith lock:\n    x = 1\n";
        long total = Runs.run(program).steps();
        for (long limit = 1; limit < total; limit++) {
            RunResult r = Runs.run(program, RunOptions.defaults().withMaxSteps(limit));
            assertEquals(RunStatus.STEP_LIMIT, r.status(), "limit " + limit);
            assertEquals(limit, r.steps(), "limit " + limit);
        }
    }

    @Test
    void aDottedImportIsDescribedByItsNameInTheStepDetail() {
        List<String> ops = new java.util.ArrayList<>();
        RunResult r = Runs.run("import concurrent.futures\n",
                RunOptions.defaults().withStepListener(step -> ops.add(step.opName())));
        assertEquals(RunStatus.COMPLETED, r.status());
        assertTrue(ops.contains("IMPORT_NAME concurrent.futures"), ops.toString());
    }

    @Test
    void sleepAdvancesTheVirtualClockBySecondsAndNothingElse() {
        RunResult r = Runs.run("import time\nstart = time.perf_counter()\ntime.sleep(1.5)\n"
                + "elapsed = time.perf_counter() - start\n");
        assertEquals(RunStatus.COMPLETED, r.status());
        double elapsed = (Double) r.globals().get("elapsed");
        assertTrue(elapsed >= 1.5 && elapsed < 1.5001, "elapsed " + elapsed);
        assertEquals(1_500_000_000L + r.steps() * Simulator.OP_COST_NANOS, r.timeNanos());
    }

    @Test
    void globalsHoldPlainValuesOnly() {
        RunResult r = Runs.run("a = 1\nb = [1, 'x', None, (2.5, True)]\nc = {'k': [1, 2]}\ndef f(): pass\n"
                + "class C: pass\nd = C()\nbig = 2 ** 70\n");
        Map<String, Object> g = r.globals();
        assertEquals(List.of("a", "b", "c", "big"), List.copyOf(g.keySet()));
        assertEquals(1L, g.get("a"));
        assertEquals(Map.of("k", List.of(1L, 2L)), g.get("c"));
        assertEquals(new java.math.BigInteger("1180591620717411303424"), g.get("big"));
    }

    @Test
    void expressionsAreEvaluatedOverTheFinalGlobals() throws ProgramError {
        RunResult r = Runs.run("x = 2\nitems = [1, 2, 3]\n");
        assertEquals(true, r.finalState().evaluate("x == 2 and len(items) == 3"));
        assertEquals(6L, r.finalState().evaluate("sum(items)"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> r.finalState().evaluate("missing + 1"));
        assertEquals("NameError: name 'missing' is not defined", e.getMessage());
        assertEquals(2L, r.globals().get("x"), "evaluating leaves the run alone");
    }

    @Test
    void sameSeedSameRunDifferentSeedDifferentRandomStream() {
        String program = "import random\nvalues = [random.randint(1, 1000) for _ in range(5)]\nprint(values)\n";
        RunResult a = Runs.run(program, RunOptions.defaults().withSeed(3));
        RunResult b = Runs.run(program, RunOptions.defaults().withSeed(3));
        RunResult c = Runs.run(program, RunOptions.defaults().withSeed(4));
        assertEquals(a.outputText(), b.outputText());
        assertTrue(!a.outputText().equals(c.outputText()));
    }

    @Test
    void seedingInTheProgramReproducesCPython() {
        RunResult r = Runs.run("import random\nrandom.seed(42)\nprint(random.random())\n"
                + "random.seed(1)\nl = list(range(10))\nrandom.shuffle(l)\nprint(l)\n"
                + "random.seed(1)\nprint(random.choice('abcdef'), random.sample(range(100), 5), "
                + "random.randrange(0, 100, 7), random.uniform(1, 2))\n");
        assertEquals("0.6394267984578837\n[6, 8, 9, 7, 5, 3, 0, 4, 1, 2]\nb [72, 97, 8, 32, 15] 49 1.7609624449125756\n",
                r.outputText());
    }

    @Test
    void traceKeepsNoObjectPerStepThroughPlainComputation() {
        RunResult small = Runs.run("t = 0\nfor i in range(1000):\n    t += i\nprint(t)\n");
        RunResult large = Runs.run("t = 0\nfor i in range(100000):\n    t += i\nprint(t)\n");
        assertTrue(large.steps() > 90 * small.steps());
        assertEquals(small.trace().segments().size(), large.trace().segments().size());
        assertEquals(small.trace().events().size(), large.trace().events().size());
        assertEquals(large.steps(), large.trace().steps());
    }

    @Test
    void deepRecursionIsARecursionError() {
        RunResult r = Runs.run("def f(n):\n    return f(n + 1)\nf(0)\n");
        assertEquals(RunStatus.ERROR, r.status());
        assertEquals("RecursionError: maximum recursion depth exceeded", Runs.lastLine(r.error()));
    }

    @Test
    void runawayOutputEndsTheRunWithoutExhaustingMemory() {
        RunResult r = Runs.run("s = 'x' * 100000\nwhile True:\n    print(s)\n");
        assertEquals(RunStatus.ERROR, r.status());
        assertTrue(r.outputText().length() <= 16 * 1024 * 1024);
    }

    @Test
    void virtualTimeNeverGoesBackAndStepsAreConsecutive() {
        String program = "import time\ndef work(n):\n    s = 0\n    for i in range(n):\n        s += i\n"
                + "    return s\nfor k in range(5):\n    work(50)\n    time.sleep(0.01)\n";
        List<Step> steps = Runs.steps(program, RunOptions.defaults());
        for (int i = 1; i < steps.size(); i++) {
            assertEquals(steps.get(i - 1).index() + 1, steps.get(i).index());
            assertTrue(steps.get(i).timeNanos() >= steps.get(i - 1).timeNanos() + Simulator.OP_COST_NANOS);
        }
    }

    @Test
    void noErrorOnCompletion() {
        RunResult r = Runs.run("print('hi')\n");
        assertEquals(RunStatus.COMPLETED, r.status());
        assertNull(r.error());
        assertEquals(List.of("hi"), r.output());
    }
}
