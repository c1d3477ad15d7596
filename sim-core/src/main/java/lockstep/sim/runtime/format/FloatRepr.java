package lockstep.sim.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Python floats as text, and Python's {@code round} on floats. */
public final class FloatRepr {
    private FloatRepr() {
    }

    /**
     * {@code repr(x)} and {@code str(x)}: the shortest digits that read back as {@code x}; positional for
     * {@code 1e-4 <= |x| < 1e16} (always with a fractional part, {@code 100.0}), otherwise scientific
     * ({@code 1e+16}, {@code 1.5e-05}); {@code inf}, {@code -inf}, {@code nan}, {@code -0.0}.
     */
    public static String repr(double x) {
        return FloatText.format(x, 'r', 0, FloatText.ADD_DOT_0);
    }

    /** {@code '%.{precision}e' % x}; {@code upper} gives {@code E} and {@code INF}/{@code NAN}. */
    public static String formatE(double x, int precision, boolean upper) {
        return FloatText.format(x, upper ? 'E' : 'e', precision, 0);
    }

    /** {@code '%.{precision}f' % x}: exact decimal digits of the double, rounded half-even. */
    public static String formatF(double x, int precision, boolean upper) {
        return FloatText.format(x, upper ? 'F' : 'f', precision, 0);
    }

    /** {@code '%.{precision}g' % x}: precision 0 counts as 1; trailing zeros dropped. */
    public static String formatG(double x, int precision, boolean upper) {
        return FloatText.format(x, upper ? 'G' : 'g', precision, 0);
    }

    /** Largest ndigits that can change a double, and smallest that can leave it non-zero (as in CPython). */
    private static final int NDIGITS_MAX = (int) ((53 - (-1021)) * 0.30103);
    private static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

    /**
     * {@code round(x, ndigits)}: the exact decimal value of {@code x} rounded half-even to {@code ndigits} places
     * (negative: tens, hundreds, ...), read back as a double. {@code round(2.675, 2) == 2.67}. A zero result keeps
     * the sign of {@code x}; inf and nan are returned unchanged.
     *
     * @throws FormatError OverflowError "rounded value too large to represent"
     */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x) || ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN || x == 0) {
            return 0.0 * x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return Math.copySign(0.0, x);
        }
        double result = Double.parseDouble(rounded.toString());
        if (Double.isInfinite(result)) {
            throw FormatError.overflowError("rounded value too large to represent");
        }
        return result;
    }

    /**
     * {@code round(x)} without ndigits: the nearest int, ties to even ({@code round(0.5) == 0},
     * {@code round(1.5) == 2}).
     *
     * @throws FormatError OverflowError for infinities, ValueError for nan
     */
    public static BigInteger roundToInt(double x) {
        checkIntegral(x);
        return new BigDecimal(x).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    /**
     * {@code int(x)}: truncation toward zero.
     *
     * @throws FormatError OverflowError for infinities, ValueError for nan
     */
    public static BigInteger truncate(double x) {
        checkIntegral(x);
        return new BigDecimal(x).toBigInteger();
    }

    private static void checkIntegral(double x) {
        if (Double.isNaN(x)) {
            throw FormatError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw FormatError.overflowError("cannot convert float infinity to integer");
        }
    }
}
