package lockstep.app.explore;

import java.text.NumberFormat;
import java.util.Locale;
import lockstep.app.i18n.I18n;
import lockstep.sim.explore.ExploreProgress;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;
import lockstep.sim.explore.StopReason;

/**
 * The sentences about a search as a whole: the summary of one outcome ("x = 231 in 34,652 of 34,904
 * interleavings"), the totals, whether the search was complete and why not, and its progress while it runs. The
 * sampling modes count runs, not interleavings, and say so.
 */
final class SearchTexts {
    private SearchTexts() {}

    /** "{@code <outcome>} in {@code <count>} of {@code <total>} interleavings". */
    static String summary(Outcome outcome, ExploreFinished.Done done, I18n i18n) {
        ExploreResult result = done.result();
        Locale locale = i18n.locale();
        return i18n.get(sampled(done) ? "explore.summary.runs" : "explore.summary",
                OutcomeTexts.describe(outcome, result.outcomes(), i18n),
                OutcomeTexts.count(outcome.count(), locale), OutcomeTexts.count(result.interleavings(), locale));
    }

    static String totals(ExploreFinished.Done done, I18n i18n) {
        ExploreResult result = done.result();
        Locale locale = i18n.locale();
        if (sampled(done)) {
            return i18n.get("explore.totals.runs", OutcomeTexts.count(result.interleavings(), locale),
                    group(result.outcomes().size(), locale));
        }
        return i18n.get("explore.totals", OutcomeTexts.count(result.interleavings(), locale),
                group(result.executions(), locale), group(result.states(), locale),
                group(result.outcomes().size(), locale));
    }

    /** Whether the search covered every schedule, and if not why; with the estimate and PCT's bound when known. */
    static String completeness(ExploreFinished.Done done, I18n i18n) {
        ExploreResult result = done.result();
        StringBuilder out = new StringBuilder(result.complete() ? i18n.get("explore.complete")
                : i18n.get("explore.incomplete", reason(result.stopReason(), i18n)));
        if (result.estimate() != null) {
            out.append(' ').append(i18n.get("explore.estimate", OutcomeTexts.count(result.estimate(), i18n.locale())));
        }
        if (result.pctBound() != null) {
            NumberFormat percent = NumberFormat.getPercentInstance(i18n.locale());
            percent.setMaximumFractionDigits(3);
            out.append(' ').append(i18n.get("explore.pct_bound", done.request().options().depth(),
                    percent.format(result.pctBound())));
        }
        return out.toString();
    }

    static String reason(StopReason reason, I18n i18n) {
        return i18n.get("explore.stop." + reason.jsonName().replace('-', '_'));
    }

    /** How far a running search has got. */
    static String progress(ExploreProgress progress, I18n i18n) {
        Locale locale = i18n.locale();
        String text = i18n.get("explore.progress", group(progress.executions(), locale),
                group(progress.states(), locale), group(progress.outcomes(), locale));
        return progress.deadlocks() ? text + i18n.get("explore.progress.deadlock") : text;
    }

    /** Whether the search sampled runs rather than covering schedules. */
    static boolean sampled(ExploreFinished.Done done) {
        return !done.request().options().mode().exhaustive();
    }

    static String group(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }
}
