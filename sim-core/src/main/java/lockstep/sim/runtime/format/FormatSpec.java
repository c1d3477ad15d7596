package lockstep.sim.runtime.format;

import java.math.BigInteger;

/**
 * A parsed format spec, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, and
 * {@code format(value, spec)} for the built-in types.
 *
 * <p>What the caller must do per Python type: int → {@link #formatInt}; bool → {@link #formatBool} (an empty spec
 * gives {@code True}, any other spec formats 1/0 as an int but names {@code bool} in errors); float →
 * {@link #formatFloat}; str → {@link #formatStr}; objects without their own {@code __format__} (None, list,
 * tuple, dict, ...) → {@link #formatObject} with their {@code str()}.
 *
 * @param fill the fill code point (space unless given; {@code '0'} for the zero-padding flag)
 * @param align {@code < > ^ =}, defaulted per type ({@code >} for numbers, {@code <} for str)
 * @param sign {@code + - space}, or 0 when not given
 * @param noNegZero the {@code z} option
 * @param alternate the {@code #} option
 * @param width minimum width, -1 when not given
 * @param grouping {@code ,} or {@code _}, or 0 when not given
 * @param precision -1 when not given
 * @param type the presentation type code point, defaulted per type (0 for none)
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, long width,
                         char grouping, long precision, int type) {

    /**
     * Parses a spec with number defaults (right-aligned, {@code 0} means {@code =} alignment, no default type).
     * Errors name the type {@code object}; use {@link #parse(String, String, int, char)} to name the real one.
     */
    public static FormatSpec parse(String spec) {
        return parse(spec, "object", 0, '>');
    }

    /**
     * CPython's {@code parse_internal_render_format_spec}.
     *
     * @param typeName the Python type name for the "Invalid format specifier" message
     * @param defaultType the type used when the spec has none ({@code 'd'} for int, {@code 's'} for str, 0 for
     *     float); it matters for which grouping options are accepted
     * @param defaultAlign {@code '>'} for numbers, {@code '<'} for str
     */
    public static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        char sign = 0;
        boolean noNegZero = false;
        boolean alternate = false;
        char grouping = 0;
        long precision = -1;
        int type = defaultType;

        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            align = (char) cp[pos + 1];
            fill = cp[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        if (pos < end && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos++];
        }
        if (pos < end && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        if (pos < end && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        // Zero padding: '=' alignment only where the default alignment is right (numbers).
        if (!fillSpecified && pos < end && cp[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        long width = integer(cp, pos);
        pos = skipDigits(cp, pos);
        if (pos == start) {
            width = -1;
        }
        if (pos < end && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && cp[pos] == '_') {
            if (grouping != 0) {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && cp[pos] == ',' && grouping == '_') {
            throw FormatError.valueError("Cannot specify both ',' and '_'.");
        }
        if (pos < end && cp[pos] == '.') {
            pos++;
            start = pos;
            precision = integer(cp, pos);
            pos = skipDigits(cp, pos);
            if (pos == start) {
                throw FormatError.valueError("Format specifier missing precision");
            }
        }
        if (end - pos > 1) {
            throw FormatError.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + typeName + "'");
        }
        if (end - pos == 1) {
            type = cp[pos];
        }
        if (grouping != 0) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        break;
                    }
                    throw FormatError.valueError("Cannot specify '" + grouping + "' with " + quoted(type) + ".");
                default:
                    throw FormatError.valueError("Cannot specify '" + grouping + "' with " + quoted(type) + ".");
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    /** {@code format(value, spec)} for an int. */
    public static String formatInt(BigInteger value, String spec) {
        return SpecRender.formatInt(value, spec, "int");
    }

    /** {@code format(value, spec)} for an int. */
    public static String formatInt(long value, String spec) {
        return formatInt(BigInteger.valueOf(value), spec);
    }

    /** {@code format(value, spec)} for a bool: {@code True}/{@code False} for an empty spec, else as the int 1/0. */
    public static String formatBool(boolean value, String spec) {
        if (spec.isEmpty()) {
            return value ? "True" : "False";
        }
        return SpecRender.formatInt(value ? BigInteger.ONE : BigInteger.ZERO, spec, "bool");
    }

    /** {@code format(value, spec)} for a float; an empty spec is {@code str(value)}. */
    public static String formatFloat(double value, String spec) {
        return SpecRender.formatFloat(value, spec);
    }

    /** {@code format(value, spec)} for a str. */
    public static String formatStr(String value, String spec) {
        return SpecRender.formatStr(value, spec);
    }

    /**
     * {@code object.__format__}: for types without their own {@code __format__} only the empty spec is allowed.
     *
     * @param str the object's {@code str()}
     * @param typeName its Python type name, e.g. {@code NoneType}, {@code list}
     * @throws FormatError TypeError "unsupported format string passed to list.__format__"
     */
    public static String formatObject(String str, String typeName, String spec) {
        if (!spec.isEmpty()) {
            throw FormatError.typeError("unsupported format string passed to " + typeName + ".__format__");
        }
        return str;
    }

    /** A presentation type as CPython quotes it in messages: {@code 'x'}, or {@code '\xe9'} outside printable ASCII. */
    static String quoted(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int skipDigits(int[] cp, int pos) {
        while (pos < cp.length && Character.digit(cp[pos], 10) >= 0) {
            pos++;
        }
        return pos;
    }

    /** The decimal number at pos (0 if none), any Unicode decimal digits, as CPython's {@code get_integer}. */
    private static long integer(int[] cp, int pos) {
        long value = 0;
        for (; pos < cp.length; pos++) {
            int digit = Character.digit(cp[pos], 10);
            if (digit < 0) {
                break;
            }
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
