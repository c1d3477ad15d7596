package lockstep.sim;

import java.util.regex.Pattern;

/**
 * What CPython prints differently from one run to the next, replaced by a placeholder on both sides before a corpus
 * program's outputs are compared. Each is named in the manifest's {@code masks} column of the programs that need it.
 */
enum CorpusMask {
    /** Object addresses in reprs: {@code <Thread(...) at 0x7f...>}. */
    ADDR("addr", "0x[0-9a-fA-F]+", "<addr>"),
    /**
     * Wall-clock dates and times: logging's {@code %(asctime)s}, {@code datetime.now()}, {@code time.ctime()} (its
     * year too: Lockstep's clock starts in 2023).
     */
    CLOCK("clock", "\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?: \\d{4})?|\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \\d]\\d", "<clock>"),
    /** Numbers with a fraction: elapsed times, {@code time.time()}, {@code random.random()}. */
    FLOAT("float", "-?\\d+\\.\\d+(?:e-?\\d+)?", "<float>"),
    /** Every whole number: process ids, thread idents, random integers, counters a race decides. */
    INT("int", "\\d+", "<int>");

    final String label;
    final Pattern pattern;
    final String placeholder;

    CorpusMask(String label, String regex, String placeholder) {
        this.label = label;
        this.pattern = Pattern.compile(regex);
        this.placeholder = placeholder;
    }

    static CorpusMask named(String name, String where) {
        for (CorpusMask mask : values()) {
            if (mask.label.equals(name)) {
                return mask;
            }
        }
        throw new IllegalStateException(where + ": unknown mask \"" + name + "\"");
    }

    String apply(String text) {
        return pattern.matcher(text).replaceAll(placeholder);
    }
}
