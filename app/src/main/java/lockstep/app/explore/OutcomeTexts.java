package lockstep.app.explore;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import lockstep.app.i18n.I18n;
import lockstep.sim.RunStatus;
import lockstep.sim.explore.Outcome;

/**
 * The words and numbers of one outcome in the table: its count with thousands separators, its share, its status,
 * and a short form of what it ends with — the globals that tell it from the other outcomes ("x = 231"), and its
 * output when outputs differ.
 */
final class OutcomeTexts {
    /** The longest short form before it is cut with an ellipsis. */
    static final int SHORT_FORM_LENGTH = 90;

    private OutcomeTexts() {}

    /** {@code count} with the language's thousands separators. */
    static String count(BigInteger count, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** {@code count} of {@code total}, between 0 and 1. */
    static double share(BigInteger count, BigInteger total) {
        if (total.signum() <= 0) {
            return 0;
        }
        return new BigDecimal(count).divide(new BigDecimal(total), MathContext.DECIMAL64).doubleValue();
    }

    /** The share as a percentage with one decimal, in the language's digits ("99.3%"). */
    static String percent(BigInteger count, BigInteger total, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share(count, total));
    }

    static String status(RunStatus status, I18n i18n) {
        return i18n.get("explore.status." + status.jsonName().replace('-', '_'));
    }

    /**
     * What {@code outcome} ends with, told apart from {@code all}: the globals whose final value is not the same in
     * every outcome, and the output when the outputs differ and status, globals and problem do not tell every
     * outcome apart; when nothing differs (one outcome), every global, or else the output.
     */
    static String shortForm(Outcome outcome, List<Outcome> all, I18n i18n) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : outcome.globals().entrySet()) {
            if (!sameEverywhere(e.getKey(), e.getValue(), all)) {
                parts.add(e.getKey() + " = " + PythonValues.repr(e.getValue()));
            }
        }
        boolean outputsDiffer = all.stream().anyMatch(o -> !o.output().equals(outcome.output()));
        if (outputsDiffer && !toldApartWithoutOutput(all)) {
            parts.add(output(outcome, i18n));
        }
        String text;
        if (!parts.isEmpty()) {
            text = String.join(", ", parts);
        } else if (!outcome.globals().isEmpty()) {
            text = PythonValues.assignments(outcome.globals());
        } else if (!outcome.output().isEmpty()) {
            text = output(outcome, i18n);
        } else {
            text = i18n.get("explore.nothing");
        }
        return cut(text);
    }

    /** The outcome as the summary sentence names it: what it ends with, or the deadlock or error it ends in. */
    static String describe(Outcome outcome, List<Outcome> all, I18n i18n) {
        return switch (outcome.status()) {
            case COMPLETED -> shortForm(outcome, all, i18n);
            case DEADLOCK -> i18n.get("explore.describe.deadlock", problem(outcome));
            case ERROR -> i18n.get("explore.describe.error", problem(outcome));
            case STEP_LIMIT -> i18n.get("explore.describe.step_limit");
            case INTERNAL_ERROR -> i18n.get("explore.describe.internal_error", problem(outcome));
        };
    }

    /** The deadlock's cycle or the exception, or empty. */
    static String problem(Outcome outcome) {
        return outcome.problem() == null ? "" : outcome.problem();
    }

    private static String output(Outcome outcome, I18n i18n) {
        return i18n.get("explore.output", outcome.output().isEmpty() ? i18n.get("explore.nothing")
                : String.join(" ⏎ ", outcome.output()));
    }

    /** Whether no two outcomes have the same status, globals and problem (so only their output differs). */
    private static boolean toldApartWithoutOutput(List<Outcome> all) {
        return all.stream().map(o -> List.of(o.status(), o.globals(), problem(o))).distinct().count() == all.size();
    }

    private static boolean sameEverywhere(String name, Object value, List<Outcome> all) {
        for (Outcome o : all) {
            if (!o.globals().containsKey(name) || !Objects.equals(o.globals().get(name), value)) {
                return false;
            }
        }
        return true;
    }

    private static String cut(String text) {
        return text.length() <= SHORT_FORM_LENGTH ? text : text.substring(0, SHORT_FORM_LENGTH - 1) + "…";
    }
}
