package lockstep.sim.library;

import static lockstep.sim.library.Deques.DEQUE;
import static lockstep.sim.library.Deques.self;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import lockstep.sim.library.Deques.Deque;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PySlice;
import lockstep.sim.runtime.PyStr;

/** The methods of {@code collections.deque}, with CPython's messages. */
final class DequeMethods {
    private DequeMethods() {}

    /** append, appendleft, pop, popleft, extend, extendleft, clear, rotate, reverse, insert, copy. */
    static void installEnds() {
        Natives.method(DEQUE, "append", (ctx, a, kw) -> {
            one("append", a, kw);
            self(a).append(a[1]);
            return PyNone.NONE;
        });
        Natives.method(DEQUE, "appendleft", (ctx, a, kw) -> {
            one("appendleft", a, kw);
            self(a).appendLeft(a[1]);
            return PyNone.NONE;
        });
        Natives.method(DEQUE, "pop", (ctx, a, kw) -> {
            TypeMethods.noArgs("deque.pop", a, kw);
            Deque d = self(a);
            if (d.items.isEmpty()) {
                throw Errors.indexError("pop from an empty deque");
            }
            d.changes++;
            return d.items.remove(d.items.size() - 1);
        });
        Natives.method(DEQUE, "popleft", (ctx, a, kw) -> {
            TypeMethods.noArgs("deque.popleft", a, kw);
            Deque d = self(a);
            if (d.items.isEmpty()) {
                throw Errors.indexError("pop from an empty deque");
            }
            d.changes++;
            return d.items.remove(0);
        });
        Natives.method(DEQUE, "extend", (ctx, a, kw) -> {
            one("extend", a, kw);
            self(a).extend(ctx, a[1]);
            return PyNone.NONE;
        });
        Natives.method(DEQUE, "extendleft", (ctx, a, kw) -> {
            one("extendleft", a, kw);
            Deque d = self(a);
            for (PyObject x : Items.toList(ctx, a[1])) {
                d.appendLeft(x);
            }
            return PyNone.NONE;
        });
        Natives.method(DEQUE, "clear", (ctx, a, kw) -> {
            TypeMethods.noArgs("deque.clear", a, kw);
            self(a).clear();
            return PyNone.NONE;
        });
        Natives.method(DEQUE, "rotate", (ctx, a, kw) -> {
            Args.noKeywords("rotate", kw);
            Args.count("rotate", java.util.Arrays.copyOfRange(a, 1, a.length), 0, 1);
            Deque d = self(a);
            long n = a.length > 1 ? Args.asLong(a[1]) : 1;
            if (!d.items.isEmpty()) {
                d.changes++;
                Collections.rotate(d.items, (int) (n % d.items.size()));
            }
            return PyNone.NONE;
        });
        Natives.method(DEQUE, "reverse", (ctx, a, kw) -> {
            TypeMethods.noArgs("deque.reverse", a, kw);
            Deque d = self(a);
            d.changes++;
            Collections.reverse(d.items);
            return PyNone.NONE;
        });
        Natives.method(DEQUE, "insert", (ctx, a, kw) -> {
            Args.noKeywords("insert", kw);
            if (a.length != 3) {
                throw Errors.typeError("insert expected 2 arguments, got " + (a.length - 1));
            }
            Deque d = self(a);
            if (d.maxlen >= 0 && d.items.size() >= d.maxlen) {
                throw Errors.indexError("deque already at its maximum size");
            }
            long i = Args.asLong(a[1]);
            int n = d.items.size();
            int at = (int) (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
            d.changes++;
            d.items.add(at, a[2]);
            return PyNone.NONE;
        });
        Natives.method(DEQUE, "copy", (ctx, a, kw) -> copy(ctx, self(a)));
        Natives.method(DEQUE, "__copy__", (ctx, a, kw) -> copy(ctx, self(a)));
    }

    /** count, index, remove, __contains__. */
    static void installSearch() {
        Natives.method(DEQUE, "count", (ctx, a, kw) -> {
            one("count", a, kw);
            Deque d = self(a);
            long changes = d.changes;
            int n = 0;
            for (PyObject x : List.copyOf(d.items)) {
                if (x == a[1] || Ops.eq(ctx, x, a[1])) {
                    n++;
                }
                checkUnchanged(d, changes);
            }
            return PyInt.of(n);
        });
        Natives.method(DEQUE, "index", (ctx, a, kw) -> {
            Args.noKeywords("index", kw);
            if (a.length < 2 || a.length > 4) {
                throw Errors.typeError("index expected at least 1 argument, got " + (a.length - 1));
            }
            Deque d = self(a);
            int size = d.items.size();
            long[] bounds = TypeMethods.adjust(a.length > 2 ? Args.asLong(a[2]) : 0,
                    a.length > 3 ? Args.asLong(a[3]) : size, size);
            long changes = d.changes;
            for (long i = bounds[0]; i < bounds[1] && i < d.items.size(); i++) {
                PyObject x = d.items.get((int) i);
                if (x == a[1] || Ops.eq(ctx, x, a[1])) {
                    return PyInt.of(i);
                }
                checkUnchanged(d, changes);
            }
            throw Errors.valueError(Ops.repr(ctx, a[1]) + " is not in deque");
        });
        Natives.method(DEQUE, "remove", (ctx, a, kw) -> {
            one("remove", a, kw);
            Deque d = self(a);
            for (int i = 0; i < d.items.size(); i++) {
                PyObject x = d.items.get(i);
                if (x == a[1] || Ops.eq(ctx, x, a[1])) {
                    d.changes++;
                    d.items.remove(i);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError(Ops.repr(ctx, a[1]) + " is not in deque");
        });
        Natives.method(DEQUE, "__contains__", (ctx, a, kw) -> {
            Deque d = self(a);
            for (PyObject x : List.copyOf(d.items)) {
                if (x == a[1] || Ops.eq(ctx, x, a[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
    }

    /** len, iteration, indexing, repr, equality, + and +=. */
    static void installProtocols() {
        Natives.method(DEQUE, "__len__", (ctx, a, kw) -> PyInt.of(self(a).items.size()));
        Natives.method(DEQUE, "__iter__", (ctx, a, kw) -> new Deques.DequeIterator(self(a), false));
        Natives.method(DEQUE, "__reversed__", (ctx, a, kw) -> new Deques.DequeIterator(self(a), true));
        Natives.method(DEQUE, "__getitem__", (ctx, a, kw) -> {
            Deque d = self(a);
            return d.items.get(position(d, a[1]));
        });
        Natives.method(DEQUE, "__setitem__", (ctx, a, kw) -> {
            Deque d = self(a);
            d.items.set(position(d, a[1]), a[2]);
            return PyNone.NONE;
        });
        Natives.method(DEQUE, "__delitem__", (ctx, a, kw) -> {
            Deque d = self(a);
            int at = position(d, a[1]);
            d.changes++;
            d.items.remove(at);
            return PyNone.NONE;
        });
        Natives.method(DEQUE, "__repr__", (ctx, a, kw) ->
                PyStr.of(self(a).repr(ctx, new IdentityHashMap<>())));
        Natives.method(DEQUE, "__eq__", (ctx, a, kw) -> {
            if (!(a[1] instanceof Deque other)) {
                return PyBool.FALSE;
            }
            return PyBool.of(Ops.eq(ctx, new lockstep.sim.runtime.PyList(List.copyOf(self(a).items)),
                    new lockstep.sim.runtime.PyList(List.copyOf(other.items))));
        });
        Natives.method(DEQUE, "__add__", (ctx, a, kw) -> {
            if (!(a[1] instanceof Deque other)) {
                throw Errors.typeError("can only concatenate deque (not \"" + a[1].type().name + "\") to deque");
            }
            Deque sum = copy(ctx, self(a));
            for (PyObject x : List.copyOf(other.items)) {
                sum.append(x);
            }
            return sum;
        });
        Natives.method(DEQUE, "__iadd__", (ctx, a, kw) -> {
            self(a).extend(ctx, a[1]);
            return a[0];
        });
        Natives.method(DEQUE, "__mul__", (ctx, a, kw) -> {
            Deque product = copy(ctx, self(a));
            repeatInPlace(product, Args.asLong(a[1]));
            return product;
        });
        DEQUE.dict.put("__rmul__", DEQUE.dict.get("__mul__"));
        Natives.method(DEQUE, "__imul__", (ctx, a, kw) -> {
            repeatInPlace(self(a), Args.asLong(a[1]));
            return a[0];
        });
        for (String op : new String[] {"<", "<=", ">", ">="}) {
            String name = switch (op) {
                case "<" -> "__lt__";
                case "<=" -> "__le__";
                case ">" -> "__gt__";
                default -> "__ge__";
            };
            // Deques order as lists of their items do; against anything else the comparison is unsupported.
            Natives.method(DEQUE, name, (ctx, a, kw) -> {
                if (!(a[1] instanceof Deque other)) {
                    throw Errors.typeError("'" + op + "' not supported between instances of '" + a[0].type().name
                            + "' and '" + a[1].type().name + "'");
                }
                return PyBool.of(Ops.compare(ctx, new lockstep.sim.runtime.PyList(List.copyOf(self(a).items)),
                        new lockstep.sim.runtime.PyList(List.copyOf(other.items)), op));
            });
        }
    }

    /** {@code d *= n}: the items n times over (none for n below 1), the oldest dropped past maxlen. */
    private static void repeatInPlace(Deque d, long times) {
        List<PyObject> once = List.copyOf(d.items);
        d.clear();
        for (long i = 0; i < times; i++) {
            for (PyObject x : once) {
                d.append(x);
            }
        }
    }

    private static Deque copy(CallContext ctx, Deque d) {
        Deque copy = new Deque(d.type());
        copy.maxlen = d.maxlen;
        for (PyObject x : d.items) {
            copy.append(x);
        }
        return copy;
    }

    private static int position(Deque d, PyObject key) {
        if (key instanceof PySlice) {
            throw Errors.typeError("sequence index must be integer, not 'slice'");
        }
        long i = Items.index(key, "sequence index must be integer, not '" + key.type().name + "'");
        int n = d.items.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("deque index out of range");
        }
        return (int) i;
    }

    private static void checkUnchanged(Deque d, long changes) {
        if (d.changes != changes) {
            throw Errors.raise(lockstep.sim.runtime.Types.RUNTIME_ERROR, "deque mutated during iteration");
        }
    }

    /** METH_O: exactly one argument after self, as {@code deque.append(x)}. */
    private static void one(String name, PyObject[] a, lockstep.sim.runtime.PyDict kw) {
        Args.noKeywords(name, kw);
        if (a.length != 2) {
            throw Errors.typeError("deque." + name + "() takes exactly one argument (" + (a.length - 1) + " given)");
        }
    }
}
