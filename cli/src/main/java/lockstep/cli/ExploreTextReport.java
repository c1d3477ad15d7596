package lockstep.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;
import lockstep.sim.scenario.PythonText;

/**
 * The text report of {@code lockstep explore}: one block per outcome, most frequent first (its count and share, its
 * status, output, globals, problem and example schedule), then the totals, whether the search was complete and why
 * not, and the estimate and PCT's bound when the result has them. Numbers have thousands separators.
 */
final class ExploreTextReport {
    private final ReportTexts texts;
    private final ExploreOptions options;
    private final Double maxSeconds;

    ExploreTextReport(String language, ExploreOptions options, Double maxSeconds) {
        this.texts = new ReportTexts(language);
        this.options = options;
        this.maxSeconds = maxSeconds;
    }

    void print(ExploreResult result, double seconds, PrintWriter out) {
        List<Outcome> outcomes = mostFrequentFirst(result.outcomes());
        for (int i = 0; i < outcomes.size(); i++) {
            printOutcome(i + 1, outcomes.get(i), result.interleavings(), out);
            out.println();
        }
        if (outcomes.isEmpty()) {
            out.println(texts.text("explore.none"));
        }
        out.println(texts.text("explore.totals", plural("explore.outcomes", BigInteger.valueOf(outcomes.size())),
                count(result.interleavings()), plural("explore.executions", BigInteger.valueOf(result.executions())),
                plural("explore.states", BigInteger.valueOf(result.states())), secondsText(seconds)));
        out.println(result.complete() ? texts.text("explore.complete")
                : texts.text("explore.incomplete", stopReason(result)));
        if (result.estimate() != null) {
            out.println(texts.text("explore.estimate", number(result.estimate())));
        }
        if (result.pctBound() != null) {
            out.println(texts.text("explore.pct", options.depth(), probability(result.pctBound())));
        }
        out.flush();
    }

    /** The outcomes by count, highest first; equal counts keep the order the search found them in. */
    static List<Outcome> mostFrequentFirst(List<Outcome> outcomes) {
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparing(Outcome::count).reversed());
        return sorted;
    }

    private void printOutcome(int index, Outcome outcome, BigInteger total, PrintWriter out) {
        out.println(texts.text("explore.outcome", index, count(outcome.count()), share(outcome.count(), total),
                texts.text("status." + outcome.status().jsonName())));
        List<String> lines = outcome.output();
        if (lines.isEmpty()) {
            out.println(texts.text("explore.output.none"));
        }
        for (int i = 0; i < lines.size(); i++) {
            out.println(texts.text(i == 0 ? "explore.output" : "explore.output.more", lines.get(i)));
        }
        out.println(outcome.globals().isEmpty() ? texts.text("explore.globals.none")
                : texts.text("explore.globals", globals(outcome.globals())));
        if (outcome.problem() != null) {
            out.println(texts.text("explore.problem", outcome.problem()));
        }
        out.println(texts.text("explore.schedule", number(BigInteger.valueOf(outcome.shortestLength())),
                number(BigInteger.valueOf(outcome.preemptions()))));
    }

    /** {@code 34,904 interleavings}, or {@code 1,000 runs} in the sampling modes. */
    private String count(BigInteger n) {
        return plural(options.mode().exhaustive() ? "explore.traces" : "explore.runs", n);
    }

    private String plural(String key, BigInteger n) {
        return texts.text(key + (n.equals(BigInteger.ONE) ? ".one" : ".many"), number(n));
    }

    private String stopReason(ExploreResult result) {
        return switch (result.stopReason()) {
            case SAMPLED -> texts.text("explore.stop.sampled", count(result.interleavings()),
                    options.mode().cliName());
            case BOUNDED -> texts.text("explore.stop.bounded", options.preemptionBound());
            case MAX_EXECUTIONS -> texts.text("explore.stop.max-executions",
                    number(BigInteger.valueOf(options.maxExecutions())));
            case MAX_STATES -> texts.text("explore.stop.max-states", number(BigInteger.valueOf(options.maxStates())));
            case STOPPED -> texts.text("explore.stop.stopped", maxSeconds == null ? "?" : secondsText(maxSeconds));
            case FIRST_DEADLOCK -> texts.text("explore.stop.first-deadlock");
            case EXHAUSTED -> throw new IllegalStateException("a complete search has no reason to tell");
        };
    }

    /** {@code N = 2, x = 3}: each global as Python's repr shows its value. */
    private static String globals(Map<String, Object> globals) {
        List<String> parts = new ArrayList<>();
        globals.forEach((name, value) -> parts.add(name + " = " + PythonText.repr(value)));
        return String.join(", ", parts);
    }

    static String number(BigInteger n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The share in per cent with one decimal: {@code 47.1}. */
    static String share(BigInteger count, BigInteger total) {
        if (total.signum() == 0) {
            return "0.0";
        }
        return new BigDecimal(count).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(total), 1, RoundingMode.HALF_UP).toPlainString();
    }

    static String secondsText(double seconds) {
        return BigDecimal.valueOf(seconds).setScale(seconds < 10 ? 3 : 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A probability as a percentage with three significant digits: {@code 1.23%}. */
    private static String probability(double p) {
        return new BigDecimal(p * 100).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() + "%";
    }
}
