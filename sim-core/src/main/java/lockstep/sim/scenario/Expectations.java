package lockstep.sim.scenario;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import lockstep.sim.FinalState;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.analysis.Deadlock;
import lockstep.sim.analysis.Race;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceText;

/** Checks a scenario's {@code expect} items against a run. */
public final class Expectations {
    private Expectations() {}

    /**
     * One result per expectation, in order. Never throws for a failing or unevaluable expectation.
     *
     * @param result  the run to check
     * @param program the program that made it, run again for {@code some_schedule} and {@code every_schedule}
     * @param options the options of that run; the re-runs change only the policy and the seed (and print no trace)
     */
    public static List<ExpectationResult> check(List<Expectation> expectations, RunResult result, Program program,
                                                RunOptions options) {
        Objects.requireNonNull(program, "program");
        return check(expectations, result, options, o -> Simulator.run(program, o));
    }

    /**
     * One result per expectation, in order, re-running with {@code runner} for the schedule expectations (which
     * call it at most {@link Expectation.Schedules#MAX_SEEDS} times each, and only when there are such items).
     */
    public static List<ExpectationResult> check(List<Expectation> expectations, RunResult result, RunOptions options,
                                                Function<RunOptions, RunResult> runner) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(runner, "runner");
        List<ExpectationResult> results = new ArrayList<>(expectations.size());
        for (Expectation expectation : expectations) {
            if (expectation instanceof Expectation.Schedules schedules) {
                results.add(checkSchedules(schedules, options, runner));
            } else {
                results.add(check(expectation, result));
            }
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
        if (expectation instanceof Expectation.Races races) {
            return checkRaces(description, races.present(), result.races());
        }
        if (expectation instanceof Expectation.LostUpdates lost) {
            long count = result.lostUpdates();
            boolean passed = (lost.min() == null || count >= lost.min()) && (lost.max() == null || count <= lost.max());
            return new ExpectationResult(description, passed,
                    count == 1 ? "1 update was lost" : count + " updates were lost");
        }
        if (expectation instanceof Expectation.DeadlockCycle cycle) {
            return checkCycle(description, cycle.cycle(), result.deadlock());
        }
        if (expectation instanceof Expectation.GilSwitches switches) {
            long count = result.trace().events().stream().filter(e -> e instanceof TraceEvent.GilHandedOver g
                    && g.reason() == TraceEvent.GilReason.INTERVAL).count();
            return new ExpectationResult(description, count >= switches.atLeast(),
                    "the switch interval handed the GIL over " + count + (count == 1 ? " time" : " times"));
        }
        if (expectation instanceof Expectation.Schedules) {
            throw new IllegalArgumentException(description + " needs the program to run again");
        }
        return checkHolds(description, ((Expectation.Holds) expectation).expression(), result.finalState());
    }

    private static ExpectationResult checkRaces(String description, boolean expected, List<Race> races) {
        String detail;
        if (races.isEmpty()) {
            detail = "no race was reported";
        } else {
            Race first = races.get(0);
            detail = (races.size() == 1 ? "1 race was" : races.size() + " races were") + " reported, the first on "
                    + first.variable() + " (" + access(first.first()) + ", " + access(first.second()) + ")";
        }
        return new ExpectationResult(description, expected == !races.isEmpty(), detail);
    }

    private static String access(Race.Access access) {
        return access.threadName() + (access.write() ? " writes" : " reads") + " at line " + access.line();
    }

    private static ExpectationResult checkCycle(String description, List<String> expected, Deadlock deadlock) {
        if (deadlock == null) {
            return new ExpectationResult(description, false, "the run did not deadlock");
        }
        if (deadlock.cycle().isEmpty()) {
            return new ExpectationResult(description, false, "the deadlock has no cycle (" + deadlock.explanation()
                    + ")");
        }
        String actual = "[" + String.join(", ", deadlock.cycle()) + "]";
        return new ExpectationResult(description, expected.equals(deadlock.cycle()), "the cycle was " + actual);
    }

    /**
     * Runs the program with the item's policy and seeds 0, 1, ... until the answer is known: the first seed after
     * which the expression is true settles {@code some_schedule}, the first after which it is not (or cannot be
     * evaluated) settles {@code every_schedule}.
     */
    private static ExpectationResult checkSchedules(Expectation.Schedules item, RunOptions options,
                                                    Function<RunOptions, RunResult> runner) {
        String description = item.description();
        RunOptions base = options.withStepListener(null).withPolicy(item.policy());
        String policy = item.policy().cliName() + " policy";
        String last = "";
        for (int seed = 0; seed < item.seeds(); seed++) {
            RunResult run = runner.apply(base.withSeed(seed));
            ExpectationResult verdict = checkHolds(item.expression(), item.expression(), run.finalState());
            String ran = "with seed " + seed + " (" + policy + ", " + run.status().jsonName() + " after "
                    + run.steps() + " steps) it " + (verdict.detail().startsWith("was ") ? "" : "failed: ")
                    + verdict.detail();
            if (!item.every() && verdict.passed()) {
                return new ExpectationResult(description, true, ran);
            }
            if (item.every() && !verdict.passed()) {
                return new ExpectationResult(description, false, ran);
            }
            last = ran;
        }
        String seeds = item.seeds() == 1 ? "seed 0" : "seeds 0 to " + (item.seeds() - 1);
        return item.every()
                ? new ExpectationResult(description, true, "true with " + seeds + " (" + policy + ")")
                : new ExpectationResult(description, false, "false with " + seeds + " (" + policy + "); " + last);
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
