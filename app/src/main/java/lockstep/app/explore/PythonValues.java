package lockstep.app.explore;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A final global's value ({@link lockstep.sim.RunResult#globals()}) written as Python's {@code repr} shows it. */
final class PythonValues {
    private PythonValues() {}

    static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Double d) {
            return floatRepr(d);
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? ", " : "").append(repr(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                out.append(repr(entry.getKey())).append(": ").append(repr(entry.getValue()));
                out.append(entries.hasNext() ? ", " : "");
            }
            return out.append('}').toString();
        }
        return String.valueOf(value);
    }

    /** {@code name = value, ...} for every global, in definition order. */
    static String assignments(Map<String, Object> globals) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : globals.entrySet()) {
            out.append(out.length() > 0 ? ", " : "").append(e.getKey()).append(" = ").append(repr(e.getValue()));
        }
        return out.toString();
    }

    private static String quote(String text) {
        String quote = text.contains("'") && !text.contains("\"") ? "\"" : "'";
        StringBuilder out = new StringBuilder(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(quote.charAt(0) == c ? "\\" + c : String.valueOf(c));
            }
        }
        return out.append(quote).toString();
    }

    private static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return BigDecimal.valueOf(d).setScale(1).toPlainString();
        }
        return Double.toString(d);
    }
}
