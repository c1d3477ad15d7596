package lockstep.sim.runtime.format;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * {@code str}, {@code repr}, {@code ascii} and type names of plain Java values read as Python values: {@code null}
 * None, {@code Boolean} bool, {@code Long}/{@code Integer}/{@code BigInteger} int, {@code Double} float,
 * {@code String} str, {@code List} tuple, {@code Map} dict (in its iteration order).
 */
public final class PyValues {
    private PyValues() {
    }

    static final Stringer BASIC = new Stringer() {
        @Override
        public String str(Object value) {
            return PyValues.str(value);
        }

        @Override
        public String repr(Object value) {
            return PyValues.repr(value);
        }

        @Override
        public String typeName(Object value) {
            return PyValues.typeName(value);
        }
    };

    /** The int value of a Long, Integer, BigInteger or Boolean; null for anything else. */
    static BigInteger asInt(Object value) {
        if (value instanceof BigInteger big) {
            return big;
        }
        if (value instanceof Long || value instanceof Integer) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return null;
    }

    /**
     * {@code format(value, spec)} for a plain value: bool, int, float and str use their own {@code __format__};
     * anything else uses {@code object.__format__} (only the empty spec).
     */
    public static String format(Object value, String spec) {
        if (value instanceof Boolean b) {
            return FormatSpec.formatBool(b, spec);
        }
        if (value instanceof Double d) {
            return FormatSpec.formatFloat(d, spec);
        }
        if (value instanceof String s) {
            return FormatSpec.formatStr(s, spec);
        }
        BigInteger i = asInt(value);
        if (i != null) {
            return FormatSpec.formatInt(i, spec);
        }
        return FormatSpec.formatObject(str(value), typeName(value), spec);
    }

    /** Python's {@code str(value)}. */
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        return repr(value);
    }

    /** Python's {@code repr(value)}. */
    public static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d) {
            return FloatRepr.repr(d);
        }
        BigInteger i = asInt(value);
        if (i != null) {
            return IntFormat.decimal(i);
        }
        if (value instanceof String s) {
            return reprStr(s);
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("(");
            for (int k = 0; k < list.size(); k++) {
                out.append(k == 0 ? "" : ", ").append(repr(list.get(k)));
            }
            return out.append(list.size() == 1 ? ",)" : ")").toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        return String.valueOf(value);
    }

    /** The Python type name: NoneType, bool, int, float, str, tuple, dict, else the Java simple class name. */
    public static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (asInt(value) != null) {
            return "int";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof List) {
            return "tuple";
        }
        if (value instanceof Map) {
            return "dict";
        }
        return value.getClass().getSimpleName();
    }

    /**
     * Python's {@code repr(str)}: single quotes unless the text has a single quote and no double quote; escapes
     * backslash, the chosen quote, {@code \t \n \r}, other control characters and non-printable characters
     * (backslash x, u or U escapes with 2, 4 or 8 hex digits). Printability follows Java's Unicode tables, which may
     * lag CPython's by a version for newly assigned characters.
     */
    public static String reprStr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        if (plainAscii(s, quote)) {
            // The common case in one pass without a code point stream: a long text's repr stays cheap.
            return quote + s + quote;
        }
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(out, "\\x", c, 2);
            } else if (c < 0x7f || isPrintable(c)) {
                out.appendCodePoint(c);
            } else {
                escape(out, c);
            }
        });
        return out.append(quote).toString();
    }

    /** Whether every character of {@code s} is printable ASCII that its repr shows as itself. */
    private static boolean plainAscii(String s, char quote) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= 0x7f || c == quote || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code ascii()} given the {@code repr()}: every non-ASCII character becomes an escape. */
    public static String ascii(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        repr.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else {
                escape(out, c);
            }
        });
        return out.toString();
    }

    private static void escape(StringBuilder out, int c) {
        if (c < 0x100) {
            hex(out, "\\x", c, 2);
        } else if (c < 0x10000) {
            hex(out, "\\u", c, 4);
        } else {
            hex(out, "\\U", c, 8);
        }
    }

    private static void hex(StringBuilder out, String prefix, int c, int width) {
        String h = Integer.toHexString(c);
        out.append(prefix);
        for (int i = h.length(); i < width; i++) {
            out.append('0');
        }
        out.append(h);
    }

    /** CPython's {@code Py_UNICODE_ISPRINTABLE}: not a control, format, surrogate, private, unassigned or separator. */
    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
