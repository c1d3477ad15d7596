package lockstep.sim.scenario;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import lockstep.sim.FinalState;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
import lockstep.sim.analysis.Deadlock;
import lockstep.sim.analysis.Race;
import lockstep.sim.explore.ExploreMonitor;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.Explorer;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.trace.EventNarrator;
import lockstep.sim.trace.Narration;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceText;

/** Checks a scenario's {@code expect} items against a run. */
public final class Expectations {
    private Expectations() {}

    /**
     * One result per expectation, in order. Never throws for a failing or unevaluable expectation.
     *
     * @param result  the run to check
     * @param program the program that made it, run again for {@code some_schedule} and {@code every_schedule} and
     *                explored for those items without seeds and {@code no_deadlock}
     * @param options the options of that run; the re-runs change only the policy and the seed (and print no trace)
     */
    public static List<ExpectationResult> check(List<Expectation> expectations, RunResult result, Program program,
                                                RunOptions options) {
        Objects.requireNonNull(program, "program");
        return check(expectations, result, options, o -> Simulator.run(program, o),
                (run, explore) -> Explorer.explore(program, run, explore, ExploreMonitor.NONE));
    }

    /**
     * The options with which the items about every schedule are explored: the explorer's state search at the
     * operation grain, stopped undecided after {@value ExploredChecks#BUDGET} executions or stored states.
     */
    public static ExploreOptions explorationOptions(RunOptions run) {
        return ExploredChecks.exploreOptions(run);
    }

    /**
     * One result per expectation, in order, re-running with {@code runner} for the schedule expectations (which
     * call it at most {@link Expectation.Schedules#MAX_SEEDS} times each, and only when there are such items).
     */
    public static List<ExpectationResult> check(List<Expectation> expectations, RunResult result, RunOptions options,
                                                Function<RunOptions, RunResult> runner) {
        return check(expectations, result, options, runner, null);
    }

    /**
     * One result per expectation, in order, re-running with {@code runner} for the seeded schedule expectations and
     * exploring once with {@code search} for the items about every schedule (none when there are no such items;
     * without a search those items fail as not decided).
     */
    public static List<ExpectationResult> check(List<Expectation> expectations, RunResult result, RunOptions options,
                                                Function<RunOptions, RunResult> runner, ScheduleSearch search) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(runner, "runner");
        List<ExpectationResult> results = new ArrayList<>(expectations.size());
        ExploredChecks explored = new ExploredChecks(options, search);
        for (Expectation expectation : expectations) {
            if (expectation instanceof Expectation.Schedules schedules) {
                results.add(checkSchedules(schedules, options, runner));
            } else if (expectation instanceof Expectation.Explored item) {
                results.add(explored.check(item));
            } else if (expectation instanceof Expectation.NoDeadlock item) {
                results.add(explored.check(item));
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
            return told(description, status.status() == result.status(),
                    Narration.of("expect.status_was", status(result.status())));
        }
        if (expectation instanceof Expectation.Output output) {
            return checkOutput(description, output.lines(), result.output());
        }
        if (expectation instanceof Expectation.OutputContains contains) {
            boolean passed = result.outputText().contains(contains.text());
            return told(description, passed, Narration.of(passed ? "expect.found" : "expect.not_found"));
        }
        if (expectation instanceof Expectation.Time time) {
            double seconds = result.timeSeconds();
            boolean passed = (time.minSeconds() == null || seconds >= time.minSeconds())
                    && (time.maxSeconds() == null || seconds <= time.maxSeconds());
            return told(description, passed, Narration.of("expect.time_was", TraceText.seconds(result.timeNanos())));
        }
        if (expectation instanceof Expectation.Races races) {
            return checkRaces(description, races.present(), result.races());
        }
        if (expectation instanceof Expectation.LostUpdates lost) {
            long count = result.lostUpdates();
            boolean passed = (lost.min() == null || count >= lost.min()) && (lost.max() == null || count <= lost.max());
            return told(description, passed, Narration.of(count == 1 ? "expect.lost_one" : "expect.lost_many", count));
        }
        if (expectation instanceof Expectation.DeadlockCycle cycle) {
            return checkCycle(description, cycle.cycle(), result);
        }
        if (expectation instanceof Expectation.GilSwitches switches) {
            long count = result.trace().events().stream().filter(e -> e instanceof TraceEvent.GilHandedOver g
                    && g.reason() == TraceEvent.GilReason.INTERVAL).count();
            return told(description, count >= switches.atLeast(),
                    Narration.of(count == 1 ? "expect.gil_switch_one" : "expect.gil_switch_many", count));
        }
        if (expectation instanceof Expectation.Schedules || expectation instanceof Expectation.Explored
                || expectation instanceof Expectation.NoDeadlock) {
            throw new IllegalArgumentException(description + " needs the program to run again");
        }
        return checkHolds(description, ((Expectation.Holds) expectation).expression(), result.finalState());
    }

    private static ExpectationResult told(String description, boolean passed, Narration detail) {
        return ExpectationResult.told(description, passed, detail);
    }

    /** A run's status in words: {@code completed}, {@code step-limit} in English, as JSON and summaries say it. */
    private static Narration status(RunStatus status) {
        return Narration.of("expect.status." + status.name().toLowerCase(Locale.ROOT));
    }

    private static ExpectationResult checkRaces(String description, boolean expected, List<Race> races) {
        Narration detail;
        if (races.isEmpty()) {
            detail = Narration.of("expect.no_race");
        } else {
            Race first = races.get(0);
            detail = Narration.of(races.size() == 1 ? "expect.race_one" : "expect.race_many", first.variable(),
                    access(first.first()), access(first.second()), races.size());
        }
        return told(description, expected == !races.isEmpty(), detail);
    }

    private static Narration access(Race.Access access) {
        return Narration.of(access.write() ? "expect.access_write" : "expect.access_read", access.threadName(),
                access.line());
    }

    private static ExpectationResult checkCycle(String description, List<String> expected, RunResult result) {
        Deadlock deadlock = result.deadlock();
        if (deadlock == null) {
            return told(description, false, Narration.of("expect.no_deadlock"));
        }
        if (deadlock.cycle().isEmpty()) {
            // English keeps the simulator's explanation; other languages tell the run's deadlock event.
            return told(description, false, Narration.of("expect.no_cycle", deadlock.explanation(),
                    deadlockNarration(result)));
        }
        return told(description, expected.equals(deadlock.cycle()), Narration.of("expect.cycle_was",
                Narration.joined(", ", List.copyOf(deadlock.cycle()))));
    }

    /** The narration of the run's deadlock event, or its English explanation when the trace has none. */
    private static Object deadlockNarration(RunResult result) {
        if (result.trace() != null) {
            for (TraceEvent e : result.trace().events()) {
                if (e instanceof TraceEvent.Deadlocked) {
                    return EventNarrator.narrate(e, result.trace());
                }
            }
        }
        return result.deadlock().explanation();
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
        Narration policy = Narration.of("expect.policy." + item.policy().cliName());
        Narration last = null;
        for (int seed = 0; seed < item.seeds(); seed++) {
            RunResult run = runner.apply(base.withSeed(seed));
            ExpectationResult verdict = checkHolds(item.expression(), item.expression(), run.finalState());
            Narration it = verdict.told().key().equals("expect.was") ? verdict.told()
                    : Narration.of("expect.failed", verdict.told());
            Narration ran = Narration.of("expect.seed_ran", seed, policy, status(run.status()), run.steps(), it);
            if (!item.every() && verdict.passed()) {
                return told(description, true, ran);
            }
            if (item.every() && !verdict.passed()) {
                return told(description, false, ran);
            }
            last = ran;
        }
        Narration seeds = item.seeds() == 1 ? Narration.of("expect.seed_zero")
                : Narration.of("expect.seed_range", item.seeds() - 1);
        return item.every()
                ? told(description, true, Narration.of("expect.true_with", seeds, policy))
                : told(description, false, Narration.of("expect.false_with", seeds, policy, last));
    }

    private static ExpectationResult checkOutput(String description, List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return told(description, false, Narration.of("expect.line_was", i + 1,
                        PythonText.quote(actual.get(i)), PythonText.quote(expected.get(i))));
            }
        }
        if (expected.size() != actual.size()) {
            return told(description, false, Narration.of("expect.printed_not", lines(actual.size()),
                    lines(expected.size())));
        }
        return told(description, true, Narration.of("expect.printed", lines(actual.size())));
    }

    private static Narration lines(int count) {
        return Narration.of(count == 1 ? "expect.lines_one" : "expect.lines_many", count);
    }

    static ExpectationResult checkHolds(String description, String expression, FinalState state) {
        if (state == null) {
            return told(description, false, Narration.of("expect.no_final_state"));
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
        return told(description, truthy(value), Narration.of("expect.was", PythonText.repr(value)));
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
