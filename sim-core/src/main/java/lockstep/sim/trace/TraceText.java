package lockstep.sim.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * The fixed-column text rendering of steps, used by {@code lockstep run --trace}, logs and golden files:
 *
 * <pre>
 *         TIME  THREAD        LINE  OP                        NARRATION
 *     0.000000  MainThread       1  LOAD_CONST 0              ...
 * </pre>
 *
 * Time is virtual seconds with 6 decimals, right-aligned; the thread name and the micro-op are padded to fixed
 * widths (a longer one is cut, ending in {@code ~}); the line is right-aligned; the narration, last, is rendered by a
 * {@link NarrationRenderer} in the chosen language (or any function from narration to text). At the operation and
 * line grains an {@link Operation} takes a step's place, its OP column the range of micro-ops it holds. Pure: the
 * same steps give the same text.
 */
public final class TraceText {
    public static final int TIME_WIDTH = 12;
    public static final int THREAD_WIDTH = 12;
    public static final int LINE_WIDTH = 5;
    public static final int OP_WIDTH = 24;
    private static final String GAP = "  ";

    private final Function<Narration, String> narrator;

    public TraceText(Function<Narration, String> narrator) {
        this.narrator = narrator;
    }

    /** Narration rendered by {@link NarrationRenderer} in {@code en} or {@code zh}. */
    public static TraceText forLanguage(String language) {
        return new TraceText(NarrationRenderer.forLanguage(language)::render);
    }

    /**
     * The column titles in the narration's language, aligned with {@link #line(Step)}: a Chinese title is padded by
     * the columns it takes on a terminal (two a character), so the titles stand over their columns.
     */
    public String header() {
        return padShown(title("time"), TIME_WIDTH, true) + GAP + padShown(title("thread"), THREAD_WIDTH, false) + GAP
                + padShown(title("line"), LINE_WIDTH, true) + GAP + padShown(title("op"), OP_WIDTH, false) + GAP
                + title("narration");
    }

    private String title(String column) {
        return narrator.apply(Narration.of("trace.column." + column));
    }

    /** {@code text} padded with spaces to {@code width} terminal columns, on the left when {@code right}-aligned. */
    private static String padShown(String text, int width, boolean right) {
        int shown = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1)
                .sum();
        String pad = " ".repeat(Math.max(0, width - shown));
        return right ? pad + text : text + pad;
    }

    /** One step as one line, without a line break. */
    public String line(Step step) {
        return row(step.timeNanos(), step.runner(), step.line(), step.opName(), step.narration());
    }

    /**
     * One operation or line step as one line in the same columns: the range of micro-ops it holds where a step has
     * its micro-op ({@code #12..15}), the time of its first step.
     */
    public String line(Operation group) {
        return row(group.timeNanos(), group.runner(), group.line(), group.range(), group.narration());
    }

    /** A scenario's note on a line, indented under the step or event that reached it. */
    public String note(String text) {
        return " ".repeat(TIME_WIDTH + GAP.length()) + "» " + text;
    }

    /**
     * One retained event as one line in the same columns, its kind where a step has its micro-op; {@code names} is the
     * run's trace, whose thread table names the threads.
     */
    public String line(TraceEvent event, Trace names) {
        String runner = event.task() != null ? event.task() : names.threadName(event.thread());
        return row(event.timeNanos(), runner, event.line(), event.kind().name(), EventNarrator.narrate(event, names));
    }

    private String row(long nanos, String runner, int line, String what, Narration narration) {
        return padLeft(seconds(nanos), TIME_WIDTH) + GAP + fit(runner, THREAD_WIDTH) + GAP
                + padLeft(Integer.toString(line), LINE_WIDTH) + GAP + fit(what, OP_WIDTH) + GAP
                + narrator.apply(narration);
    }

    /** Virtual nanoseconds as seconds with exactly 6 decimals, rounded half-even: 45000 is {@code 0.000045}. */
    public static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    /** Exactly {@code width} characters: padded on the right, or cut with a final {@code ~}. */
    private static String fit(String text, int width) {
        if (text.length() <= width) {
            return text + " ".repeat(width - text.length());
        }
        return text.substring(0, width - 1) + "~";
    }
}
