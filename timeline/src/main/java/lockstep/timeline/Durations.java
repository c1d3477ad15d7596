package lockstep.timeline;

import java.math.BigDecimal;
import lockstep.sim.trace.Narration;

/**
 * Short texts for virtual durations and times, as narration so that each language writes its unit: {@code 0.1 s},
 * {@code 250 µs} in English, {@code 0.1 秒}, {@code 250 微秒} in Chinese ({@code duration.*} keys).
 */
final class Durations {
    private Durations() {}

    /** Seconds with up to six significant digits and no trailing zeros. */
    static Narration seconds(double seconds) {
        BigDecimal value = new BigDecimal(seconds).round(new java.math.MathContext(6)).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return Narration.of("duration.s", value.toPlainString());
    }

    /** A virtual time in the unit that suits it: {@code 0 s}, {@code 12 µs}, {@code 3.4 ms}, {@code 1.25 s}. */
    static Narration time(long nanos) {
        if (nanos == 0) {
            return Narration.of("duration.s", "0");
        }
        if (nanos < 1_000_000) {
            return Narration.of("duration.us", trim(nanos / 1e3));
        }
        if (nanos < 1_000_000_000) {
            return Narration.of("duration.ms", trim(nanos / 1e6));
        }
        return Narration.of("duration.s", trim(nanos / 1e9));
    }

    private static String trim(double value) {
        BigDecimal d = new BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.toPlainString();
    }
}
