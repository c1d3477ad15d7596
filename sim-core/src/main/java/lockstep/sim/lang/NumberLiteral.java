package lockstep.sim.lang;

import java.math.BigInteger;

/** The value of a NUMBER token (already checked by the tokenizer). */
final class NumberLiteral {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private NumberLiteral() {}

    /** A {@link Long}, a {@link BigInteger} when too big for a long, a {@link Double}; null for imaginary numbers. */
    static Object value(String text) {
        String s = text.replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return null;
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            int radix = switch (s.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return integer(new BigInteger(s.substring(2), radix));
            }
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return Double.parseDouble(s);
        }
        return integer(new BigInteger(s));
    }

    private static Object integer(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
            return v.longValue();
        }
        return v;
    }
}
