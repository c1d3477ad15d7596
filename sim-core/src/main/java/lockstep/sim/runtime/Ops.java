package lockstep.sim.runtime;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Truth, text, equality, hashing and ordering of Python values. */
public final class Ops {
    private Ops() {}

    // ---- truth

    public static boolean truthy(CallContext ctx, PyObject o) {
        if (o instanceof PyBool b) {
            return b.isTrue();
        }
        if (o instanceof PyInt i) {
            return i.signum() != 0;
        }
        if (o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyStr s) {
            return !s.value.isEmpty();
        }
        if (o instanceof PyFloat f) {
            return f.value != 0;
        }
        if (o instanceof PyList l) {
            return !l.items.isEmpty();
        }
        if (o instanceof PyTuple t) {
            return t.items.length != 0;
        }
        if (o instanceof PyDict d) {
            return !d.map.isEmpty();
        }
        if (o instanceof PySet s) {
            return !s.items.isEmpty();
        }
        if (o instanceof PyRange r) {
            return r.length() != 0;
        }
        if (o instanceof PyInstance && !(o instanceof PyBaseException)) {
            PyObject bool = o.type().lookup("__bool__");
            if (bool != null) {
                PyObject r = ctx.call(bool, o);
                if (!(r instanceof PyBool b)) {
                    throw Errors.typeError("__bool__ should return bool, returned " + r.type().name);
                }
                return b.isTrue();
            }
            PyObject len = o.type().lookup("__len__");
            if (len != null) {
                return Items.len(ctx, o) != 0;
            }
        }
        return true;
    }

    // ---- text

    public static String repr(CallContext ctx, PyObject o) {
        StringBuilder sb = new StringBuilder();
        reprInto(sb, ctx, o, null);
        // Held to the memory budget item by item while it grew (pastCut), the text is charged once it is known.
        ctx.work().charge(sb.length());
        return sb.toString();
    }

    public static String str(CallContext ctx, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        if (o instanceof PyBaseException e) {
            PyObject custom = e.type().lookup("__str__");
            if (custom != null && !(custom instanceof PyNativeFunction)) {
                return checkedText(ctx.call(custom, o), "__str__");
            }
            return exceptionMessage(ctx, e);
        }
        if (o instanceof PyInstance) {
            PyObject custom = o.type().lookup("__str__");
            if (custom != null) {
                return checkedText(ctx.call(custom, o), "__str__");
            }
        }
        return repr(ctx, o);
    }

    /** {@code str(exc)} for a built-in exception: empty, its one argument, or the tuple of them. */
    public static String exceptionMessage(CallContext ctx, PyBaseException e) {
        if (ExceptionGroups.isGroup(e)) {
            return ExceptionGroups.str(ctx, e);
        }
        PyObject[] args = e.args.items;
        if (args.length == 0) {
            return "";
        }
        if (args.length == 1) {
            return e.type().isSubtypeOf(Types.KEY_ERROR) ? repr(ctx, args[0]) : str(ctx, args[0]);
        }
        return repr(ctx, e.args);
    }

    /** The message without a context able to call program code: for Java-side diagnostics only. */
    public static String exceptionMessage(PyBaseException e) {
        try {
            return exceptionMessage(new PlainContext(), e);
        } catch (PyRaise failure) {
            return "<exception str() failed>";
        }
    }

    private static String checkedText(PyObject r, String method) {
        if (r instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(method + " returned non-string (type " + r.type().name + ")");
    }

    /**
     * A repr that never runs program code (instances of program classes show as {@code <C object>}), cut to
     * {@code maxChars}: for diagnostics. Addresses, if any, are numbered within this one text.
     */
    public static String safeRepr(PyObject o, int maxChars) {
        return safeRepr(new ObjectSpace(), o, maxChars);
    }

    /**
     * The context of a {@link #safeRepr}: a container's repr stops adding items once the text is past the cut, which
     * keeps narrating a step that reads a list of a million items as cheap as one that reads a short one.
     */
    private static final class CutContext extends PlainContext {
        private final int maxChars;

        CutContext(ObjectIds objectIds, int maxChars) {
            super(objectIds);
            this.maxChars = maxChars;
        }
    }

    /** Refuses a list or tuple whose strings alone would take the repr past the memory budget, before writing it. */
    private static void reserveTextOf(StringBuilder sb, CallContext ctx, PyObject o) {
        List<PyObject> items = o instanceof PyList l ? l.items : o instanceof PyTuple t ? t.asList() : List.of();
        long chars = sb.length();
        for (PyObject item : items) {
            chars += item instanceof PyStr s ? s.value.length() : 0;
        }
        if (chars >= WorkMeter.UNITS_PER_STEP) {
            ctx.work().reserve(chars * WorkMeter.STR_CHAR_BYTES);
        }
    }

    /**
     * True when the text is already longer than the cut a {@link #safeRepr} makes: the rest would not show. Holds
     * the text to the memory budget as it grows.
     */
    private static boolean pastCut(StringBuilder sb, CallContext ctx) {
        if (sb.length() >= WorkMeter.UNITS_PER_STEP) {
            ctx.work().reserve(sb.length() * WorkMeter.STR_CHAR_BYTES);
        }
        return ctx instanceof CutContext c && sb.length() > c.maxChars;
    }

    /** As {@link #safeRepr(PyObject, int)}, showing addresses from {@code objectIds}: for narration. */
    public static String safeRepr(ObjectIds objectIds, PyObject o, int maxChars) {
        String text;
        if (o instanceof PyInstance && !(o instanceof PyBaseException) && !(o instanceof NativeRepr)) {
            text = "<" + qualifiedName(o.type()) + " object>";
        } else {
            try {
                text = repr(new CutContext(objectIds, maxChars), o);
            } catch (PyRaise e) {
                text = "<" + o.type().name + " object>";
            }
        }
        return text.length() > maxChars ? text.substring(0, maxChars - 1) + "…" : text;
    }

    public static void reprInto(StringBuilder sb, CallContext ctx, PyObject o, IdentityHashMap<PyObject, Boolean> seen) {
        if (o instanceof PyStr s) {
            if (s.value.length() >= WorkMeter.UNITS_PER_STEP) {
                ctx.work().reserve(((long) sb.length() + s.value.length()) * WorkMeter.STR_CHAR_BYTES);
            }
            sb.append(strRepr(s.value));
        } else if (o instanceof PyInt i) {
            sb.append(i instanceof PyBool ? i.toString() : Formatting.decimal(i));
        } else if (o instanceof PyFloat f) {
            sb.append(floatRepr(f.value));
        } else if (o == PyNone.NONE) {
            sb.append("None");
        } else if (o instanceof PyDict d && d.ownSpecial("__repr__") != null) {
            sb.append(checkedText(ctx.call(d.ownSpecial("__repr__"), o), "__repr__"));
        } else if (o instanceof PyTuple t && t.ownSpecial("__repr__") != null) {
            sb.append(checkedText(ctx.call(t.ownSpecial("__repr__"), o), "__repr__"));
        } else if (o == PyNotImplemented.NOT_IMPLEMENTED) {
            sb.append("NotImplemented");
        } else if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) {
            if (seen == null) {
                seen = new IdentityHashMap<>();
            }
            if (seen.containsKey(o)) {
                sb.append(o instanceof PyList ? "[...]" : o instanceof PyTuple ? "(...)" : "{...}");
                return;
            }
            seen.put(o, Boolean.TRUE);
            ctx.recursion().enter(RecursionGuard.IN_REPR);
            try {
                reserveTextOf(sb, ctx, o);
                containerReprInto(sb, ctx, o, seen);
            } catch (StackOverflowError e) {
                throw RecursionGuard.overflow(RecursionGuard.IN_REPR);
            } finally {
                ctx.recursion().exit();
                seen.remove(o);
            }
        } else if (o instanceof NativeRepr custom) {
            sb.append(custom.repr(ctx));
        } else if (o instanceof PyBaseException e) {
            PyObject custom = e.type().lookup("__repr__");
            if (custom != null && !(custom instanceof PyNativeFunction)) {
                sb.append(checkedText(ctx.call(custom, o), "__repr__"));
                return;
            }
            sb.append(e.type().name);
            if (e.args.items.length == 1) {
                sb.append('(');
                reprInto(sb, ctx, e.args.items[0], seen);
                sb.append(')');
            } else {
                reprInto(sb, ctx, e.args, seen);
            }
        } else if (o instanceof PyInstance) {
            PyObject custom = o.type().lookup("__repr__");
            if (custom != null) {
                sb.append(checkedText(ctx.call(custom, o), "__repr__"));
            } else {
                sb.append('<').append(qualifiedName(o.type())).append(" object at ").append(address(ctx, o)).append('>');
            }
        } else if (o instanceof PyType t) {
            sb.append("<class '").append(qualifiedName(t)).append("'>");
        } else if (o instanceof PyFunction f) {
            sb.append("<function ").append(f.qualifiedName).append(" at ").append(address(ctx, o)).append('>');
        } else if (o instanceof PyNativeFunction n) {
            sb.append("<built-in function ").append(n.name).append('>');
        } else if (o instanceof PyGenerator g) {
            sb.append(g.isAsync() ? "<async_generator object " : "<generator object ").append(g.qualifiedName()).append(" at ").append(address(ctx, o)).append('>');
        } else if (o instanceof PyCoroutine c) {
            sb.append("<coroutine object ").append(c.qualifiedName()).append(" at ").append(address(ctx, o)).append('>');
        } else if (o instanceof PyBoundMethod m) {
            String name = m.function instanceof PyFunction f ? f.qualifiedName
                    : m.function instanceof PyNativeFunction n ? n.name : "?";
            if (m.function instanceof PyNativeFunction) {
                sb.append("<built-in method ").append(name).append(" of ").append(m.self.type().name)
                        .append(" object at ").append(address(ctx, m.self)).append('>');
            } else {
                sb.append("<bound method ").append(name).append(" of ");
                reprInto(sb, ctx, m.self, seen);
                sb.append('>');
            }
        } else if (o instanceof PyModule m) {
            sb.append("<module '").append(m.name).append(m.name.equals("__main__") ? "'>" : "' (built-in)>");
        } else if (o instanceof PyRange r) {
            sb.append("range(").append(r.start).append(", ").append(r.stop);
            if (r.step != 1) {
                sb.append(", ").append(r.step);
            }
            sb.append(')');
        } else if (o instanceof PySlice s) {
            sb.append("slice(");
            reprInto(sb, ctx, s.start, seen);
            sb.append(", ");
            reprInto(sb, ctx, s.stop, seen);
            sb.append(", ");
            reprInto(sb, ctx, s.step, seen);
            sb.append(')');
        } else if (o instanceof DictView v) {
            sb.append(v.type().name).append('(');
            PyList items = new PyList();
            Iterator<PyObject> it = v.javaIterator();
            while (it.hasNext()) {
                items.items.add(it.next());
            }
            reprInto(sb, ctx, items, seen);
            sb.append(')');
        } else {
            sb.append('<').append(o.type().name).append(" object at ").append(address(ctx, o)).append('>');
        }
    }

    private static void containerReprInto(StringBuilder sb, CallContext ctx, PyObject o,
                                          IdentityHashMap<PyObject, Boolean> seen) {
        if (o instanceof PyList l) {
            sb.append('[');
            for (int i = 0; i < l.items.size() && !pastCut(sb, ctx); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                reprInto(sb, ctx, l.items.get(i), seen);
            }
            sb.append(']');
        } else if (o instanceof PyTuple t) {
            sb.append('(');
            for (int i = 0; i < t.items.length && !pastCut(sb, ctx); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                reprInto(sb, ctx, t.items[i], seen);
            }
            sb.append(t.items.length == 1 ? ",)" : ")");
        } else if (o instanceof PyDict d) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                if (pastCut(sb, ctx)) {
                    break;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                reprInto(sb, ctx, e.getKey(), seen);
                sb.append(": ");
                reprInto(sb, ctx, e.getValue(), seen);
            }
            sb.append('}');
        } else if (o instanceof PySet s) {
            if (s.items.isEmpty()) {
                sb.append(s.frozen ? "frozenset()" : "set()");
                return;
            }
            if (s.frozen) {
                sb.append("frozenset(");
            }
            sb.append('{');
            boolean first = true;
            for (PyObject item : SetOrder.cpythonOrder(s.items)) {
                if (pastCut(sb, ctx)) {
                    break;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                reprInto(sb, ctx, item, seen);
            }
            sb.append('}');
            if (s.frozen) {
                sb.append(')');
            }
        }
    }

    /** {@code <class '__main__.C'>} for program classes, {@code <class 'int'>} for built-ins. */
    public static String qualifiedName(PyType t) {
        if (t.builtin && t.dict.get("__module__") instanceof PyStr module) {
            return module.value + "." + t.name;
        }
        return t.builtin ? t.name : t.module + "." + t.name;
    }

    /** A stable stand-in for CPython's object addresses: the same on every machine and run. */
    private static String address(CallContext ctx, PyObject o) {
        return "0x" + Long.toHexString(ctx.objectIds().idOf(o));
    }

    public static String floatRepr(double d) {
        return lockstep.sim.runtime.format.FloatRepr.repr(d);
    }

    /** Python's repr of a str: single quotes unless the text has a single quote and no double quote. */
    public static String strRepr(String s) {
        return lockstep.sim.runtime.format.PyValues.reprStr(s);
    }

    // ---- equality and hashing

    /** Python {@code ==}, calling {@code __eq__} of program classes. */
    public static boolean eq(CallContext ctx, PyObject a, PyObject b) {
        if (a == b) {
            return !(a instanceof PyFloat f && Double.isNaN(f.value));
        }
        if (a instanceof PyInstance && !(a instanceof PyBaseException)) {
            PyObject m = a.type().lookup("__eq__");
            PyObject r = m == null ? PyNotImplemented.NOT_IMPLEMENTED : ctx.call(m, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return truthy(ctx, r);
            }
        }
        if (b instanceof PyInstance && !(b instanceof PyBaseException)) {
            PyObject m = b.type().lookup("__eq__");
            PyObject r = m == null ? PyNotImplemented.NOT_IMPLEMENTED : ctx.call(m, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return truthy(ctx, r);
            }
        }
        if (a instanceof PyList la && b instanceof PyList lb) {
            return la.items.size() == lb.items.size() && itemsEqual(ctx, la.items, lb.items);
        }
        if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return ta.items.length == tb.items.length
                    && itemsEqual(ctx, Arrays.asList(ta.items), Arrays.asList(tb.items));
        }
        if (a instanceof PyDict da && da.ownSpecial("__eq__") != null) {
            return truthy(ctx, ctx.call(da.ownSpecial("__eq__"), a, b));
        }
        if (b instanceof PyDict db && db.ownSpecial("__eq__") != null) {
            return truthy(ctx, ctx.call(db.ownSpecial("__eq__"), b, a));
        }
        if (a instanceof PyDict da && b instanceof PyDict db) {
            if (da.map.size() != db.map.size()) {
                return false;
            }
            ctx.recursion().enter(RecursionGuard.IN_COMPARISON);
            try {
                for (Map.Entry<PyObject, PyObject> e : da.map.entrySet()) {
                    PyObject other = db.map.get(e.getKey());
                    if (other == null || !eq(ctx, e.getValue(), other)) {
                        return false;
                    }
                }
                return true;
            } catch (StackOverflowError e) {
                throw RecursionGuard.overflow(RecursionGuard.IN_COMPARISON);
            } finally {
                ctx.recursion().exit();
            }
        }
        if (a instanceof PySet sa && b instanceof PySet sb) {
            return sa.items.equals(sb.items);
        }
        if (a instanceof DictView va && b instanceof DictView vb && va.kind != DictView.Kind.VALUES
                && va.kind == vb.kind) {
            return va.asSet().equals(vb.asSet());
        }
        if (SetViews.comparable(a, b)) {
            return SetViews.items(a).equals(SetViews.items(b));
        }
        return valueEquals(a, b);
    }

    /** Item by item {@code ==} of two sequences of one length (read live, as CPython's), one level deeper. */
    private static boolean itemsEqual(CallContext ctx, List<PyObject> xa, List<PyObject> xb) {
        ctx.recursion().enter(RecursionGuard.IN_COMPARISON);
        try {
            for (int i = 0; i < xa.size() && i < xb.size(); i++) {
                if (!eq(ctx, xa.get(i), xb.get(i))) {
                    return false;
                }
            }
            return true;
        } catch (StackOverflowError e) {
            throw RecursionGuard.overflow(RecursionGuard.IN_COMPARISON);
        } finally {
            ctx.recursion().exit();
        }
    }

    /** Equality of plain values, as used for dict keys and set items (no program code runs). */
    public static boolean valueEquals(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyInt ia) {
            if (b instanceof PyInt ib) {
                return ia.big == null && ib.big == null ? ia.value == ib.value : ia.toBig().equals(ib.toBig());
            }
            if (b instanceof PyFloat fb) {
                return intEqualsFloat(ia, fb.value);
            }
            return false;
        }
        if (a instanceof PyFloat fa) {
            if (b instanceof PyFloat fb) {
                return fa.value == fb.value;
            }
            if (b instanceof PyInt ib) {
                return intEqualsFloat(ib, fa.value);
            }
            return false;
        }
        if (a instanceof PyStr sa) {
            return b instanceof PyStr sb && sa.value.equals(sb.value);
        }
        if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            if (ta.items.length != tb.items.length) {
                return false;
            }
            for (int i = 0; i < ta.items.length; i++) {
                if (!ta.items[i].equals(tb.items[i])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PySet sa && b instanceof PySet sb) {
            return sa.items.equals(sb.items);
        }
        return false;
    }

    private static boolean intEqualsFloat(PyInt i, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.floor(d)) {
            return false;
        }
        if (i.big == null && Math.abs(d) < 9.0e15) {
            return (double) i.value == d && (long) d == i.value;
        }
        return new BigDecimal(d).toBigIntegerExact().equals(i.toBig());
    }

    /** A Java hash consistent with {@link #valueEquals}: {@code 1}, {@code 1.0} and {@code True} hash alike. */
    public static int hashOf(PyObject o) {
        if (o instanceof PyInt i) {
            return i.big == null ? Long.hashCode(i.value) : i.big.hashCode();
        }
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (d == Math.floor(d) && !Double.isInfinite(d)) {
                if (d >= -0x1p63 && d < 0x1p63) {
                    return Long.hashCode((long) d);
                }
                return new BigDecimal(d).toBigInteger().hashCode();
            }
            return Double.hashCode(d);
        }
        if (o instanceof PyStr s) {
            return s.value.hashCode();
        }
        if (o instanceof PyTuple t) {
            int h = 1;
            for (PyObject item : t.items) {
                h = 31 * h + item.hashCode();
            }
            return h;
        }
        return o.hashCode();
    }

    /** Raises {@code TypeError: unhashable type} for values that cannot key a dict or join a set. */
    public static PyObject checkHashable(PyObject key) {
        if (key instanceof PyList || key instanceof PyDict || (key instanceof PySet s && !s.frozen)
                || key instanceof PyInstance && key.type().lookup("__hash__") == PyNone.NONE) {
            throw Errors.typeError("unhashable type: '" + key.type().name + "'");
        }
        if (key instanceof PyTuple t) {
            for (PyObject item : t.items) {
                checkHashable(item);
            }
        }
        return key;
    }

    // ---- ordering

    /** {@code a < b} and friends; {@code op} is one of {@code < <= > >=}. */
    public static boolean compare(CallContext ctx, PyObject a, PyObject b, String op) {
        if (a instanceof PyInt ia && b instanceof PyInt ib) {
            int c = ia.big == null && ib.big == null ? Long.compare(ia.value, ib.value) : ia.toBig().compareTo(ib.toBig());
            return holds(c, op);
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b, op);
        }
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            return holds(sa.value.compareTo(sb.value), op);
        }
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            PyObject[] xa = a instanceof PyList la ? la.items.toArray(new PyObject[0]) : ((PyTuple) a).items;
            PyObject[] xb = b instanceof PyList lb ? lb.items.toArray(new PyObject[0]) : ((PyTuple) b).items;
            int n = Math.min(xa.length, xb.length);
            ctx.recursion().enter(RecursionGuard.IN_COMPARISON);
            try {
                for (int i = 0; i < n; i++) {
                    if (!eq(ctx, xa[i], xb[i])) {
                        return compare(ctx, xa[i], xb[i], op);
                    }
                }
            } catch (StackOverflowError e) {
                throw RecursionGuard.overflow(RecursionGuard.IN_COMPARISON);
            } finally {
                ctx.recursion().exit();
            }
            return holds(Integer.compare(xa.length, xb.length), op);
        }
        if (SetViews.comparable(a, b)) {
            return SetViews.compare(a, b, op);
        }
        if (a instanceof PySet sa && b instanceof PySet sb) {
            return switch (op) {
                case "<=" -> sb.items.containsAll(sa.items);
                case "<" -> sa.items.size() < sb.items.size() && sb.items.containsAll(sa.items);
                case ">=" -> sa.items.containsAll(sb.items);
                default -> sb.items.size() < sa.items.size() && sa.items.containsAll(sb.items);
            };
        }
        String method = switch (op) {
            case "<" -> "__lt__";
            case "<=" -> "__le__";
            case ">" -> "__gt__";
            default -> "__ge__";
        };
        String reflected = switch (op) {
            case "<" -> "__gt__";
            case "<=" -> "__ge__";
            case ">" -> "__lt__";
            default -> "__le__";
        };
        if (a instanceof PyInstance) {
            PyObject m = a.type().lookup(method);
            PyObject r = m == null ? PyNotImplemented.NOT_IMPLEMENTED : ctx.call(m, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return truthy(ctx, r);
            }
        }
        if (a instanceof PyDict d && d.ownSpecial(method) != null) {
            return truthy(ctx, ctx.call(d.ownSpecial(method), a, b));
        }
        if (b instanceof PyInstance) {
            PyObject m = b.type().lookup(reflected);
            PyObject r = m == null ? PyNotImplemented.NOT_IMPLEMENTED : ctx.call(m, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return truthy(ctx, r);
            }
        }
        if (b instanceof PyDict d && d.ownSpecial(reflected) != null) {
            return truthy(ctx, ctx.call(d.ownSpecial(reflected), b, a));
        }
        throw Errors.typeError("'" + op + "' not supported between instances of '" + a.type().name + "' and '"
                + b.type().name + "'");
    }

    public static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    private static boolean compareNumbers(PyObject a, PyObject b, String op) {
        if (a instanceof PyFloat fa && b instanceof PyFloat fb) {
            return holdsDouble(fa.value, fb.value, op);
        }
        double da = a instanceof PyFloat fa ? fa.value : ((PyInt) a).toDouble();
        double db = b instanceof PyFloat fb ? fb.value : ((PyInt) b).toDouble();
        if (Double.isNaN(da) || Double.isNaN(db) || Double.isInfinite(da) || Double.isInfinite(db)) {
            return holdsDouble(da, db, op);
        }
        BigDecimal xa = a instanceof PyFloat ? new BigDecimal(da) : new BigDecimal(((PyInt) a).toBig());
        BigDecimal xb = b instanceof PyFloat ? new BigDecimal(db) : new BigDecimal(((PyInt) b).toBig());
        return holds(xa.compareTo(xb), op);
    }

    private static boolean holdsDouble(double a, double b, String op) {
        return switch (op) {
            case "<" -> a < b;
            case "<=" -> a <= b;
            case ">" -> a > b;
            default -> a >= b;
        };
    }

    private static boolean holds(int c, String op) {
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }
}
