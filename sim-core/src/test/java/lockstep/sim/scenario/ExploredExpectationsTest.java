package lockstep.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lockstep.sim.FinalState;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Schedule;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.explore.ExploreMode;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;
import lockstep.sim.explore.StopReason;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * The expectations about every schedule, decided from an exploration's outcomes: proved, refuted with a
 * counterexample, or not decided when the search was cut short. The search here is a stand-in that returns a given
 * result, so that each verdict is pinned whatever the explorer finds (the real search is in
 * {@code ExploredScenariosTest}).
 */
class ExploredExpectationsTest {
    private static final NarrationRenderer ZH = NarrationRenderer.forLanguage("zh");
    private static final Function<RunOptions, RunResult> NO_RERUN = options -> {
        throw new AssertionError("exploration items do not run the program with seeds");
    };
    private static final RunResult RUN = new RunResult(RunStatus.COMPLETED, "", Map.of(), 0, 1, null, new Trace(),
            expression -> Boolean.TRUE);

    /** A final state in which x has this value and nothing else is defined. */
    private static FinalState x(long value) {
        return expression -> switch (expression) {
            case "x == 2" -> value == 2;
            case "x < 2" -> value < 2;
            case "x == 9" -> value == 9;
            default -> throw new IllegalArgumentException("NameError: name '" + expression + "' is not defined");
        };
    }

    private static Schedule schedule(int... threadsAndSteps) {
        Schedule s = new Schedule();
        for (int i = 0; i < threadsAndSteps.length; i += 2) {
            s.add(threadsAndSteps[i], threadsAndSteps[i + 1]);
        }
        return s;
    }

    private static Outcome outcome(RunStatus status, long x, long count, int length, String problem,
                                   Schedule schedule) {
        return new Outcome(status, List.of("x = " + x), Map.of("x", x), problem, BigInteger.valueOf(count), schedule,
                length, schedule, 1, x(x));
    }

    /** The lost update with N = 1: x is 1 in 2 interleavings, 2 in the other 2. */
    private static final List<Outcome> LOST_UPDATE = List.of(
            outcome(RunStatus.COMPLETED, 2, 2, 10, null, schedule(1, 4, 2, 3, 3, 3, 1, 2)),
            outcome(RunStatus.COMPLETED, 1, 2, 9, null, schedule(1, 4, 2, 1, 3, 3, 2, 2, 1, 2)));

    private static ExploreResult result(List<Outcome> outcomes, StopReason reason) {
        BigInteger sum = outcomes.stream().map(Outcome::count).reduce(BigInteger.ZERO, BigInteger::add);
        return new ExploreResult(outcomes, sum, 40, 30, reason, null, null);
    }

    /** Checks {@code items} against a search that returns {@code explored}, and counts the searches made. */
    private static List<ExpectationResult> check(List<Expectation> items, ExploreResult explored,
                                                 List<ExploreOptions> searches) {
        return Expectations.check(items, RUN, RunOptions.defaults(), NO_RERUN, (run, options) -> {
            searches.add(options);
            return explored;
        });
    }

    private static List<String> details(List<ExpectationResult> verdicts) {
        return verdicts.stream().map(v -> (v.passed() ? "PASS " : "FAIL ") + v.detail()).toList();
    }

    @Test
    void aCounterexampleRefutesEveryScheduleAndAWitnessProvesSome() {
        List<ExploreOptions> searches = new ArrayList<>();
        List<ExpectationResult> verdicts = check(List.of(new Expectation.Explored(true, "x == 2"),
                new Expectation.Explored(false, "x < 2"), new Expectation.Explored(false, "x == 9"),
                new Expectation.Explored(true, "y")), result(LOST_UPDATE, StopReason.EXHAUSTED), searches);
        assertEquals(List.of(
                "FAIL false in 2 of the 4 interleavings explored; the schedule [1, 4] [2, 1] [3, 3] [2, 2] [1, 2] "
                        + "(9 operations) ends completed, and there it was False",
                "PASS true in 2 of the 4 interleavings explored; the schedule [1, 4] [2, 1] [3, 3] [2, 2] [1, 2] "
                        + "(9 operations) ends completed, and there it was True",
                "FAIL false in every schedule: all 4 interleavings explored (2 outcomes)",
                "FAIL false in 4 of the 4 interleavings explored; the schedule [1, 4] [2, 1] [3, 3] [2, 2] [1, 2] "
                        + "(9 operations) ends completed, and there it failed: NameError: name 'y' is not defined"),
                details(verdicts));
        assertEquals(List.of("every_schedule: {holds: \"x == 2\"}", "some_schedule: {holds: \"x < 2\"}",
                "some_schedule: {holds: \"x == 9\"}", "every_schedule: {holds: \"y\"}"),
                verdicts.stream().map(ExpectationResult::description).toList());
        assertEquals(1, searches.size(), "one exploration serves every item");
        ExploreOptions options = searches.get(0);
        assertEquals(ExploreMode.STATES, options.mode());
        assertEquals(Grain.OPERATION, options.grain());
        assertEquals(200_000, options.maxExecutions());
        assertEquals(200_000, options.maxStates());
        assertEquals(-1, options.preemptionBound());
        assertEquals(false, options.gilSwitchesOnly());
    }

    @Test
    void everyScheduleIsProvedOnlyByACompleteSearch() {
        List<Outcome> locked = List.of(outcome(RunStatus.COMPLETED, 2, 6, 12, null, schedule(1, 12)));
        List<ExpectationResult> proved = check(List.of(new Expectation.Explored(true, "x == 2"),
                new Expectation.NoDeadlock(true)), result(locked, StopReason.EXHAUSTED), new ArrayList<>());
        assertEquals(List.of("PASS true in every schedule: all 6 interleavings explored (1 outcome)",
                "PASS no schedule deadlocks: all 6 interleavings explored (1 outcome)"), details(proved));
        List<ExpectationResult> cut = check(List.of(new Expectation.Explored(true, "x == 2"),
                new Expectation.Explored(false, "x == 9"), new Expectation.NoDeadlock(true)),
                result(locked, StopReason.MAX_STATES), new ArrayList<>());
        String undecided = "FAIL not decided: the search stopped before it covered every schedule (it reached the "
                + "limit of 200,000 stored states), after 6 interleavings and 1 outcome";
        assertEquals(List.of(undecided, undecided, undecided), details(cut));
        assertEquals("FAIL not decided: the search stopped before it covered every schedule (it reached the limit of "
                + "200,000 executions), after 6 interleavings and 1 outcome", details(check(List.of(
                        new Expectation.NoDeadlock(true)), result(locked, StopReason.MAX_EXECUTIONS),
                        new ArrayList<>())).get(0));
    }

    @Test
    void aDeadlockingScheduleRefutesNoDeadlockEvenInAnIncompleteSearch() {
        List<Outcome> outcomes = List.of(outcome(RunStatus.COMPLETED, 2, 1_234_567, 20, null, schedule(1, 20)),
                outcome(RunStatus.DEADLOCK, 0, 2, 7, "T1 → b → T2 → a → T1", schedule(1, 3, 2, 2, 3, 2)));
        List<ExpectationResult> verdicts = check(List.of(new Expectation.NoDeadlock(true),
                new Expectation.NoDeadlock(false)), result(outcomes, StopReason.STOPPED), new ArrayList<>());
        String deadlocks = "deadlocks in 2 of the 1,234,569 interleavings explored; the schedule [1, 3] [2, 2] [3, 2] "
                + "(7 operations) deadlocks: T1 → b → T2 → a → T1";
        assertEquals(List.of("FAIL " + deadlocks, "PASS " + deadlocks), details(verdicts));
        assertEquals("在已探索的 1,234,569 个交错中有 2 个死锁；调度 [1, 3] [2, 2] [3, 2]（7 个操作）死锁：T1 → b → T2 → a → T1",
                ZH.render(verdicts.get(0).told()));
        List<ExpectationResult> none = check(List.of(new Expectation.NoDeadlock(false)),
                result(outcomes.subList(0, 1), StopReason.EXHAUSTED), new ArrayList<>());
        assertEquals(List.of("FAIL no schedule deadlocks: all 1,234,567 interleavings explored (1 outcome)"),
                details(none));
    }

    @Test
    void aLongCounterexampleShowsItsFirstTwelveSlices() {
        int[] slices = new int[40];
        for (int i = 0; i < 20; i++) {
            slices[2 * i] = 1 + i % 2;
            slices[2 * i + 1] = i + 1;
        }
        List<Outcome> outcomes = List.of(outcome(RunStatus.COMPLETED, 1, 3, 210, null, schedule(slices)));
        assertEquals("FAIL false in 3 of the 3 interleavings explored; the schedule [1, 1] [2, 2] [1, 3] [2, 4] "
                + "[1, 5] [2, 6] [1, 7] [2, 8] [1, 9] [2, 10] [1, 11] [2, 12] … (210 operations) ends completed, and "
                + "there it was False", details(check(List.of(new Expectation.Explored(true, "x == 2")),
                        result(outcomes, StopReason.EXHAUSTED), new ArrayList<>())).get(0));
    }

    @Test
    void theVerdictsInChinese() {
        List<ExpectationResult> verdicts = check(List.of(new Expectation.Explored(true, "x == 2"),
                new Expectation.Explored(false, "x == 9"), new Expectation.NoDeadlock(true)),
                result(LOST_UPDATE, StopReason.EXHAUSTED), new ArrayList<>());
        assertEquals(List.of("在已探索的 4 个交错中有 2 个为假；调度 [1, 4] [2, 1] [3, 3] [2, 2] [1, 2]（9 个操作）以“已完成”"
                        + "结束，此时值为 False",
                "在每个调度下都为假：已探索全部 4 个交错（2 种结果）",
                "没有任何调度死锁：已探索全部 4 个交错（2 种结果）"),
                verdicts.stream().map(v -> ZH.render(v.told())).toList());
        assertEquals("无法判定：搜索在覆盖全部调度之前停止了（达到了 200,000 次执行的上限），此时已探索 4 个交错、2 种结果",
                ZH.render(check(List.of(new Expectation.NoDeadlock(true)),
                        result(LOST_UPDATE, StopReason.MAX_EXECUTIONS), new ArrayList<>()).get(0).told()));
    }

    @Test
    void withoutASearchTheItemsAreNotDecided() {
        List<ExpectationResult> verdicts = Expectations.check(List.of(new Expectation.Explored(true, "x == 2"),
                new Expectation.NoDeadlock(true)), RUN, RunOptions.defaults(), NO_RERUN);
        assertEquals(List.of("FAIL not decided: the program's schedules cannot be explored here",
                "FAIL not decided: the program's schedules cannot be explored here"), details(verdicts));
        assertEquals("无法判定：这里无法探索程序的调度", ZH.render(verdicts.get(0).told()));
    }

    @Test
    void underTheGilOnlyItsSwitchesAreExplored() {
        List<ExploreOptions> searches = new ArrayList<>();
        Expectations.check(List.of(new Expectation.NoDeadlock(true)), RUN,
                RunOptions.defaults().withPolicy(SchedulingPolicy.GIL), NO_RERUN, (run, options) -> {
                    searches.add(options);
                    return result(LOST_UPDATE, StopReason.EXHAUSTED);
                });
        assertEquals(true, searches.get(0).gilSwitchesOnly());
        assertEquals(List.of(), Expectations.check(List.of(new Expectation.Status(RunStatus.COMPLETED)), RUN,
                RunOptions.defaults(), NO_RERUN, (run, options) -> {
                    throw new AssertionError("no item needs a search");
                }).stream().filter(v -> !v.passed()).toList());
    }
}
