package lockstep.sim.scenario;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import lockstep.sim.FinalState;
import lockstep.sim.RunResult;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.trace.TraceText;

/** Checks a scenario's {@code expect} items against a run. */
public final class Expectations {
    private Expectations() {}

    /** One result per expectation, in order. Never throws for a failing or unevaluable expectation. */
    public static List<ExpectationResult> check(List<Expectation> expectations, RunResult result) {
        List<ExpectationResult> results = new ArrayList<>(expectations.size());
        for (Expectation expectation : expectations) {
            results.add(check(expectation, result));
        }
        return results;
    }

    /** Whether every result passed. */
    public static boolean allPassed(List<ExpectationResult> results) {
        return results.stream().allMatch(ExpectationResult::passed);
    }

    static ExpectationResult check(Expectation expectation, RunResult result) {
        String description = expectation.description();
        if (expectation instanceof Expectation.Status status) {
            String actual = result.status().jsonName();
            return new ExpectationResult(description, status.status() == result.status(), "status was " + actual);
        }
        if (expectation instanceof Expectation.Output output) {
            return checkOutput(description, output.lines(), result.output());
        }
        if (expectation instanceof Expectation.OutputContains contains) {
            boolean passed = result.outputText().contains(contains.text());
            return new ExpectationResult(description, passed,
                    passed ? "found in the output" : "not found in the output");
        }
        if (expectation instanceof Expectation.Time time) {
            double seconds = result.timeSeconds();
            boolean passed = (time.minSeconds() == null || seconds >= time.minSeconds())
                    && (time.maxSeconds() == null || seconds <= time.maxSeconds());
            return new ExpectationResult(description, passed,
                    "virtual time was " + TraceText.seconds(result.timeNanos()) + " s");
        }
        return checkHolds(description, ((Expectation.Holds) expectation).expression(), result.finalState());
    }

    private static ExpectationResult checkOutput(String description, List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return new ExpectationResult(description, false, "line " + (i + 1) + " was "
                        + PythonText.quote(actual.get(i)) + ", expected " + PythonText.quote(expected.get(i)));
            }
        }
        if (expected.size() != actual.size()) {
            return new ExpectationResult(description, false,
                    "printed " + lines(actual.size()) + ", expected " + lines(expected.size()));
        }
        return new ExpectationResult(description, true, "printed " + lines(actual.size()) + " as expected");
    }

    private static String lines(int count) {
        return count == 1 ? "1 line" : count + " lines";
    }

    private static ExpectationResult checkHolds(String description, String expression, FinalState state) {
        if (state == null) {
            return new ExpectationResult(description, false, "the run has no final state to evaluate it in");
        }
        Object value;
        try {
            value = state.evaluate(expression);
        } catch (ProgramError e) {
            return new ExpectationResult(description, false, e.reason());
        } catch (RuntimeException e) {
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return new ExpectationResult(description, false, message);
        }
        return new ExpectationResult(description, truthy(value), "was " + PythonText.repr(value));
    }

    /** Python's truth: False, None, zero and empty containers or strings are false; everything else is true. */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof BigInteger big) {
            return big.signum() != 0;
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue() != 0.0;
        }
        if (value instanceof Number number) {
            return number.longValue() != 0;
        }
        if (value instanceof CharSequence text) {
            return !text.isEmpty();
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return true;
    }
}
