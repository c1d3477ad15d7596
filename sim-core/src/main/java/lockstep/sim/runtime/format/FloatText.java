package lockstep.sim.runtime.format;

/**
 * CPython's {@code PyOS_double_to_string} / {@code format_float_short}: lays out the digits of a double for the
 * codes {@code e E f F g G} and {@code r} (repr). Everything else (padding, grouping, signs requested by a spec)
 * happens in the callers.
 */
final class FloatText {
    private FloatText() {
    }

    /** Alternate form: keep a trailing '.', keep trailing zeros for 'g'. */
    static final int ALT = 1;
    /** Empty presentation type: positional integral results get ".0". */
    static final int ADD_DOT_0 = 2;
    /** The 'z' option: a result that rounds to zero loses its minus sign. */
    static final int NO_NEG_0 = 4;
    /** Write '+' for non-negative values. */
    static final int SIGN = 8;

    /**
     * A double's exact decimal expansion has at most 1,074 digits after the point and 767 significant ones: asking
     * for more gives only zeros, which the padding below writes, so a precision of a million costs no arithmetic.
     */
    private static final int EXACT_FRACTION = 1_100;
    private static final int EXACT_SIGNIFICANT = 800;

    /**
     * @param code one of {@code e E f F g G r}
     * @param precision digits after the point (e, f), significant digits (g; 0 means 1); must be 0 for r
     */
    static String format(double x, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char kind = Character.toLowerCase(code);
        boolean alt = (flags & ALT) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alwaysSign = (flags & SIGN) != 0;
        if (Double.isNaN(x)) {
            return (alwaysSign ? "+" : "") + (upper ? "NAN" : "nan");
        }
        if (Double.isInfinite(x)) {
            return (x < 0 ? "-" : alwaysSign ? "+" : "") + (upper ? "INF" : "inf");
        }

        Dtoa.Digits d;
        switch (kind) {
            case 'e':
                precision++;
                d = Dtoa.significant(x, Math.min(precision, EXACT_SIGNIFICANT));
                break;
            case 'f':
                d = Dtoa.fixed(x, Math.min(precision, EXACT_FRACTION));
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                d = Dtoa.significant(x, Math.min(precision, EXACT_SIGNIFICANT));
                break;
            case 'r':
                d = Dtoa.shortest(x);
                break;
            default:
                throw new IllegalArgumentException("format code " + code);
        }
        String digits = d.digits();
        int digitsLen = digits.length();
        long decpt = d.decpt();
        boolean negative = d.negative() && !((flags & NO_NEG_0) != 0 && d.isZero());

        // Output is the slice [vStart, vEnd) of the digits padded with zeros on both sides.
        long vEnd = digitsLen;
        boolean useExp = false;
        switch (kind) {
            case 'e':
                useExp = true;
                vEnd = precision;
                break;
            case 'f':
                vEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vEnd = precision;
                }
                break;
            default: // 'r': exponent from 1e16 on
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        long exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        long vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }

        StringBuilder out = new StringBuilder();
        if (negative) {
            out.append('-');
        } else if (alwaysSign) {
            out.append('+');
        }
        if (decpt <= 0) {
            zeros(out, decpt - vStart);
            out.append('.');
            zeros(out, -decpt);
        } else {
            zeros(out, -vStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            out.append(digits, 0, (int) decpt).append('.').append(digits, (int) decpt, digitsLen);
        } else {
            out.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(out, decpt - digitsLen);
            out.append('.');
            zeros(out, vEnd - decpt);
        } else {
            zeros(out, vEnd - digitsLen);
        }
        if (out.charAt(out.length() - 1) == '.' && !alt) {
            out.setLength(out.length() - 1);
        }
        if (useExp) {
            out.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            long magnitude = Math.abs(exp);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        }
        return out.toString();
    }

    private static void zeros(StringBuilder out, long count) {
        for (long i = 0; i < count; i++) {
            out.append('0');
        }
    }
}
