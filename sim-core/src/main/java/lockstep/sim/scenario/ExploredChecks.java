package lockstep.sim.scenario;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import lockstep.sim.RunOptions;
import lockstep.sim.RunStatus;
import lockstep.sim.Schedule;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;
import lockstep.sim.explore.StopReason;
import lockstep.sim.trace.Narration;

/**
 * Decides the expectations about every schedule ({@link Expectation.Explored}, {@link Expectation.NoDeadlock}) from
 * one exploration of the program, made when the first such item is checked and shared by the others. A witness (an
 * outcome that shows the claim true for {@code some}, false for {@code every}) settles an item even when the search
 * stopped early; the universal answer needs a complete search, and without one the item fails as not decided.
 */
final class ExploredChecks {
    /** The search's default budget: it stops after this many executions or stored states, undecided. */
    static final long BUDGET = 200_000;
    /** Slices of a counterexample schedule shown in an item's detail; the rest is elided. */
    private static final int SLICES_SHOWN = 12;

    private final RunOptions options;
    private final ScheduleSearch search;
    private ExploreResult result;

    /** Checks against {@code search}'s exploration with {@code options}'s settings; a null search cannot explore. */
    ExploredChecks(RunOptions options, ScheduleSearch search) {
        this.options = options;
        this.search = search;
    }

    /** The options of the exploration behind these checks: the state search within {@link #BUDGET}. */
    static ExploreOptions exploreOptions(RunOptions run) {
        return ExploreOptions.defaults().withMaxExecutions(BUDGET).withMaxStates(BUDGET)
                .withGilSwitchesOnly(run.policy() == SchedulingPolicy.GIL);
    }

    ExpectationResult check(Expectation.Explored item) {
        String description = item.description();
        if (search == null) {
            return ExpectationResult.told(description, false, Narration.of("expect.explore.unavailable"));
        }
        ExploreResult explored = result();
        String expression = item.expression();
        // A witness: an outcome where the expression is true (for some) or false or unevaluable (for every).
        Predicate<Outcome> witnesses = o -> verdict(expression, o).passed() != item.every();
        List<Outcome> found = explored.outcomes().stream().filter(witnesses).toList();
        if (!found.isEmpty()) {
            Outcome example = shortest(found);
            Narration shown = Narration.of("expect.explore.example", slices(example.shortest()),
                    example.shortestLength(), status(example.status()), said(verdict(expression, example)));
            return ExpectationResult.told(description, !item.every(), Narration.of(
                    item.every() ? "expect.explore.false_in" : "expect.explore.true_in", count(found),
                    number(explored.interleavings()), shown));
        }
        if (!explored.complete()) {
            return undecided(description, explored);
        }
        return ExpectationResult.told(description, item.every(), Narration.of(
                item.every() ? "expect.explore.true_in_every" : "expect.explore.false_in_every",
                number(explored.interleavings()), outcomes(explored)));
    }

    ExpectationResult check(Expectation.NoDeadlock item) {
        String description = item.description();
        if (search == null) {
            return ExpectationResult.told(description, false, Narration.of("expect.explore.unavailable"));
        }
        ExploreResult explored = result();
        List<Outcome> deadlocks = explored.outcomes().stream().filter(o -> o.status() == RunStatus.DEADLOCK).toList();
        if (!deadlocks.isEmpty()) {
            Outcome example = shortest(deadlocks);
            Narration shown = Narration.of("expect.explore.deadlock_example", slices(example.shortest()),
                    example.shortestLength(), example.problem() == null ? "" : example.problem());
            return ExpectationResult.told(description, !item.none(), Narration.of("expect.explore.deadlocks_in",
                    count(deadlocks), number(explored.interleavings()), shown));
        }
        if (!explored.complete()) {
            return undecided(description, explored);
        }
        return ExpectationResult.told(description, item.none(), Narration.of("expect.explore.no_deadlock",
                number(explored.interleavings()), outcomes(explored)));
    }

    private ExploreResult result() {
        if (result == null) {
            RunOptions run = options.withStepListener(null);
            result = search.explore(run, exploreOptions(run));
        }
        return result;
    }

    private static ExpectationResult undecided(String description, ExploreResult explored) {
        StopReason reason = explored.stopReason();
        Narration why = Narration.of("expect.explore.stop." + reason.name().toLowerCase(Locale.ROOT),
                number(BigInteger.valueOf(BUDGET)));
        return ExpectationResult.told(description, false, Narration.of("expect.explore.undecided", why,
                number(explored.interleavings()), outcomes(explored)));
    }

    /** {@code 1 outcome}, {@code 3 outcomes}. */
    private static Narration outcomes(ExploreResult explored) {
        int n = explored.outcomes().size();
        return Narration.of(n == 1 ? "expect.explore.outcome_one" : "expect.explore.outcome_many", n);
    }

    private static ExpectationResult verdict(String expression, Outcome outcome) {
        return Expectations.checkHolds(expression, expression, outcome.finalState());
    }

    /** What the expression gave, as the seeded checks say it: "was 3", or "failed: NameError: ...". */
    private static Narration said(ExpectationResult verdict) {
        return verdict.told().key().equals("expect.was") ? verdict.told()
                : Narration.of("expect.failed", verdict.told());
    }

    /** The witness easiest to read: the one whose example schedule is shortest (the first such, in count order). */
    private static Outcome shortest(List<Outcome> outcomes) {
        Outcome best = outcomes.get(0);
        for (Outcome o : outcomes) {
            if (o.shortestLength() < best.shortestLength()) {
                best = o;
            }
        }
        return best;
    }

    private static String count(List<Outcome> outcomes) {
        BigInteger sum = BigInteger.ZERO;
        for (Outcome o : outcomes) {
            sum = sum.add(o.count());
        }
        return number(sum);
    }

    private static String number(BigInteger n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static Narration status(RunStatus status) {
        return Narration.of("expect.status." + status.name().toLowerCase(Locale.ROOT));
    }

    /** A schedule as its {@code [thread, steps]} slices, the first {@link #SLICES_SHOWN} of them. */
    static String slices(Schedule schedule) {
        StringBuilder text = new StringBuilder();
        List<Schedule.Slice> slices = schedule.slices();
        for (int i = 0; i < Math.min(slices.size(), SLICES_SHOWN); i++) {
            text.append(i == 0 ? "" : " ").append('[').append(slices.get(i).threadId()).append(", ")
                    .append(slices.get(i).steps()).append(']');
        }
        return slices.size() > SLICES_SHOWN ? text.append(" …").toString() : text.toString();
    }
}
