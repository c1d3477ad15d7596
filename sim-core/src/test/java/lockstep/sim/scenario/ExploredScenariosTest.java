package lockstep.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import org.junit.jupiter.api.Test;

/** The expectations about every schedule, decided by the real explorer on small programs. */
class ExploredScenariosTest {
    private static final String LOST_UPDATE = """
            import threading

            N = 1
            x = 0

            def add():
                global x
                for i in range(N):
                    x += 1

            t1 = threading.Thread(target=add)
            t2 = threading.Thread(target=add)
            t1.start()
            t2.start()
            t1.join()
            t2.join()
            """;

    private static final String LOCKED = LOST_UPDATE.replace("x = 0\n", "x = 0\nlock = threading.Lock()\n")
            .replace("        x += 1", "        with lock:\n            x += 1").replace("N = 1", "N = 2");

    private static final String DEADLOCK = """
            import threading

            a = threading.Lock()
            b = threading.Lock()

            def ab():
                with a:
                    with b:
                        pass

            def ba():
                with b:
                    with a:
                        pass

            t1 = threading.Thread(target=ab, name="T1")
            t2 = threading.Thread(target=ba, name="T2")
            t1.start()
            t2.start()
            t1.join()
            t2.join()
            """;

    private static List<ExpectationResult> check(String source, Expectation... items) throws Exception {
        Program program = Simulator.compile("p.py", source);
        RunOptions options = RunOptions.defaults();
        RunResult run = Simulator.run(program, options);
        return Expectations.check(List.of(items), run, program, options);
    }

    private static List<String> details(List<ExpectationResult> verdicts) {
        return verdicts.stream().map(v -> (v.passed() ? "PASS " : "FAIL ") + v.detail()).toList();
    }

    @Test
    void theLostUpdateIsRefutedWithACounterexampleAndProvedPossible() throws Exception {
        List<ExpectationResult> verdicts = check(LOST_UPDATE, new Expectation.Explored(true, "x == 2"),
                new Expectation.Explored(false, "x == 1"), new Expectation.Explored(false, "x == 3"),
                new Expectation.NoDeadlock(true));
        List<String> details = details(verdicts);
        assertTrue(details.get(0).startsWith("FAIL false in 2 of the 4 interleavings explored; the schedule ["),
                details.get(0));
        assertTrue(details.get(0).endsWith("ends completed, and there it was False"), details.get(0));
        assertTrue(details.get(1).startsWith("PASS true in 2 of the 4 interleavings explored; the schedule ["),
                details.get(1));
        assertEquals("FAIL false in every schedule: all 4 interleavings explored (2 outcomes)", details.get(2));
        assertEquals("PASS no schedule deadlocks: all 4 interleavings explored (2 outcomes)", details.get(3));
    }

    @Test
    void theLockMakesItTrueInEverySchedule() throws Exception {
        List<ExpectationResult> verdicts = check(LOCKED, new Expectation.Explored(true, "x == 4"),
                new Expectation.NoDeadlock(true));
        assertTrue(verdicts.get(0).passed(), verdicts.get(0).detail());
        assertTrue(verdicts.get(0).detail().startsWith("true in every schedule: all "), verdicts.get(0).detail());
        assertTrue(verdicts.get(0).detail().endsWith(" interleavings explored (1 outcome)"), verdicts.get(0).detail());
        assertTrue(verdicts.get(1).passed(), verdicts.get(1).detail());
    }

    @Test
    void someScheduleOfTheLockOrderDeadlocks() throws Exception {
        List<ExpectationResult> verdicts = check(DEADLOCK, new Expectation.NoDeadlock(false),
                new Expectation.NoDeadlock(true));
        assertTrue(verdicts.get(0).passed(), verdicts.get(0).detail());
        assertTrue(verdicts.get(0).detail().startsWith("deadlocks in "), verdicts.get(0).detail());
        assertTrue(verdicts.get(0).detail().contains(" operations) deadlocks: "), verdicts.get(0).detail());
        assertEquals(false, verdicts.get(1).passed());
    }
}
