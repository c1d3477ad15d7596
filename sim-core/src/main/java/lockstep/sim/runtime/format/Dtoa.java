package lockstep.sim.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digits of a finite double, as David Gay's {@code _Py_dg_dtoa} hands them to CPython: a digit string
 * without trailing zeros and the position of the decimal point. Exact arithmetic only; Java's
 * {@code Double.toString} is not used because it is not always shortest (JDK-4511638).
 */
final class Dtoa {
    private Dtoa() {
    }

    /**
     * {@code value = 0.digits × 10^decpt}, sign apart. Zero (and any value rounded to zero) is {@code "0"} with
     * decpt 1. {@code negative} is the sign bit of the input, so it is set for {@code -0.0}.
     */
    record Digits(boolean negative, String digits, int decpt) {
        boolean isZero() {
            return digits.equals("0");
        }
    }

    private static final double LOG10_2 = 0.30102999566398119521;

    /** Mode 0: the shortest digits that read back as {@code x}, nearest to {@code x} among the shortest. */
    static Digits shortest(double x) {
        long bits = Double.doubleToRawLongBits(x);
        boolean negative = bits < 0;
        long fraction = bits & ((1L << 52) - 1);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        if (biased == 0 && fraction == 0) {
            return new Digits(negative, "0", 1);
        }
        long f = biased == 0 ? fraction : fraction | (1L << 52);
        int e = biased == 0 ? -1074 : biased - 1075;
        // Round-half-even reading accepts a boundary exactly when the mantissa is even.
        boolean even = (f & 1) == 0;
        // At a power of two (above the smallest normal) the gap below is half the gap above.
        boolean unequalGaps = fraction == 0 && biased > 1;

        // Burger & Dybvig / Steele & White: x = r/s, the rounding interval is (x - mMinus/s, x + mPlus/s).
        BigInteger big = BigInteger.valueOf(f);
        BigInteger r;
        BigInteger s;
        BigInteger mPlus;
        BigInteger mMinus;
        if (e >= 0) {
            BigInteger gap = BigInteger.ONE.shiftLeft(e);
            if (unequalGaps) {
                r = big.shiftLeft(e + 2);
                s = BigInteger.valueOf(4);
                mPlus = gap.shiftLeft(1);
            } else {
                r = big.shiftLeft(e + 1);
                s = BigInteger.TWO;
                mPlus = gap;
            }
            mMinus = gap;
        } else if (unequalGaps) {
            r = big.shiftLeft(2);
            s = BigInteger.ONE.shiftLeft(2 - e);
            mPlus = BigInteger.TWO;
            mMinus = BigInteger.ONE;
        } else {
            r = big.shiftLeft(1);
            s = BigInteger.ONE.shiftLeft(1 - e);
            mPlus = BigInteger.ONE;
            mMinus = BigInteger.ONE;
        }

        // k: the decimal point position, raised until the upper end of the interval is below 10^k.
        int bitLength = 64 - Long.numberOfLeadingZeros(f);
        int k = (int) Math.ceil((e + bitLength - 1) * LOG10_2 - 1e-10);
        if (k >= 0) {
            s = s.multiply(BigInteger.TEN.pow(k));
        } else {
            BigInteger scale = BigInteger.TEN.pow(-k);
            r = r.multiply(scale);
            mPlus = mPlus.multiply(scale);
            mMinus = mMinus.multiply(scale);
        }
        while (true) {
            int high = r.add(mPlus).compareTo(s);
            if (high < 0 || (high == 0 && !even)) {
                break;
            }
            s = s.multiply(BigInteger.TEN);
            k++;
        }

        // Digit loop with the termination and last-digit rules of Gay's mode 0.
        StringBuilder digits = new StringBuilder(17);
        while (true) {
            r = r.multiply(BigInteger.TEN);
            mPlus = mPlus.multiply(BigInteger.TEN);
            mMinus = mMinus.multiply(BigInteger.TEN);
            BigInteger[] qr = r.divideAndRemainder(s);
            int dig = qr[0].intValue();
            r = qr[1];
            int j = r.compareTo(mMinus);
            int j1 = r.add(mPlus).compareTo(s);
            if (j1 == 0 && even) {
                if (dig == 9) {
                    k = roundNineUp(digits, k);
                    break;
                }
                if (j > 0) {
                    dig++;
                }
                digits.append((char) ('0' + dig));
                break;
            }
            if (j < 0 || (j == 0 && even)) {
                if (r.signum() != 0 && j1 > 0) {
                    int c = r.shiftLeft(1).compareTo(s);
                    if (c > 0 || (c == 0 && (dig & 1) == 1)) {
                        if (dig == 9) {
                            k = roundNineUp(digits, k);
                            break;
                        }
                        dig++;
                    }
                }
                digits.append((char) ('0' + dig));
                break;
            }
            if (j1 > 0) {
                if (dig == 9) {
                    k = roundNineUp(digits, k);
                    break;
                }
                digits.append((char) ('0' + dig + 1));
                break;
            }
            digits.append((char) ('0' + dig));
        }
        return new Digits(negative, stripZeros(digits.toString()), k);
    }

    /** Appends a final 9 rounded up: carries into earlier digits; returns the (possibly moved) decimal point. */
    private static int roundNineUp(StringBuilder digits, int decpt) {
        int i = digits.length() - 1;
        while (i >= 0 && digits.charAt(i) == '9') {
            i--;
        }
        if (i < 0) {
            digits.setLength(0);
            digits.append('1');
            return decpt + 1;
        }
        digits.setCharAt(i, (char) (digits.charAt(i) + 1));
        digits.setLength(i + 1);
        return decpt;
    }

    /** Mode 2: {@code n >= 1} significant digits, correctly rounded half-even on the exact binary value. */
    static Digits significant(double x, int n) {
        if (x == 0) {
            return new Digits(signBit(x), "0", 1);
        }
        BigDecimal rounded = new BigDecimal(Math.abs(x)).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return fromDecimal(signBit(x), rounded);
    }

    /** Mode 3: {@code n} digits after the decimal point (n may be negative), correctly rounded half-even. */
    static Digits fixed(double x, int n) {
        if (x == 0) {
            return new Digits(signBit(x), "0", 1);
        }
        BigDecimal rounded = new BigDecimal(Math.abs(x)).setScale(n, RoundingMode.HALF_EVEN);
        return fromDecimal(signBit(x), rounded);
    }

    private static Digits fromDecimal(boolean negative, BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.signum() == 0) {
            return new Digits(negative, "0", 1);
        }
        String text = unscaled.toString();
        return new Digits(negative, stripZeros(text), text.length() - value.scale());
    }

    private static boolean signBit(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
