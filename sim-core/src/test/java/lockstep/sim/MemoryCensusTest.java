package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The whole run is held to its memory budget, not only each value: many values alive together raise
 * {@code MemoryError} once what the program holds passes the budget (by at most a quarter), garbage never counts, and
 * a program that lets go of what it held runs on, as in CPython.
 */
class MemoryCensusTest {
    private static final long BUDGET = 32L * 1024 * 1024;
    private static final RunOptions SMALL = RunOptions.defaults().withMemoryBudget(BUDGET);

    @Test
    void manyValuesAliveTogetherMeetTheBudget() {
        String program = """
                held = []
                try:
                    while True:
                        held.append('x' * 100_000)
                except MemoryError:
                    n = len(held)
                    held = None
                    print(n)
                print('after')
                """;
        RunResult r = Runs.run(program, SMALL);
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        long kept = Long.parseLong(r.output().get(0));
        // Each string passes the per-value check; together they pass the budget, by at most a quarter.
        assertTrue(kept * 100_000 > BUDGET, "raised at " + kept);
        assertTrue(kept * 100_000 <= BUDGET + BUDGET / 4 + 200_000, "raised at " + kept);
        assertEquals(kept + "\nafter\n", r.outputText());
        assertEquals(390, kept, "the census falls at the same step on every machine");
    }

    @Test
    void garbageNeverCounts() {
        RunResult r = Runs.run("for i in range(3000):\n    x = 'x' * 100_000\nprint(len(x))\n", SMALL);
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        assertEquals("100000\n", r.outputText());
    }

    @Test
    void smallObjectsMadeStepByStepMeetTheBudget() {
        String program = """
                class Node:
                    def __init__(self, next):
                        self.next = next
                        self.payload = (1, 2, 3)
                head = None
                made = 0
                try:
                    while True:
                        head = Node(head)
                        made += 1
                except MemoryError:
                    head = None
                    print('recovered', made > 5_000)
                """;
        RunResult r = Runs.run(program, RunOptions.defaults().withMemoryBudget(2L * 1024 * 1024));
        assertEquals(RunStatus.COMPLETED, r.status(), r.error());
        assertEquals("recovered True\n", r.outputText());
    }

    @Test
    void nestedContainersMeetTheBudget() {
        RunResult r = Runs.run("x = []\nwhile True:\n    x = [x, [0] * 10_000]\n", SMALL);
        assertEquals(RunStatus.ERROR, r.status());
        assertEquals("MemoryError", Runs.lastLine(r.error()));
    }

    @Test
    void theCensusIsTheSameWithAStepListener() {
        String program = "held = {}\ni = 0\nwhile True:\n    held[i] = str(i) * 200\n    i += 1\n";
        RunOptions tiny = RunOptions.defaults().withMemoryBudget(4L * 1024 * 1024);
        RunResult plain = Runs.run(program, tiny);
        RunResult watched = Runs.run(program, tiny.withStepListener(step -> { }));
        assertEquals("MemoryError", Runs.lastLine(plain.error()));
        assertEquals(plain.steps(), watched.steps());
        assertEquals(plain.error(), watched.error());
    }
}
