package lockstep.sim.runtime.format;

import java.math.BigInteger;

/** Python ints as text ({@code str}, {@code bin}, {@code oct}, {@code hex}) and as floats. */
public final class IntFormat {
    private IntFormat() {
    }

    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int MAX_STR_DIGITS = 4300;

    /**
     * {@code str(v)}.
     *
     * @throws FormatError ValueError when the result would have more than {@link #MAX_STR_DIGITS} digits, as
     *     CPython 3.11 refuses such conversions
     */
    public static String decimal(BigInteger v) {
        // A quick bound first so that huge values are refused before the costly conversion.
        if ((long) v.bitLength() * 0.30103 > MAX_STR_DIGITS + 1) {
            throw tooManyDigits();
        }
        String text = v.toString();
        if (text.length() - (v.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) {
            throw tooManyDigits();
        }
        return text;
    }

    private static FormatError tooManyDigits() {
        return FormatError.valueError("Exceeds the limit (" + MAX_STR_DIGITS
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /**
     * Python's {@code _PyLong_Format}: radix 10 is {@link #decimal}; radix 2, 8 and 16 give
     * {@code bin}/{@code oct}/{@code hex} with their prefix after the sign: {@code bin(-5) == "-0b101"},
     * {@code hex(255) == "0xff"}, {@code oct(8) == "0o10"}.
     */
    public static String toString(BigInteger v, int radix) {
        String prefix;
        switch (radix) {
            case 10:
                return decimal(v);
            case 2:
                prefix = "0b";
                break;
            case 8:
                prefix = "0o";
                break;
            case 16:
                prefix = "0x";
                break;
            default:
                throw new IllegalArgumentException("radix " + radix);
        }
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /**
     * {@code float(v)}: correctly rounded (half-even), as CPython's {@code PyLong_AsDouble}.
     *
     * @throws FormatError OverflowError "int too large to convert to float"
     */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("int too large to convert to float");
        }
        return d;
    }
}
