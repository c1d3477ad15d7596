package lockstep.sim.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lockstep.sim.runtime.Arith;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.ObjectCopier;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * {@code collections.Counter}: a dict of counts whose missing keys count zero, with CPython's most_common order
 * (by count, first seen first among equals), repr, arithmetic keeping positive counts, update, subtract, elements
 * and total.
 */
final class Counters {
    static final PyType COUNTER = new PyType("Counter", Types.DICT, true, "collections");

    static {
        COUNTER.dict.put("__module__", PyStr.of("collections"));
        COUNTER.setConstructor((ctx, t, a, kw) -> {
            if (a.length > 1) {
                throw Errors.typeError("expected at most 1 argument, got " + a.length);
            }
            Counter c = new Counter();
            update(ctx, c, a.length == 1 ? a[0] : null, kw, lockstep.sim.lang.BinaryOperator.ADD);
            return c;
        });
        Natives.method(COUNTER, "__missing__", (ctx, a, kw) -> PyInt.ZERO);
        // Deleting a count that is not there is no error: the count was zero already.
        Natives.method(COUNTER, "__delitem__", (ctx, a, kw) -> {
            ((PyDict) a[0]).map.remove(Ops.checkHashable(a[1]));
            return PyNone.NONE;
        });
        Natives.method(COUNTER, "__repr__", (ctx, a, kw) -> {
            Counter c = (Counter) a[0];
            if (c.map.isEmpty()) {
                return PyStr.of("Counter()");
            }
            StringBuilder sb = new StringBuilder("Counter({");
            boolean first = true;
            for (PyObject pair : mostCommon(ctx, c)) {
                PyTuple t = (PyTuple) pair;
                sb.append(first ? "" : ", ").append(Ops.repr(ctx, t.items[0])).append(": ")
                        .append(Ops.repr(ctx, t.items[1]));
                first = false;
            }
            return PyStr.of(sb.append("})").toString());
        });
        installMethods();
        installArithmetic();
        COUNTER.freeze();
    }

    private Counters() {}

    static final class Counter extends PyDict {
        @Override
        public PyType type() {
            return COUNTER;
        }

        @Override
        public PyDict emptyCopy(ObjectCopier copier) {
            return new Counter();
        }
    }

    private static void installMethods() {
        Natives.method(COUNTER, "most_common", (ctx, a, kw) -> {
            PyObject[] v = TypeMethods.keywords("most_common", a, kw, 1, "n");
            List<PyObject> all = mostCommon(ctx, (PyDict) a[0]);
            if (v[0] != null && v[0] != PyNone.NONE) {
                long n = Math.max(0, Args.asLong(v[0]));
                all = all.subList(0, (int) Math.min(n, all.size()));
            }
            return new PyList(new ArrayList<>(all), true);
        });
        Natives.method(COUNTER, "elements", (ctx, a, kw) -> {
            List<PyObject> out = new ArrayList<>();
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) a[0]).map.entrySet()) {
                long n = e.getValue() instanceof PyInt i && i.big == null ? i.value : 0;
                for (long k = 0; k < n; k++) {
                    out.add(e.getKey());
                }
            }
            return new ChainingIterators.Chain(Items.iter(ctx, PyTuple.of(new PyList(new ArrayList<>(out), true))));
        });
        Natives.method(COUNTER, "update", (ctx, a, kw) -> {
            Args.count("update", java.util.Arrays.copyOfRange(a, 1, a.length), 0, 1);
            update(ctx, (PyDict) a[0], a.length > 1 ? a[1] : null, kw, lockstep.sim.lang.BinaryOperator.ADD);
            return PyNone.NONE;
        });
        Natives.method(COUNTER, "subtract", (ctx, a, kw) -> {
            Args.count("subtract", java.util.Arrays.copyOfRange(a, 1, a.length), 0, 1);
            update(ctx, (PyDict) a[0], a.length > 1 ? a[1] : null, kw, lockstep.sim.lang.BinaryOperator.SUB);
            return PyNone.NONE;
        });
        Natives.method(COUNTER, "total", (ctx, a, kw) -> {
            PyObject sum = PyInt.ZERO;
            for (PyObject v : ((PyDict) a[0]).map.values()) {
                sum = Arith.binary(ctx, lockstep.sim.lang.BinaryOperator.ADD, sum, v);
            }
            return sum;
        });
        Natives.method(COUNTER, "copy", (ctx, a, kw) -> {
            Counter copy = new Counter();
            copy.map.putAll(((PyDict) a[0]).map);
            return copy;
        });
        Natives.method(COUNTER, "__eq__", (ctx, a, kw) -> {
            PyDict self = (PyDict) a[0];
            if (!(a[1] instanceof Counter other)) {
                return PyBool.of(a[1] instanceof PyDict o && Ops.eq(ctx, DerivedDicts.plain(self), DerivedDicts.plain(o)));
            }
            for (PyDict side : List.of(self, other)) {
                for (PyObject key : new ArrayList<>(side.map.keySet())) {
                    if (!Ops.eq(ctx, countOf(self, key), countOf(other, key))) {
                        return PyBool.FALSE;
                    }
                }
            }
            return PyBool.TRUE;
        });
    }

    /** +, -, |, & (and their in-place forms): results keep only positive counts, as CPython's do. */
    private static void installArithmetic() {
        binary("add", "+", (ctx, x, y) -> Arith.binary(ctx, lockstep.sim.lang.BinaryOperator.ADD, x, y));
        binary("sub", "-", (ctx, x, y) -> Arith.binary(ctx, lockstep.sim.lang.BinaryOperator.SUB, x, y));
        binary("or", "|", (ctx, x, y) -> Ops.compare(ctx, x, y, "<") ? y : x);
        binary("and", "&", (ctx, x, y) -> Ops.compare(ctx, x, y, "<") ? x : y);
        inclusion("__le__", "<=", false, false);
        inclusion("__lt__", "<", false, true);
        inclusion("__ge__", ">=", true, false);
        inclusion("__gt__", ">", true, true);
        Natives.method(COUNTER, "__pos__", (ctx, a, kw) -> signed(ctx, (PyDict) a[0], false));
        Natives.method(COUNTER, "__neg__", (ctx, a, kw) -> signed(ctx, (PyDict) a[0], true));
        Natives.classLevel(COUNTER, "fromkeys", (ctx, a, kw) -> {
            throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR,
                    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
        });
    }

    /**
     * Counter's multiset comparisons (3.10): {@code a <= b} when every count of a is at most b's (missing counts
     * being zero); strict when, besides, they differ. Against anything but a Counter, CPython's TypeError.
     */
    private static void inclusion(String name, String symbol, boolean superset, boolean strict) {
        Natives.method(COUNTER, name, (ctx, a, kw) -> {
            if (!(a[1] instanceof Counter)) {
                throw Errors.typeError("'" + symbol + "' not supported between instances of 'Counter' and '"
                        + a[1].type().name + "'");
            }
            PyDict small = (PyDict) (superset ? a[1] : a[0]);
            PyDict large = (PyDict) (superset ? a[0] : a[1]);
            for (PyDict side : List.of(small, large)) {
                for (PyObject key : new ArrayList<>(side.map.keySet())) {
                    if (!Ops.compare(ctx, countOf(small, key), countOf(large, key), "<=")) {
                        return PyBool.FALSE;
                    }
                }
            }
            boolean equal = Ops.truthy(ctx, ctx.call(COUNTER.dict.get("__eq__"), a[0], a[1]));
            return PyBool.of(!strict || !equal);
        });
    }

    /** {@code +c}: the positive counts; {@code -c}: the negative counts, negated. */
    private static Counter signed(CallContext ctx, PyDict c, boolean negate) {
        Counter result = new Counter();
        for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(c.map.entrySet())) {
            PyObject value = negate ? Arith.binary(ctx, lockstep.sim.lang.BinaryOperator.SUB, PyInt.ZERO, e.getValue())
                    : e.getValue();
            if (Ops.compare(ctx, PyInt.ZERO, value, "<")) {
                result.map.put(e.getKey(), value);
            }
        }
        return result;
    }

    @FunctionalInterface
    private interface Combine {
        PyObject apply(CallContext ctx, PyObject x, PyObject y);
    }

    private static void binary(String name, String symbol, Combine combine) {
        Natives.method(COUNTER, "__" + name + "__", (ctx, a, kw) -> combined(ctx, a, symbol, combine));
        Natives.method(COUNTER, "__i" + name + "__", (ctx, a, kw) -> {
            Counter result = combined(ctx, a, symbol, combine);
            PyDict self = (PyDict) a[0];
            self.map.clear();
            self.map.putAll(result.map);
            return self;
        });
    }

    /** CPython's Counter arithmetic: the left's keys in order, then the right's new ones; positive results only. */
    private static Counter combined(CallContext ctx, PyObject[] a, String symbol, Combine combine) {
        if (!(a[1] instanceof Counter other)) {
            throw Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + a[0].type().name + "' and '"
                    + a[1].type().name + "'");
        }
        PyDict self = (PyDict) a[0];
        Counter result = new Counter();
        boolean union = symbol.equals("+") || symbol.equals("|");
        for (PyObject key : new ArrayList<>(self.map.keySet())) {
            if (!union && symbol.equals("&") && !other.map.containsKey(key)) {
                continue;
            }
            PyObject value = combine.apply(ctx, self.map.get(key), countOf(other, key));
            if (Ops.compare(ctx, PyInt.ZERO, value, "<")) {
                result.map.put(key, value);
            }
        }
        if (union) {
            for (PyObject key : new ArrayList<>(other.map.keySet())) {
                if (!self.map.containsKey(key) && Ops.compare(ctx, PyInt.ZERO, other.map.get(key), "<")) {
                    result.map.put(key, other.map.get(key));
                }
            }
        }
        return result;
    }

    private static PyObject countOf(PyDict d, PyObject key) {
        PyObject v = d.map.get(key);
        return v == null ? PyInt.ZERO : v;
    }

    /** The (key, count) pairs by count, largest first; a stable sort keeps first-seen order among equals. */
    static List<PyObject> mostCommon(CallContext ctx, PyDict c) {
        List<PyObject> pairs = new ArrayList<>();
        for (Map.Entry<PyObject, PyObject> e : c.map.entrySet()) {
            pairs.add(PyTuple.of(e.getKey(), e.getValue()));
        }
        // Sorted by itemgetter(1), as CPython's most_common sorts.
        Sorting.sort(ctx, pairs, new lockstep.sim.runtime.PyNativeFunction("count",
                (keyCtx, a, kw) -> ((PyTuple) a[0]).items[1]), true);
        return pairs;
    }

    /**
     * Counter.update and subtract: a mapping adds (or takes away) its counts; any other iterable counts its items.
     * Keyword arguments count as a mapping.
     */
    private static void update(CallContext ctx, PyDict c, PyObject source, PyDict kw,
                               lockstep.sim.lang.BinaryOperator op) {
        if (source != null && source != PyNone.NONE) {
            if (source instanceof PyDict mapping) {
                for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(mapping.map.entrySet())) {
                    c.map.put(e.getKey(), Arith.binary(ctx, op, countOf(c, e.getKey()), e.getValue()));
                }
            } else {
                PyIterator it = Items.iter(ctx, source);
                for (PyObject x = it.next(ctx); x != null; x = it.next(ctx)) {
                    PyObject key = Ops.checkHashable(x);
                    c.map.put(key, Arith.binary(ctx, op, countOf(c, key), PyInt.ONE));
                }
            }
        }
        if (kw != null) {
            for (Map.Entry<PyObject, PyObject> e : kw.map.entrySet()) {
                c.map.put(e.getKey(), Arith.binary(ctx, op, countOf(c, e.getKey()), e.getValue()));
            }
        }
    }
}
