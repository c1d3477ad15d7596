package lockstep.sim.runtime;

/**
 * The size a format spec or a {@code %} template asks for, read before any formatting: a width or precision of a
 * billion builds a billion characters, which the run is charged for (or refused with {@code MemoryError}) first.
 */
final class FormatBounds {
    private FormatBounds() {}

    /** The largest number written in {@code spec} (its width or precision), 0 when none. */
    static long specSize(String spec) {
        return largestNumber(spec, 0, spec.length());
    }

    /** The largest width or precision of the conversions of a {@code %} template, 0 when none. */
    static long percentSize(String template) {
        long largest = 0;
        int i = template.indexOf('%');
        while (i >= 0 && i + 1 < template.length()) {
            int end = i + 1;
            while (end < template.length() && "0123456789.-+ #*".indexOf(template.charAt(end)) >= 0) {
                end++;
            }
            largest = Math.max(largest, largestNumber(template, i + 1, end));
            i = template.indexOf('%', Math.max(end, i + 2));
        }
        return largest;
    }

    private static long largestNumber(String text, int from, int to) {
        long largest = 0;
        long current = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                current = current > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : current * 10 + (c - '0');
                largest = Math.max(largest, current);
            } else {
                current = 0;
            }
        }
        return largest;
    }
}
