package lockstep.timeline;

import java.math.BigDecimal;

/** Short texts for virtual durations and times, the same in every language: {@code 0.1 s}, {@code 250 µs}. */
final class Durations {
    private Durations() {}

    /** Seconds with up to six significant digits and no trailing zeros. */
    static String seconds(double seconds) {
        BigDecimal value = new BigDecimal(seconds).round(new java.math.MathContext(6)).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return value.toPlainString() + " s";
    }

    /** A virtual time in the unit that suits it: {@code 0 s}, {@code 12 µs}, {@code 3.4 ms}, {@code 1.25 s}. */
    static String time(long nanos) {
        if (nanos == 0) {
            return "0 s";
        }
        if (nanos < 1_000_000) {
            return trim(nanos / 1e3) + " \u00b5s";
        }
        if (nanos < 1_000_000_000) {
            return trim(nanos / 1e6) + " ms";
        }
        return trim(nanos / 1e9) + " s";
    }

    private static String trim(double value) {
        BigDecimal d = new BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.toPlainString();
    }
}
