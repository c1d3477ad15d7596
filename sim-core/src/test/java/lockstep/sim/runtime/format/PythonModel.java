package lockstep.sim.runtime.format;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The little object model the tests need: plain values as {@link PyValues} reads them, plus {@link PyLiteral.PyList}
 * (a list: a mapping for {@code %}, formatted by {@code object.__format__}), with CPython's messages for attribute
 * and item errors.
 */
final class PythonModel implements Stringer, StrFormat.FieldFormatter {
    static final PythonModel INSTANCE = new PythonModel();

    @Override
    public String str(Object value) {
        return value instanceof String s ? s : repr(value);
    }

    @Override
    public String repr(Object value) {
        if (value instanceof PyLiteral.PyList list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.items().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(repr(list.items().get(i)));
            }
            return out.append(']').toString();
        }
        if (value instanceof List<?> tuple) {
            StringBuilder out = new StringBuilder("(");
            for (int i = 0; i < tuple.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(repr(tuple.get(i)));
            }
            return out.append(tuple.size() == 1 ? ",)" : ")").toString();
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
        return PyValues.repr(value);
    }

    @Override
    public String typeName(Object value) {
        return value instanceof PyLiteral.PyList ? "list" : PyValues.typeName(value);
    }

    @Override
    public boolean isMapping(Object value) {
        return value instanceof Map || value instanceof PyLiteral.PyList;
    }

    @Override
    public Object attribute(Object value, String name) {
        BigInteger i = value instanceof Boolean || value instanceof Long || value instanceof BigInteger
                ? PyValues.asInt(value) : null;
        if (i != null && (name.equals("real") || name.equals("imag"))) {
            return name.equals("real") ? (Object) i.longValue() : (Object) 0L;
        }
        if (value instanceof Double d && (name.equals("real") || name.equals("imag"))) {
            return name.equals("real") ? d : 0.0;
        }
        throw new FormatError("AttributeError", "'" + typeName(value) + "' object has no attribute '" + name + "'");
    }

    @Override
    public Object index(Object value, Object key) {
        if (value instanceof List<?> || value instanceof PyLiteral.PyList || value instanceof String) {
            String type = typeName(value);
            if (!(key instanceof Integer || key instanceof Long)) {
                throw new FormatError("TypeError", value instanceof String
                        ? "string indices must be integers, not 'str'"
                        : type + " indices must be integers or slices, not str");
            }
            long i = ((Number) key).longValue();
            if (value instanceof String s) {
                if (i >= s.codePointCount(0, s.length())) {
                    throw new FormatError("IndexError", "string index out of range");
                }
                int at = s.offsetByCodePoints(0, (int) i);
                return new String(Character.toChars(s.codePointAt(at)));
            }
            List<?> items = value instanceof PyLiteral.PyList list ? list.items() : (List<?>) value;
            if (i >= items.size()) {
                throw new FormatError("IndexError", type + " index out of range");
            }
            return items.get((int) i);
        }
        if (value instanceof Map<?, ?> map) {
            Object k = key instanceof Integer n ? (Object) n.longValue() : key;
            if (!map.containsKey(k)) {
                throw new FormatError("KeyError", repr(k));
            }
            return map.get(k);
        }
        throw new FormatError("TypeError", "'" + typeName(value) + "' object is not subscriptable");
    }

    @Override
    public String format(Object value, char conversion, String spec) {
        switch (conversion) {
            case 's':
                return FormatSpec.formatStr(str(value), spec);
            case 'r':
                return FormatSpec.formatStr(repr(value), spec);
            case 'a':
                return FormatSpec.formatStr(PyValues.ascii(repr(value)), spec);
            default:
                return formatValue(value, spec);
        }
    }

    String formatValue(Object value, String spec) {
        if (value instanceof PyLiteral.PyList || value instanceof List || value instanceof Map) {
            return FormatSpec.formatObject(str(value), typeName(value), spec);
        }
        return PyValues.format(value, spec);
    }
}
