package lockstep.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lockstep.sim.FinalState;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.Simulator;
import lockstep.sim.analysis.Deadlock;
import lockstep.sim.analysis.Race;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.Schedule;
import lockstep.sim.trace.Trace;
import org.junit.jupiter.api.Test;

class ExpectationsTest {
    /** A final state that knows a few expressions, as the interpreter would evaluate them. */
    private static final FinalState STATE = expression -> switch (expression) {
        case "x == 2" -> Boolean.TRUE;
        case "x == 3" -> Boolean.FALSE;
        case "x" -> 2L;
        case "x - 2" -> 0L;
        case "big" -> new BigInteger("100000000000000000000");
        case "zero" -> BigInteger.ZERO;
        case "half" -> 0.5;
        case "0.0" -> 0.0;
        case "name" -> "Ada";
        case "''" -> "";
        case "items" -> List.of(1L, "a", true);
        case "[]" -> List.of();
        case "table" -> Map.of("k", 1L);
        case "{}" -> Map.of();
        case "None" -> null;
        case "1/0" -> throw new IllegalArgumentException("ZeroDivisionError: division by zero");
        case "if" -> throw new ProgramError("<expect>", 1, 1, "SyntaxError: invalid syntax");
        default -> throw new IllegalArgumentException("NameError: name '" + expression + "' is not defined");
    };

    private static RunResult result(RunStatus status, String output, long timeNanos) {
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("x", 2L);
        return new RunResult(status, output, globals, timeNanos, 10, null, new Trace(), STATE);
    }

    private static final Function<RunOptions, RunResult> NO_RERUN = options -> {
        throw new AssertionError("only schedule expectations run the program again");
    };

    private static List<ExpectationResult> checkAll(List<Expectation> expectations, RunResult result) {
        return Expectations.check(expectations, result, RunOptions.defaults(), NO_RERUN);
    }

    private static ExpectationResult check(Expectation expectation, RunResult result) {
        return checkAll(List.of(expectation), result).get(0);
    }

    private static final RunResult DONE = result(RunStatus.COMPLETED, "hello\nworld\n", 1_500_000_000L);

    @Test
    void status() {
        assertEquals(new ExpectationResult("status: completed", true, "status was completed"),
                check(new Expectation.Status(RunStatus.COMPLETED), DONE));
        assertEquals(new ExpectationResult("status: deadlock", false, "status was completed"),
                check(new Expectation.Status(RunStatus.DEADLOCK), DONE));
        assertEquals(new ExpectationResult("status: step-limit", true, "status was step-limit"),
                check(new Expectation.Status(RunStatus.STEP_LIMIT), result(RunStatus.STEP_LIMIT, "", 0)));
    }

    @Test
    void output() {
        assertEquals(new ExpectationResult("output: [\"hello\", \"world\"]", true, "printed 2 lines as expected"),
                check(new Expectation.Output(List.of("hello", "world")), DONE));
        assertEquals(new ExpectationResult("output: [\"hello\", \"there\"]", false,
                "line 2 was \"world\", expected \"there\""), check(new Expectation.Output(List.of("hello", "there")), DONE));
        assertEquals(new ExpectationResult("output: [\"hello\"]", false, "printed 2 lines, expected 1 line"),
                check(new Expectation.Output(List.of("hello")), DONE));
        assertEquals(new ExpectationResult("output: []", false, "printed 2 lines, expected 0 lines"),
                check(new Expectation.Output(List.of()), DONE));
        assertTrue(check(new Expectation.Output(List.of()), result(RunStatus.COMPLETED, "", 0)).passed());
    }

    @Test
    void outputContains() {
        assertEquals(new ExpectationResult("output_contains: \"lo\\nwo\"", true, "found in the output"),
                check(new Expectation.OutputContains("lo\nwo"), DONE));
        assertEquals(new ExpectationResult("output_contains: \"bye\"", false, "not found in the output"),
                check(new Expectation.OutputContains("bye"), DONE));
    }

    @Test
    void time() {
        assertEquals(new ExpectationResult("time: {min: 1, max: 2}", true, "virtual time was 1.500000 s"),
                check(new Expectation.Time(1.0, 2.0), DONE));
        assertFalse(check(new Expectation.Time(1.6, null), DONE).passed());
        assertFalse(check(new Expectation.Time(null, 1.4999), DONE).passed());
        assertTrue(check(new Expectation.Time(1.5, 1.5), DONE).passed());
        assertEquals("time: {min: 0.25}", new Expectation.Time(0.25, null).description());
    }

    @Test
    void expressionsPassWhenTruthy() {
        String[] truthy = {"x == 2", "x", "big", "half", "name", "items", "table"};
        for (String expression : truthy) {
            assertTrue(check(new Expectation.Holds(expression), DONE).passed(), expression);
        }
        String[] falsy = {"x == 3", "x - 2", "zero", "0.0", "''", "[]", "{}", "None"};
        for (String expression : falsy) {
            assertFalse(check(new Expectation.Holds(expression), DONE).passed(), expression);
        }
        assertEquals(new ExpectationResult("x == 2", true, "was True"), check(new Expectation.Holds("x == 2"), DONE));
        assertEquals(new ExpectationResult("items", true, "was [1, \"a\", True]"),
                check(new Expectation.Holds("items"), DONE));
        assertEquals(new ExpectationResult("None", false, "was None"), check(new Expectation.Holds("None"), DONE));
    }

    @Test
    void evaluationErrorsAreFailedResultsNotExceptions() {
        assertEquals(new ExpectationResult("1/0", false, "ZeroDivisionError: division by zero"),
                check(new Expectation.Holds("1/0"), DONE));
        assertEquals(new ExpectationResult("y > 0", false, "NameError: name 'y > 0' is not defined"),
                check(new Expectation.Holds("y > 0"), DONE));
        assertEquals(new ExpectationResult("if", false, "SyntaxError: invalid syntax"),
                check(new Expectation.Holds("if"), DONE));
        FinalState broken = expression -> {
            throw new UnsupportedOperationException();
        };
        RunResult odd = new RunResult(RunStatus.COMPLETED, "", Map.of(), 0, 0, null, new Trace(), broken);
        assertEquals(new ExpectationResult("x", false, "UnsupportedOperationException"),
                check(new Expectation.Holds("x"), odd));
        RunResult none = new RunResult(RunStatus.COMPLETED, "", Map.of(), 0, 0, null, new Trace(), null);
        assertFalse(check(new Expectation.Holds("x"), none).passed());
    }

    @Test
    void checksEveryItemInOrder() {
        List<ExpectationResult> results = checkAll(List.of(new Expectation.Status(RunStatus.COMPLETED),
                new Expectation.Holds("x == 3")), DONE);
        assertEquals(List.of(true, false), results.stream().map(ExpectationResult::passed).toList());
        assertFalse(Expectations.allPassed(results));
        assertTrue(Expectations.allPassed(results.subList(0, 1)));
    }

    // Concurrency findings

    private static RunResult finding(RunStatus status, Deadlock deadlock, List<Race> races) {
        return new RunResult(status, "", Map.of(), 0, 10, null, new Trace(), STATE, deadlock, races, new Schedule(),
                "");
    }

    private static final Race RACE = new Race("x", new Race.Access(1, "Thread-1", 40, 5, false),
            new Race.Access(2, "Thread-2", 43, 5, true));

    @Test
    void races() {
        RunResult racy = finding(RunStatus.COMPLETED, null, List.of(RACE, RACE));
        assertEquals(new ExpectationResult("races: true", true,
                "2 races were reported, the first on x (Thread-1 reads at line 5, Thread-2 writes at line 5)"),
                check(new Expectation.Races(true), racy));
        assertFalse(check(new Expectation.Races(false), racy).passed());
        RunResult one = finding(RunStatus.COMPLETED, null, List.of(RACE));
        assertTrue(check(new Expectation.Races(true), one).detail().startsWith("1 race was reported"));
        assertEquals(new ExpectationResult("races: false", true, "no race was reported"),
                check(new Expectation.Races(false), DONE));
        assertEquals(new ExpectationResult("races: true", false, "no race was reported"),
                check(new Expectation.Races(true), DONE));
    }

    private static RunResult losing(int lost) {
        Trace trace = new Trace();
        for (int i = 0; i < lost; i++) {
            trace.addEvent(new lockstep.sim.trace.TraceEvent.LostUpdate(
                    new lockstep.sim.trace.TraceEvent.At(10 + i, 0, 2, 5, null), "x", "1", 3, 1, "1", 4));
        }
        return new RunResult(RunStatus.COMPLETED, "", Map.of(), 0, 10, null, trace, STATE);
    }

    @Test
    void lostUpdates() {
        assertEquals(new ExpectationResult("lost_updates: {min: 1}", true, "2 updates were lost"),
                check(new Expectation.LostUpdates(1L, null), losing(2)));
        assertEquals(new ExpectationResult("lost_updates: {min: 1}", false, "0 updates were lost"),
                check(new Expectation.LostUpdates(1L, null), losing(0)));
        assertEquals(new ExpectationResult("lost_updates: {max: 0}", true, "0 updates were lost"),
                check(new Expectation.LostUpdates(null, 0L), losing(0)));
        assertEquals(new ExpectationResult("lost_updates: {min: 2, max: 3}", false, "1 update was lost"),
                check(new Expectation.LostUpdates(2L, 3L), losing(1)));
        assertTrue(check(new Expectation.LostUpdates(2L, 3L), losing(3)).passed());
        assertFalse(check(new Expectation.LostUpdates(2L, 3L), losing(4)).passed());
    }

    @Test
    void deadlockCycle() {
        Deadlock deadlock = new Deadlock(List.of("T1", "a", "T2", "b", "T1"), List.of(
                new Deadlock.Waiting("T1", "a", "T2", false), new Deadlock.Waiting("T2", "b", "T1", false)));
        RunResult stuck = finding(RunStatus.DEADLOCK, deadlock, List.of());
        Expectation.DeadlockCycle expected = new Expectation.DeadlockCycle(List.of("T1", "a", "T2", "b", "T1"));
        assertEquals(new ExpectationResult("deadlock_cycle: [T1, a, T2, b, T1]", true,
                "the cycle was [T1, a, T2, b, T1]"), check(expected, stuck));
        assertEquals(new ExpectationResult("deadlock_cycle: [T2, b, T1, a, T2]", false,
                "the cycle was [T1, a, T2, b, T1]"),
                check(new Expectation.DeadlockCycle(List.of("T2", "b", "T1", "a", "T2")), stuck));
        assertEquals(new ExpectationResult("deadlock_cycle: [T1, a, T2, b, T1]", false, "the run did not deadlock"),
                check(expected, DONE));
        Deadlock orphan = new Deadlock(List.of(), List.of(new Deadlock.Waiting("T1", "q", null, false)));
        assertEquals(new ExpectationResult("deadlock_cycle: [T1, a, T2, b, T1]", false,
                "the deadlock has no cycle (deadlock: T1 waits forever for q)"),
                check(expected, finding(RunStatus.DEADLOCK, orphan, List.of())));
    }

    // Schedules: a fake runner whose final x is the seed, so that "x >= 3" first holds with seed 3.

    private static final class SeedRunner implements Function<RunOptions, RunResult> {
        final List<RunOptions> calls = new ArrayList<>();

        @Override
        public RunResult apply(RunOptions options) {
            calls.add(options);
            long seed = options.seed();
            FinalState state = expression -> switch (expression) {
                case "x >= 3" -> seed >= 3;
                case "x < 100" -> Boolean.TRUE;
                case "x < 2" -> seed < 2;
                default -> throw new IllegalArgumentException("NameError: name 'y' is not defined");
            };
            return new RunResult(RunStatus.COMPLETED, "", Map.of(), 0, 100 + seed, null, new Trace(), state);
        }
    }

    private static ExpectationResult schedules(boolean every, int seeds, String expression, SeedRunner runner) {
        RunOptions base = RunOptions.defaults().withQuantum(3).withMaxSteps(777)
                .withStepListener(step -> { });
        return Expectations.check(List.of(new Expectation.Schedules(every, SchedulingPolicy.RANDOM, seeds, expression)),
                DONE, base, runner).get(0);
    }

    @Test
    void someScheduleStopsAtTheFirstSeedThatSatisfiesIt() {
        SeedRunner runner = new SeedRunner();
        assertEquals(new ExpectationResult("some_schedule: {policy: random, seeds: 20, holds: \"x >= 3\"}", true,
                "with seed 3 (random policy, completed after 103 steps) it was True"),
                schedules(false, 20, "x >= 3", runner));
        assertEquals(List.of(0L, 1L, 2L, 3L), runner.calls.stream().map(RunOptions::seed).toList());
        for (RunOptions options : runner.calls) {
            assertEquals(SchedulingPolicy.RANDOM, options.policy());
            assertEquals(3, options.quantumSteps());
            assertEquals(777, options.maxSteps());
            assertEquals(null, options.stepListener());
        }
        SeedRunner few = new SeedRunner();
        assertEquals(new ExpectationResult("some_schedule: {policy: random, seeds: 3, holds: \"x >= 3\"}", false,
                "false with seeds 0 to 2 (random policy); with seed 2 (random policy, completed after 102 steps) it "
                        + "was False"),
                schedules(false, 3, "x >= 3", few));
        assertEquals(3, few.calls.size());
    }

    @Test
    void everyScheduleStopsAtTheFirstSeedThatFailsIt() {
        SeedRunner runner = new SeedRunner();
        assertEquals(new ExpectationResult("every_schedule: {policy: random, seeds: 20, holds: \"x < 2\"}", false,
                "with seed 2 (random policy, completed after 102 steps) it was False"),
                schedules(true, 20, "x < 2", runner));
        assertEquals(3, runner.calls.size());
        SeedRunner all = new SeedRunner();
        assertEquals(new ExpectationResult("every_schedule: {policy: random, seeds: 5, holds: \"x < 100\"}", true,
                "true with seeds 0 to 4 (random policy)"), schedules(true, 5, "x < 100", all));
        assertEquals(5, all.calls.size());
        assertEquals(new ExpectationResult("every_schedule: {policy: random, seeds: 1, holds: \"y\"}", false,
                "with seed 0 (random policy, completed after 100 steps) it failed: NameError: name 'y' is not "
                        + "defined"), schedules(true, 1, "y", new SeedRunner()));
    }

    @Test
    void schedulesBounds() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Expectation.Schedules(false, SchedulingPolicy.RANDOM, 101, "x"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Expectation.Schedules(false, SchedulingPolicy.RANDOM, 0, "x"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Expectation.Schedules(true, SchedulingPolicy.REPLAY, 5, "x"));
    }

    /** The real simulator: a lost update shows under some random schedule, never with a lock. */
    @Test
    void schedulesWithTheSimulator() throws ProgramError {
        String racy = """
                import threading
                x = 0
                def work():
                    global x
                    for i in range(50):
                        x += 1
                ts = [threading.Thread(target=work) for _ in range(2)]
                for t in ts: t.start()
                for t in ts: t.join()
                """;
        Program program = Simulator.compile("racy.py", racy);
        RunOptions options = RunOptions.defaults();
        RunResult result = Simulator.run(program, options);
        List<ExpectationResult> results = Expectations.check(List.of(
                new Expectation.Schedules(false, SchedulingPolicy.RANDOM, 20, "x < 100"),
                new Expectation.Schedules(true, SchedulingPolicy.RANDOM, 20, "x == 100"),
                new Expectation.Schedules(false, SchedulingPolicy.RR, 20, "x < 100"),
                new Expectation.Holds("x == 100")), result, program, options);
        assertEquals(List.of(true, false, false, true), results.stream().map(ExpectationResult::passed).toList(),
                results.toString());
        Program locked = Simulator.compile("locked.py", racy.replace("import threading\n",
                "import threading\nlock = threading.Lock()\n").replace("        x += 1", "        with lock:\n            x += 1"));
        List<ExpectationResult> fixed = Expectations.check(List.of(
                new Expectation.Schedules(true, SchedulingPolicy.RANDOM, 10, "x == 100")),
                Simulator.run(locked, options), locked, options);
        assertTrue(fixed.get(0).passed(), fixed.toString());
    }
}
