package lockstep.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.i18n.I18n;
import lockstep.sim.RunOptions;
import lockstep.sim.RunStatus;
import lockstep.sim.Schedule;
import lockstep.sim.explore.ExploreMode;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;
import lockstep.sim.explore.StopReason;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The words of the outcome table and of the sentences under it, in English and Chinese. */
class OutcomeTextsTest {
    private static final I18n EN = new I18n(I18n.ENGLISH);
    private static final I18n ZH = new I18n(I18n.CHINESE);

    private static ExploreFinished.Done done(ExploreResult result, ExploreMode mode) throws Exception {
        ScenarioDocument doc = ScenarioDocument.bundled(ScenarioLoader.load("race.py", "x = 1\n"), "race.py",
                "x = 1\n");
        return new ExploreFinished.Done(new ExploreRequest(doc, "x = 1\n", RunOptions.defaults(),
                ExploreOptions.defaults().withMode(mode)), result);
    }

    @Test
    void theShortFormNamesOnlyTheGlobalsThatTellTheOutcomesApart() {
        List<Outcome> all = List.of(Outcomes.lostUpdate(5, 10, 252), Outcomes.lostUpdate(5, 2, 2));
        assertEquals("x = 10", OutcomeTexts.shortForm(all.get(0), all, EN));
        assertEquals("x = 2", OutcomeTexts.shortForm(all.get(1), all, EN));
        // Alone, an outcome shows every global.
        assertEquals("N = 5, x = 10", OutcomeTexts.shortForm(all.get(0), List.of(all.get(0)), EN));
    }

    @Test
    void theOutputJoinsTheShortFormWhenOnlyTheOutputTellsOutcomesApart() {
        Outcome ab = new Outcome(RunStatus.COMPLETED, List.of("a", "b"), Map.of(), null, BigInteger.ONE,
                new Schedule(), 3, new Schedule(), 0, null);
        Outcome ba = new Outcome(RunStatus.COMPLETED, List.of("b", "a"), Map.of(), null, BigInteger.TWO,
                new Schedule(), 3, new Schedule(), 0, null);
        assertEquals("output: a ⏎ b", OutcomeTexts.shortForm(ab, List.of(ab, ba), EN));
        assertEquals("输出：b ⏎ a", OutcomeTexts.shortForm(ba, List.of(ab, ba), ZH));
    }

    @Test
    void valuesAreWrittenAsPythonWritesThem() {
        assertEquals("None", PythonValues.repr(null));
        assertEquals("True", PythonValues.repr(true));
        assertEquals("'it'", PythonValues.repr("it"));
        assertEquals("\"it's\"", PythonValues.repr("it's"));
        assertEquals("2.0", PythonValues.repr(2.0));
        assertEquals("[1, 'a']", PythonValues.repr(List.of(1L, "a")));
    }

    @Test
    void countsHaveThousandsSeparatorsAndSharesOneDecimal() {
        assertEquals("34,652", OutcomeTexts.count(BigInteger.valueOf(34_652), EN.locale()));
        assertEquals("12,345,678,901,234,567,890", OutcomeTexts.count(new BigInteger("12345678901234567890"),
                EN.locale()));
        assertEquals("99.3%", OutcomeTexts.percent(BigInteger.valueOf(34_652), BigInteger.valueOf(34_904),
                EN.locale()));
    }

    @Test
    void theSummaryNamesTheOutcomeItsCountAndTheTotal() throws Exception {
        ExploreResult result = Outcomes.result(StopReason.EXHAUSTED, Outcomes.lostUpdate(5, 7, 10_826),
                Outcomes.lostUpdate(5, 6, 9_826), Outcomes.lostUpdate(5, 2, 2));
        ExploreFinished.Done done = done(result, ExploreMode.STATES);
        assertEquals("x = 7 in 10,826 of 20,654 interleavings", SearchTexts.summary(result.outcomes().get(0), done,
                EN));
        assertEquals("20,654 种交错中有 2 种的结果是 x = 2", SearchTexts.summary(result.outcomes().get(2), done, ZH));
        assertEquals("20,654 interleavings · 17 executions · 250 states · 3 outcomes", SearchTexts.totals(done, EN));
        assertEquals("Complete: every schedule was covered, so the counts are exact and no other outcome exists.",
                SearchTexts.completeness(done, EN));
    }

    @Test
    void aSearchThatStoppedSaysWhyAndSampledRunsAreCountedAsRuns() throws Exception {
        ExploreResult stopped = Outcomes.result(StopReason.STOPPED, Outcomes.lostUpdate(2, 4, 6),
                Outcomes.deadlock(3, "Thread-1 waits for lock a held by Thread-2"));
        assertEquals("Not complete: the search was cancelled. Other outcomes may exist.",
                SearchTexts.completeness(done(stopped, ExploreMode.STATES), EN));
        assertEquals("a deadlock (Thread-1 waits for lock a held by Thread-2) in 3 of 9 interleavings",
                SearchTexts.summary(stopped.outcomes().get(1), done(stopped, ExploreMode.STATES), EN));
        ExploreResult sampled = Outcomes.result(StopReason.SAMPLED, Outcomes.lostUpdate(2, 4, 600),
                Outcomes.lostUpdate(2, 3, 400));
        assertEquals("x = 4 in 600 of 1,000 runs", SearchTexts.summary(sampled.outcomes().get(0),
                done(sampled, ExploreMode.RANDOM), EN));
        assertEquals("1,000 runs · 2 outcomes", SearchTexts.totals(done(sampled, ExploreMode.RANDOM), EN));
    }
}
