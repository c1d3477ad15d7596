package lockstep.sim.runtime.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Python literals written by {@code regenerate.py}: ints (decimal, or hex when huge), floats (repr,
 * including inf and nan), str reprs, True/False/None, tuples (as {@code List}), lists (as {@link PyList}) and
 * dicts (as {@code LinkedHashMap}).
 */
final class PyLiteral {
    /** A Python list, kept apart from {@code List}, which stands for a tuple. */
    record PyList(List<Object> items) {
    }

    private final String s;
    private int pos;

    private PyLiteral(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        PyLiteral p = new PyLiteral(text);
        Object value = p.value();
        if (p.pos != text.length()) {
            throw new IllegalArgumentException("trailing text in literal: " + text);
        }
        return value;
    }

    private Object value() {
        char c = s.charAt(pos);
        switch (c) {
            case '(':
                return new ArrayList<>(items(')'));
            case '[':
                return new PyList(items(']'));
            case '{':
                return dict();
            case '\'':
            case '"':
                return string();
            default:
                return atom();
        }
    }

    private List<Object> items(char close) {
        pos++;
        List<Object> out = new ArrayList<>();
        while (s.charAt(pos) != close) {
            out.add(value());
            if (s.startsWith(", ", pos)) {
                pos += 2;
            } else if (s.charAt(pos) == ',') {
                pos++;
            }
        }
        pos++;
        return out;
    }

    private Map<Object, Object> dict() {
        pos++;
        Map<Object, Object> out = new LinkedHashMap<>();
        while (s.charAt(pos) != '}') {
            Object key = value();
            expect(": ");
            out.put(key, value());
            if (s.startsWith(", ", pos)) {
                pos += 2;
            }
        }
        pos++;
        return out;
    }

    private void expect(String text) {
        if (!s.startsWith(text, pos)) {
            throw new IllegalArgumentException("expected '" + text + "' at " + pos + " in " + s);
        }
        pos += text.length();
    }

    private String string() {
        char quote = s.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = s.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> out.appendCodePoint(hex(2));
                case 'u' -> out.appendCodePoint(hex(4));
                case 'U' -> out.appendCodePoint(hex(8));
                default -> out.append(e);
            }
        }
    }

    private int hex(int digits) {
        int value = Integer.parseInt(s.substring(pos, pos + digits), 16);
        pos += digits;
        return value;
    }

    private Object atom() {
        int start = pos;
        while (pos < s.length() && ",)]}:".indexOf(s.charAt(pos)) < 0) {
            pos++;
        }
        String t = s.substring(start, pos);
        switch (t) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return null;
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                break;
        }
        if (t.startsWith("0x") || t.startsWith("-0x")) {
            BigInteger big = new BigInteger(t.replace("0x", ""), 16);
            return big;
        }
        if (t.contains(".") || t.contains("e")) {
            return Double.parseDouble(t);
        }
        BigInteger big = new BigInteger(t);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
}
