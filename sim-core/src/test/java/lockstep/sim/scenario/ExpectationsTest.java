package lockstep.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.FinalState;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.lang.ProgramError;
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

    private static ExpectationResult check(Expectation expectation, RunResult result) {
        return Expectations.check(List.of(expectation), result).get(0);
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
        List<ExpectationResult> results = Expectations.check(List.of(new Expectation.Status(RunStatus.COMPLETED),
                new Expectation.Holds("x == 3")), DONE);
        assertEquals(List.of(true, false), results.stream().map(ExpectationResult::passed).toList());
        assertFalse(Expectations.allPassed(results));
        assertTrue(Expectations.allPassed(results.subList(0, 1)));
    }
}
