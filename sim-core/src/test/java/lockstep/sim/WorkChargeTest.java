package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Work inside one micro-op is charged to the run: one step (and one virtual microsecond) per 1,000 elements or
 * characters, none below; a charge past the step limit stops the run at the limit before the work; the memory
 * budget raises MemoryError before anything is built.
 */
class WorkChargeTest {
    private static long steps(String source) {
        RunResult r = Runs.run(source);
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        return r.steps();
    }

    @Test
    void smallOperationsCostWhatTheyDid() {
        assertEquals(steps("x = 'a' * 3\n"), steps("x = 'a' * 999\n"));
        assertEquals(steps("x = [0] * 3\n"), steps("x = [0] * 999\n"));
        assertEquals(steps("x = sum(range(3))\n"), steps("x = sum(range(999))\n"));
    }

    @Test
    void eachThousandIsAStepAndAMicrosecond() {
        long base = steps("x = 'a' * 999\n");
        assertEquals(base + 1, steps("x = 'a' * 1000\n"));
        assertEquals(base + 1, steps("x = 'a' * 1999\n"));
        assertEquals(base + 1000, steps("x = 'a' * 1000000\n"));
        assertEquals(steps("x = [0] * 3\n") + 10, steps("x = [0] * 10000\n"));
        assertEquals(steps("x = sum(range(3))\n") + 1_000_000, steps("x = sum(range(1000000000))\n"));
        RunResult small = Runs.run("x = 'a' * 999\n");
        RunResult big = Runs.run("x = 'a' * 1000000\n");
        assertEquals(small.timeNanos() + 1000 * Simulator.OP_COST_NANOS, big.timeNanos());
    }

    @Test
    void aChargePastTheLimitStopsTheRunAtTheLimitBeforeTheWork() {
        RunResult r = Runs.run("print('before')\nx = sum(range(10**9))\nprint('after')\n",
                RunOptions.defaults().withMaxSteps(100_000));
        assertEquals(RunStatus.STEP_LIMIT, r.status());
        assertEquals(100_000, r.steps());
        assertEquals("before\n", r.outputText());
    }

    @Test
    void theMemoryBudgetIsAnOption() {
        RunOptions small = RunOptions.defaults().withMemoryBudget(10_000);
        assertEquals(RunStatus.COMPLETED, Runs.run("x = 'a' * 10000\n", small).status());
        RunResult over = Runs.run("try:\n    x = 'a' * 10001\nexcept MemoryError:\n    print('no room')\n", small);
        assertEquals("no room\n", over.outputText());
        RunResult list = Runs.run("x = [0] * 1251\n", small);
        assertEquals("MemoryError", Runs.lastLine(list.error()));
        assertEquals(RunOptions.DEFAULT_MEMORY_BUDGET_BYTES, RunOptions.defaults().memoryBudgetBytes());
    }

    @Test
    void aGrowingListMeetsTheBudget() {
        RunResult r = Runs.run("x = []\nwhile True:\n    x.append(1)\n",
                RunOptions.defaults().withMemoryBudget(80_000));
        assertEquals(RunStatus.ERROR, r.status());
        assertEquals("MemoryError", Runs.lastLine(r.error()));
        assertTrue(r.steps() < 100_000, "stopped at the 10,000th item: " + r.steps());
    }

    @Test
    void comprehensionsAndDictsGrownByKeyMeetTheBudget() {
        RunOptions small = RunOptions.defaults().withMemoryBudget(80_000);
        for (String program : new String[] {"x = [i for i in range(10**9)]\n", "x = {i: i for i in range(10**9)}\n",
                "x = {i for i in range(10**9)}\n", "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n",
                "s = set()\ni = 0\nwhile True:\n    s.add(i)\n    i += 1\n"}) {
            RunResult r = Runs.run(program, small);
            assertEquals("MemoryError", Runs.lastLine(r.error()), program);
            assertTrue(r.steps() < 200_000, program + " stopped at the budget: " + r.steps());
        }
    }

    @Test
    void endlessIteratorsCostAMillisecondAnItemPastTheFirstThousandOfAStep() {
        String prefix = "import itertools\n";
        long none = steps(prefix + "x = 0 in itertools.count()\n");
        assertEquals(none, steps(prefix + "x = 999 in itertools.count()\n"));
        assertEquals(none + 4_001_000, steps(prefix + "x = 5000 in itertools.count()\n"));
        long loop = steps(prefix + "for i in itertools.count():\n    if i == 5000:\n        break\n");
        long rangeLoop = steps(prefix + "for i in range(10**9):\n    if i == 5000:\n        break\n");
        assertEquals(rangeLoop, loop + 2, "a for loop pays nothing: only range's argument costs its two steps");
    }

    @Test
    void longSubstringSearchesFindWhatJavaFinds() {
        String program = "s = 'ab' * 20000 + 'abc' + 'ab' * 20000\n"
                + "n = 'ab' * 3000 + 'c'\n"
                + "print(s.find(n), s.rfind(n), s.count(n), n in s, len(s.split(n)), s.index(n))\n"
                + "print(s.rfind('ab' * 3000), s.find('ab' * 3000 + 'x'), s.partition(n)[2][:4])\n"
                + "print(s.rsplit(n)[0][-4:], s.replace(n, '-')[34000:34006])\n";
        RunResult r = Runs.run(program);
        assertEquals("34002 34002 1 True 2 34002\n" + "74003 -1 abab\n" + "abab ab-aba\n", r.outputText());
    }
}
