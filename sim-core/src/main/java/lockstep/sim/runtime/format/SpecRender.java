package lockstep.sim.runtime.format;

import java.math.BigInteger;

/**
 * CPython's {@code format_long_internal}, {@code format_float_internal} and {@code format_string_internal}: turn a
 * value and its parsed spec into text, with the checks in CPython's order.
 */
final class SpecRender {
    private SpecRender() {
    }

    static String formatInt(BigInteger value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return IntFormat.decimal(value);
        }
        FormatSpec f = FormatSpec.parse(spec, typeName, 'd', '>');
        switch (f.type()) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return longInternal(value, f);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return floatInternal(IntFormat.toDouble(value), f);
            default:
                throw unknownType(f.type(), typeName);
        }
    }

    static String formatFloat(double value, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(value);
        }
        FormatSpec f = FormatSpec.parse(spec, "float", 0, '>');
        switch (f.type()) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return floatInternal(value, f);
            default:
                throw unknownType(f.type(), "float");
        }
    }

    static String formatStr(String value, String spec) {
        if (spec.isEmpty()) {
            return value;
        }
        FormatSpec f = FormatSpec.parse(spec, "str", 's', '<');
        if (f.type() != 's') {
            throw unknownType(f.type(), "str");
        }
        return stringInternal(value, f);
    }

    static FormatError unknownType(int type, String typeName) {
        return FormatError.valueError("Unknown format code " + FormatSpec.quoted(type) + " for object of type '"
                + typeName + "'");
    }

    /** Widths Java cannot hold; CPython would fail to allocate them. */
    static void checkWidth(FormatSpec f) {
        if (f.width() > Integer.MAX_VALUE - 16) {
            throw new FormatError("MemoryError", "");
        }
    }

    private static String longInternal(BigInteger value, FormatSpec f) {
        if (f.precision() != -1) {
            throw FormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        char signChar = 0;
        String prefix = "";
        String digits;
        String remainder = "";
        if (f.type() == 'c') {
            if (f.sign() != 0) {
                throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate()) {
                throw FormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C long");
            }
            long x = value.longValue();
            if (x < 0 || x > 0x10ffff) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            digits = "";
            remainder = new String(Character.toChars((int) x));
        } else {
            int radix;
            switch (f.type()) {
                case 'b':
                    radix = 2;
                    break;
                case 'o':
                    radix = 8;
                    break;
                case 'x':
                case 'X':
                    radix = 16;
                    break;
                default:
                    radix = 10;
                    break;
            }
            String text = IntFormat.toString(value, radix);
            int skip = radix == 10 ? 0 : 2;
            if (value.signum() < 0) {
                signChar = '-';
                text = text.substring(1);
            }
            if (f.alternate()) {
                prefix = text.substring(0, skip);
            }
            digits = text.substring(skip);
        }
        // Type 'n' uses the C locale: no grouping.
        String separator = f.type() == 'n' || f.grouping() == 0 ? "" : String.valueOf(f.grouping());
        int groupSize = separator.isEmpty() ? 0 : (f.grouping() == '_' && "boxX".indexOf(f.type()) >= 0 ? 4 : 3);
        return NumberLayout.render(f, signChar, prefix, digits, false, remainder, separator, groupSize,
                f.type() == 'X');
    }

    private static String floatInternal(double value, FormatSpec f) {
        if (f.precision() > Integer.MAX_VALUE) {
            throw FormatError.valueError("precision too big");
        }
        int precision = (int) f.precision();
        int flags = 0;
        if (f.alternate()) {
            flags |= FloatText.ALT;
        }
        if (f.noNegZero()) {
            flags |= FloatText.NO_NEG_0;
        }
        int type = f.type();
        int defaultPrecision = 6;
        if (type == 0) {
            // No type: repr-like, or 'g' with at least one digit after the point when a precision is given.
            flags |= FloatText.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = FloatText.format(value, (char) type, precision, flags);
        if (percent) {
            text += "%";
        }
        char signChar = 0;
        if (text.charAt(0) == '-') {
            signChar = '-';
            text = text.substring(1);
        }
        int intEnd = 0;
        while (intEnd < text.length() && text.charAt(intEnd) >= '0' && text.charAt(intEnd) <= '9') {
            intEnd++;
        }
        boolean hasDecimal = intEnd < text.length() && text.charAt(intEnd) == '.';
        String remainder = text.substring(hasDecimal ? intEnd + 1 : intEnd);
        String separator = f.type() == 'n' || f.grouping() == 0 ? "" : String.valueOf(f.grouping());
        return NumberLayout.render(f, signChar, "", text.substring(0, intEnd), hasDecimal, remainder, separator,
                separator.isEmpty() ? 0 : 3, false);
    }

    private static String stringInternal(String value, FormatSpec f) {
        if (f.sign() != 0) {
            throw FormatError.valueError(f.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate()) {
            throw FormatError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align() == '=') {
            throw FormatError.valueError("'=' alignment not allowed in string format specifier");
        }
        checkWidth(f);
        long len = value.codePointCount(0, value.length());
        if (f.precision() >= 0 && len >= f.precision()) {
            value = value.substring(0, value.offsetByCodePoints(0, (int) f.precision()));
            len = f.precision();
        }
        long total = Math.max(len, f.width());
        long left;
        if (f.align() == '>') {
            left = total - len;
        } else if (f.align() == '^') {
            left = (total - len) / 2;
        } else {
            left = 0;
        }
        StringBuilder out = new StringBuilder();
        Padding.fill(out, f.fill(), left);
        out.append(value);
        Padding.fill(out, f.fill(), total - len - left);
        return out.toString();
    }
}
