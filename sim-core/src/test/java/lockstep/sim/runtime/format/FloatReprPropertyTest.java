package lockstep.sim.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** repr(float) on 20,000 seeded-random bit patterns: reads back exactly, with no digit to spare, laid out as CPython's. */
class FloatReprPropertyTest {
    private static final long SEED = 0x5EED_F10A7L;
    private static final int COUNT = 20_000;
    private static final Pattern POSITIONAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern SCIENTIFIC = Pattern.compile("-?\\d(\\.\\d+)?e[+-]\\d{2,3}");

    @Test
    void randomDoublesRoundTripWithMinimalDigits() {
        SplittableRandom random = new SplittableRandom(SEED);
        int finite = 0;
        for (int i = 0; i < COUNT; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            String repr = FloatRepr.repr(x);
            if (!Double.isFinite(x)) {
                assertEquals(Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf", repr);
                continue;
            }
            finite++;
            assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(Double.parseDouble(repr)),
                    () -> repr + " does not read back as " + x);

            BigDecimal shown = new BigDecimal(repr);
            int digits = shown.stripTrailingZeros().precision();
            if (digits > 1) {
                // Any shorter string that reads back would make one of the two nearest shorter decimals read back.
                for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                    BigDecimal shorter = shown.round(new MathContext(digits - 1, mode));
                    assertNotEquals(x, Double.parseDouble(shorter.toString()),
                            () -> repr + " is not shortest: " + shorter + " also reads back");
                }
            }

            int exponent = shown.precision() - shown.scale() - 1;
            boolean scientific = exponent < -4 || exponent >= 16;
            assertTrue((scientific ? SCIENTIFIC : POSITIONAL).matcher(repr).matches(),
                    () -> repr + " has the wrong layout");
        }
        assertTrue(finite > COUNT * 0.99, "finite samples: " + finite);
    }

    @Test
    void shortestWhereJavaToStringIsNot() {
        // JDK-4511638: Java 17 prints these as 9.999999999999999E22, 8.409999999999999E21 and 4.9E-324.
        assertEquals("1e+23", FloatRepr.repr(1e23));
        assertEquals("8.41e+21", FloatRepr.repr(8.41e21));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
    }
}
