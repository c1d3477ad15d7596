package lockstep.sim.runtime.format;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Printf-style {@code template % args}, following CPython's {@code PyUnicode_Format} step for step (including
 * its order of errors and its quirks, e.g. {@code 'abc' % {}} is {@code 'abc'}).
 *
 * <p>{@code args} is a {@code List} for a tuple (its items), a {@code Map<String, Object>} for a dict, or any other
 * single value. A dict (or anything {@link Stringer#isMapping} accepts) is the mapping for {@code %(key)s} and also
 * an ordinary single value for {@code %s}. Values: {@code Long}/{@code Integer}/{@code BigInteger} int,
 * {@code Boolean} bool (an int: {@code '%d' % True} is {@code 1}), {@code Double} float, {@code String} str;
 * anything else is known only through the {@link Stringer} (str/repr/type name) and counts as neither a number
 * nor a character (objects with {@code __int__}/{@code __float__}/{@code __index__} must be converted by the
 * caller first).
 */
public final class PercentFormat {
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    private final int[] fmt;
    private final Stringer stringer;
    private final Object dict;
    private int fmtpos;
    private int fmtcnt;
    private Object args;
    private int arglen;
    private int argidx;

    /** One conversion being parsed and written. */
    private static final class Arg {
        int ch;
        int flags;
        long width = -1;
        int prec = -1;
        boolean sign;
    }

    private PercentFormat(String template, Object args, Stringer stringer) {
        this.fmt = template.codePoints().toArray();
        this.stringer = stringer;
        this.args = args;
        if (args instanceof List<?> tuple) {
            arglen = tuple.size();
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        boolean mapping = !(args instanceof List) && !(args instanceof String) && stringer.isMapping(args);
        this.dict = mapping ? args : null;
    }

    /**
     * {@code template % args}.
     *
     * @throws FormatError with CPython's type and message, e.g. TypeError "not enough arguments for format string"
     */
    public static String format(String template, Object args, Stringer stringer) {
        return new PercentFormat(template, args, stringer).run();
    }

    private String run() {
        StringBuilder out = new StringBuilder();
        int n = fmt.length;
        while (fmtpos < n) {
            if (fmt[fmtpos] != '%') {
                int start = fmtpos;
                while (fmtpos < n && fmt[fmtpos] != '%') {
                    fmtpos++;
                }
                out.append(new String(fmt, start, fmtpos - start));
                continue;
            }
            fmtpos++;
            fmtcnt = n - fmtpos;
            formatArg(out);
        }
        if (argidx < arglen && dict == null) {
            throw FormatError.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /** The code point at i, or 0 past the end (CPython reads the terminating NUL there). */
    private int read(int i) {
        return i < fmt.length ? fmt[i] : 0;
    }

    private Object nextArg() {
        if (argidx < arglen) {
            int index = argidx++;
            return arglen < 0 ? args : ((List<?>) args).get(index);
        }
        throw FormatError.typeError("not enough arguments for format string");
    }

    private void formatArg(StringBuilder out) {
        Arg arg = new Arg();
        arg.ch = read(fmtpos);
        if (arg.ch == '%') {
            fmtpos++;
            fmtcnt--;
            out.append('%');
            return;
        }
        parseArg(arg);
        output(arg, convert(arg), out);
        if (dict != null && argidx < arglen) {
            throw FormatError.typeError("not all arguments converted during string formatting");
        }
    }

    private void parseArg(Arg arg) {
        if (arg.ch == '(') {
            if (dict == null) {
                throw FormatError.typeError("format requires a mapping");
            }
            ++fmtpos;
            --fmtcnt;
            int keystart = fmtpos;
            int pcount = 1;
            while (pcount > 0 && --fmtcnt >= 0) {
                arg.ch = read(fmtpos);
                if (arg.ch == ')') {
                    --pcount;
                } else if (arg.ch == '(') {
                    ++pcount;
                }
                fmtpos++;
            }
            int keylen = fmtpos - keystart - 1;
            if (fmtcnt < 0 || pcount > 0) {
                throw FormatError.valueError("incomplete format key");
            }
            args = stringer.getItem(dict, new String(fmt, keystart, keylen));
            arglen = -1;
            argidx = -2;
        }
        flags:
        while (--fmtcnt >= 0) {
            arg.ch = read(fmtpos);
            fmtpos++;
            switch (arg.ch) {
                case '-':
                    arg.flags |= F_LJUST;
                    continue;
                case '+':
                    arg.flags |= F_SIGN;
                    continue;
                case ' ':
                    arg.flags |= F_BLANK;
                    continue;
                case '#':
                    arg.flags |= F_ALT;
                    continue;
                case '0':
                    arg.flags |= F_ZERO;
                    continue;
                default:
                    break flags;
            }
        }
        if (arg.ch == '*') {
            BigInteger w = starArg();
            if (w.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C ssize_t");
            }
            arg.width = w.longValue();
            if (arg.width < 0) {
                arg.flags |= F_LJUST;
                arg.width = -arg.width;
            }
            advance(arg);
        } else if (arg.ch >= '0' && arg.ch <= '9') {
            arg.width = arg.ch - '0';
            while (--fmtcnt >= 0) {
                arg.ch = read(fmtpos);
                fmtpos++;
                if (arg.ch < '0' || arg.ch > '9') {
                    break;
                }
                if (arg.width > (Long.MAX_VALUE - (arg.ch - '0')) / 10) {
                    throw FormatError.valueError("width too big");
                }
                arg.width = arg.width * 10 + (arg.ch - '0');
            }
        }
        if (arg.ch == '.') {
            arg.prec = 0;
            advance(arg);
            if (arg.ch == '*') {
                BigInteger p = starArg();
                if (p.bitLength() > 31) {
                    throw FormatError.overflowError("Python int too large to convert to C int");
                }
                arg.prec = Math.max(0, p.intValue());
                advance(arg);
            } else if (arg.ch >= '0' && arg.ch <= '9') {
                arg.prec = arg.ch - '0';
                while (--fmtcnt >= 0) {
                    arg.ch = read(fmtpos);
                    fmtpos++;
                    if (arg.ch < '0' || arg.ch > '9') {
                        break;
                    }
                    if (arg.prec > (Integer.MAX_VALUE - (arg.ch - '0')) / 10) {
                        throw FormatError.valueError("precision too big");
                    }
                    arg.prec = arg.prec * 10 + (arg.ch - '0');
                }
            }
        }
        // Length modifiers are accepted and ignored, as in C: "%ld".
        if (fmtcnt >= 0 && (arg.ch == 'h' || arg.ch == 'l' || arg.ch == 'L')) {
            advance(arg);
        }
        if (fmtcnt < 0) {
            throw FormatError.valueError("incomplete format");
        }
    }

    private void advance(Arg arg) {
        if (--fmtcnt >= 0) {
            arg.ch = read(fmtpos);
            fmtpos++;
        }
    }

    /** The argument consumed by a '*' width or precision. */
    private BigInteger starArg() {
        BigInteger value = PyValues.asInt(nextArg());
        if (value == null) {
            throw FormatError.typeError("* wants int");
        }
        return value;
    }

    /** CPython's {@code unicode_format_arg_format}: the text of one conversion, before padding. */
    private String convert(Arg arg) {
        Object v = nextArg();
        switch (arg.ch) {
            case 's':
                return v instanceof String s ? s : stringer.str(v);
            case 'r':
                return stringer.repr(v);
            case 'a':
                return PyValues.ascii(stringer.repr(v));
            case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
                arg.sign = true;
                return formatLong(v, arg);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                arg.sign = true;
                return FloatText.format(realNumber(v), (char) arg.ch, arg.prec < 0 ? 6 : arg.prec,
                        (arg.flags & F_ALT) != 0 ? FloatText.ALT : 0);
            case 'c':
                return new String(Character.toChars(character(v)));
            default:
                int c = arg.ch;
                throw FormatError.valueError(String.format("unsupported format character '%c' (0x%x) at index %d",
                        31 <= c && c <= 126 ? (char) c : '?', c, fmtpos - 1));
        }
    }

    private String formatLong(Object v, Arg arg) {
        int type = arg.ch;
        boolean indexOnly = type == 'o' || type == 'x' || type == 'X';
        BigInteger value = PyValues.asInt(v);
        if (value == null) {
            if (!(v instanceof Double d) || indexOnly) {
                throw FormatError.typeError("%" + (char) type + " format: "
                        + (indexOnly ? "an integer is required" : "a real number is required") + ", not "
                        + typeName(v));
            }
            value = FloatRepr.truncate(d);
        }
        if (arg.prec > Integer.MAX_VALUE - 3) {
            throw FormatError.overflowError("precision too large");
        }
        String text = IntFormat.toString(value, type == 'o' ? 8 : indexOnly ? 16 : 10);
        boolean negative = value.signum() < 0;
        int nonDigits = (indexOnly ? 2 : 0) + (negative ? 1 : 0);
        if ((arg.flags & F_ALT) == 0 && indexOnly) {
            text = (negative ? "-" : "") + text.substring(nonDigits);
            nonDigits -= 2;
        }
        int digits = text.length() - nonDigits;
        if (arg.prec > digits) {
            text = text.substring(0, nonDigits) + "0".repeat(arg.prec - digits) + text.substring(nonDigits);
        }
        return type == 'X' ? text.toUpperCase(java.util.Locale.ROOT) : text;
    }

    /** CPython's {@code PyFloat_AsDouble} for %e/%f/%g. */
    private double realNumber(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger i = PyValues.asInt(v);
        if (i == null) {
            throw FormatError.typeError("must be real number, not " + typeName(v));
        }
        return IntFormat.toDouble(i);
    }

    /** CPython's {@code formatchar}: a one-character str or an int code point. */
    private static int character(Object v) {
        if (v instanceof String s) {
            if (s.codePointCount(0, s.length()) == 1) {
                return s.codePointAt(0);
            }
            throw FormatError.typeError("%c requires int or char");
        }
        BigInteger i = PyValues.asInt(v);
        if (i == null) {
            throw FormatError.typeError("%c requires int or char");
        }
        if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw FormatError.overflowError("%c arg not in range(0x110000)");
        }
        return i.intValue();
    }

    private String typeName(Object v) {
        boolean plain = v == null || v instanceof Boolean || v instanceof Double || PyValues.asInt(v) != null
                || v instanceof String || v instanceof List || v instanceof Map;
        return plain ? PyValues.typeName(v) : stringer.typeName(v);
    }

    /** CPython's {@code unicode_format_arg_output}: sign, 0x prefix, zero or space padding, truncation. */
    private static void output(Arg arg, String str, StringBuilder out) {
        int fill = arg.sign && (arg.flags & F_ZERO) != 0 ? '0' : ' ';
        int[] cps = str.codePoints().toArray();
        long len = cps.length;
        if ((arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len)
                && (arg.flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if ((arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') && arg.prec >= 0 && len > arg.prec) {
            len = arg.prec;
        }
        int pindex = 0;
        int signchar = 0;
        if (arg.sign) {
            int c = cps[pindex];
            if (c == '-' || c == '+') {
                signchar = c;
                len--;
                pindex++;
            } else if ((arg.flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((arg.flags & F_BLANK) != 0) {
                signchar = ' ';
            } else {
                arg.sign = false;
            }
        }
        long width = Math.max(arg.width, len);
        boolean prefixed = (arg.flags & F_ALT) != 0 && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
        if (arg.sign) {
            if (fill != ' ') {
                out.appendCodePoint(signchar);
            }
            if (width > len) {
                width--;
            }
        }
        if (prefixed) {
            if (fill != ' ') {
                out.append('0').appendCodePoint(arg.ch);
                pindex += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (arg.flags & F_LJUST) == 0) {
            Padding.fill(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (arg.sign) {
                out.appendCodePoint(signchar);
            }
            if (prefixed) {
                out.append('0').appendCodePoint(arg.ch);
                pindex += 2;
            }
        }
        if (len > 0) {
            out.append(new String(cps, pindex, (int) len));
        }
        Padding.fill(out, ' ', width - len);
    }
}
