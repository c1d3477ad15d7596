package lockstep.sim.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.runtime.format.FloatRepr;
import lockstep.sim.runtime.format.FormatError;
import lockstep.sim.runtime.format.FormatSpec;
import lockstep.sim.runtime.format.PercentFormat;
import lockstep.sim.runtime.format.Stringer;
import lockstep.sim.runtime.format.StrFormat;

/**
 * Connects Python values to the format package: {@code format()}, f-string fields, {@code str.format} and
 * {@code %}-formatting. The format package works on plain Java values; this class converts and calls back.
 */
public final class Formatting {
    private Formatting() {}

    /**
     * {@code str(i)}: CPython 3.11 refuses more than 4,300 digits with its ValueError, which also keeps the quadratic
     * conversion of a huge int out of a single step.
     */
    public static String decimal(PyInt i) {
        if (i.big == null) {
            return Long.toString(i.value);
        }
        try {
            return lockstep.sim.runtime.format.IntFormat.decimal(i.big);
        } catch (FormatError e) {
            throw toPython(e);
        }
    }

    /** {@code format(value, spec)}, as an f-string field {@code {value:spec}} does it. */
    public static String format(CallContext ctx, PyObject value, String spec) {
        if (!spec.isEmpty()) {
            ctx.work().build(FormatBounds.specSize(spec), WorkMeter.STR_CHAR_BYTES);
        }
        try {
            if (value instanceof PyBool b) {
                return FormatSpec.formatBool(b.isTrue(), spec);
            }
            if (value instanceof PyInt i) {
                return spec.isEmpty() ? decimal(i) : FormatSpec.formatInt(i.toBig(), spec);
            }
            if (value instanceof PyFloat f) {
                return spec.isEmpty() ? FloatRepr.repr(f.value) : FormatSpec.formatFloat(f.value, spec);
            }
            if (value instanceof PyStr s) {
                return spec.isEmpty() ? s.value : FormatSpec.formatStr(s.value, spec);
            }
        } catch (FormatError e) {
            throw toPython(e);
        }
        if (value instanceof PyInstance) {
            PyObject m = value.type().lookup("__format__");
            if (m != null) {
                PyObject r = ctx.call(m, value, PyStr.of(spec));
                if (r instanceof PyStr s) {
                    return s.value;
                }
                throw Errors.typeError("__format__ must return a str, not " + r.type().name);
            }
        }
        try {
            return FormatSpec.formatObject(Ops.str(ctx, value), value.type().name, spec);
        } catch (FormatError e) {
            throw toPython(e);
        }
    }

    /** Applies an f-string or {@code str.format} conversion: {@code !r}, {@code !s}, {@code !a}. */
    public static PyObject convert(CallContext ctx, PyObject value, char conversion) {
        return switch (conversion) {
            case 'r' -> PyStr.of(Ops.repr(ctx, value));
            case 'a' -> PyStr.of(ascii(Ops.repr(ctx, value)));
            case 's' -> PyStr.of(Ops.str(ctx, value));
            default -> value;
        };
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                sb.append(c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /** {@code template % arg}. */
    public static String percent(CallContext ctx, String template, PyObject arg) {
        ctx.work().build(Math.max(template.length(), FormatBounds.percentSize(template)), WorkMeter.STR_CHAR_BYTES);
        Object args;
        if (arg instanceof PyTuple t) {
            List<Object> list = new ArrayList<>();
            for (PyObject o : t.items) {
                list.add(toJava(o));
            }
            args = list;
        } else if (arg instanceof PyDict d) {
            args = new DictArgument(d);
        } else {
            args = toJava(arg);
        }
        try {
            return PercentFormat.format(template, args, new PyStringer(ctx));
        } catch (FormatError e) {
            throw toPython(e);
        }
    }

    /** {@code template.format(*args, **kwargs)}. */
    public static String strFormat(CallContext ctx, String template, PyObject[] args, PyDict kwargs) {
        List<Object> positional = new ArrayList<>();
        for (PyObject o : args) {
            positional.add(o);
        }
        Map<String, Object> named = new LinkedHashMap<>();
        if (kwargs != null) {
            for (Map.Entry<PyObject, PyObject> e : kwargs.map.entrySet()) {
                named.put(((PyStr) e.getKey()).value, e.getValue());
            }
        }
        try {
            return StrFormat.format(template, positional, named, fieldFormatter(ctx));
        } catch (FormatError e) {
            throw toPython(e);
        }
    }

    /** How {@code str.format} fields reach Python values: attributes, items, conversions and format specs. */
    public static StrFormat.FieldFormatter fieldFormatter(CallContext ctx) {
        return new StrFormat.FieldFormatter() {
            @Override
            public Object attribute(Object value, String name) {
                return Attrs.get(ctx, (PyObject) value, name);
            }

            @Override
            public Object index(Object value, Object key) {
                PyObject k = key instanceof Number n ? PyInt.of(n.longValue()) : PyStr.of((String) key);
                return Items.getItem(ctx, (PyObject) value, k);
            }

            @Override
            public String format(Object value, char conversion, String spec) {
                return Formatting.format(ctx, convert(ctx, (PyObject) value, conversion), spec);
            }
        };
    }

    public static PyRaise toPython(FormatError e) {
        PyType type = Types.EXCEPTIONS.getOrDefault(e.pythonType(), Types.VALUE_ERROR);
        if (type == Types.KEY_ERROR) {
            PyBaseException ex = new PyBaseException(type);
            ex.args = PyTuple.of(PyStr.of(stripQuotes(e.getMessage())));
            return new PyRaise(ex);
        }
        return Errors.raise(type, e.getMessage());
    }

    private static String stripQuotes(String s) {
        return s.length() >= 2 && s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1) : s;
    }

    /** Python values as the format package's plain Java values; anything else stays a PyObject. */
    private static Object toJava(PyObject o) {
        if (o instanceof PyBool b) {
            return b.isTrue();
        }
        if (o instanceof PyInt i) {
            return i.big != null ? i.big : (Object) i.value;
        }
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyStr s) {
            return s.value;
        }
        return o;
    }

    private static PyObject toPy(Object o) {
        if (o instanceof PyObject p) {
            return p;
        }
        if (o instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (o instanceof Long l) {
            return PyInt.of(l);
        }
        if (o instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (o instanceof Double d) {
            return new PyFloat(d);
        }
        if (o instanceof String s) {
            return PyStr.of(s);
        }
        if (o instanceof DictArgument d) {
            return d.dict;
        }
        throw new IllegalArgumentException("not a Python value: " + o);
    }

    /** A dict given to {@code %}: a mapping for {@code %(name)s}, still the dict itself for {@code %s}. */
    private static final class DictArgument extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
        final transient PyDict dict;

        DictArgument(PyDict dict) {
            this.dict = dict;
            for (Map.Entry<PyObject, PyObject> e : dict.map.entrySet()) {
                if (e.getKey() instanceof PyStr s) {
                    put(s.value, toJava(e.getValue()));
                }
            }
        }
    }

    private record PyStringer(CallContext ctx) implements Stringer {
        /** Like CPython, anything with {@code __getitem__} (except str and tuple) is a mapping for {@code %(key)s}. */
        @Override
        public boolean isMapping(Object value) {
            if (value instanceof Map) {
                return true;
            }
            return value instanceof PyObject p && !(p instanceof PyStr) && !(p instanceof PyTuple)
                    && (p instanceof PyList || p instanceof PyDict || p.type().lookup("__getitem__") != null);
        }

        @Override
        public Object getItem(Object mapping, String key) {
            if (mapping instanceof PyObject p) {
                return toJava(Items.getItem(ctx, p, PyStr.of(key)));
            }
            return Stringer.super.getItem(mapping, key);
        }

        @Override
        public String str(Object o) {
            return Ops.str(ctx, toPy(o));
        }

        @Override
        public String repr(Object o) {
            return Ops.repr(ctx, toPy(o));
        }

        @Override
        public String typeName(Object o) {
            return toPy(o).type().name;
        }
    }
}
