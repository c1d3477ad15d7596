package lockstep.sim.library;

import static lockstep.sim.library.TypeMethods.noArgs;
import static lockstep.sim.library.TypeMethods.noKeywords;
import static lockstep.sim.library.TypeMethods.oneArg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;
import lockstep.sim.runtime.WorkMeter;

/**
 * The methods of {@code set} and {@code frozenset}. Results of operations take the receiver's type; items taken
 * from other iterables must be hashable. Items are added in the order CPython's algorithms visit them.
 */
final class SetMethods {
    private SetMethods() {}

    /** A set operation: self (already checked) and the arguments after it. */
    private interface Op {
        PyObject apply(CallContext ctx, PySet self, PyObject[] others);
    }

    static void install() {
        installShared();
        installViewMethods();
        installMutators();
    }

    /** The methods {@code set} and {@code frozenset} share: they read self and make new sets. */
    private static void installShared() {
        for (PyType type : new PyType[] {Types.SET, Types.FROZENSET}) {
            boolean frozen = type == Types.FROZENSET;
            many(type, "union", (ctx, s, o) -> {
                PySet r = copyOf(s);
                for (PyObject x : o) {
                    addAll(ctx, r, x);
                }
                return r;
            });
            many(type, "intersection", (ctx, s, o) -> {
                PySet r = copyOf(s);
                for (PyObject x : o) {
                    r = intersection(ctx, r, x, s.frozen);
                }
                return r;
            });
            many(type, "difference", (ctx, s, o) -> {
                PySet r = copyOf(s);
                for (PyObject x : o) {
                    removeAll(ctx, r, x);
                }
                return r;
            });
            one(type, "symmetric_difference", (ctx, s, o) -> {
                PySet r = new PySet(toSet(ctx, o[0]), s.frozen);
                symmetricUpdate(r, s);
                return r;
            });
            one(type, "issubset", (ctx, s, o) -> PyBool.of(isSubset(s, asSet(ctx, o[0]))));
            one(type, "issuperset", (ctx, s, o) -> {
                for (PyObject x : Items.toList(ctx, o[0])) {
                    if (!s.items.contains(key(x))) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
            one(type, "isdisjoint", (ctx, s, o) -> {
                for (PyObject x : Items.toList(ctx, o[0])) {
                    if (s.items.contains(key(x))) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
            none(type, "copy", (ctx, s, o) -> frozen ? s : copyOf(s));
            Natives.method(type, "__len__", (ctx, a, kw) -> {
                return PyInt.of(TypeMethods.wrapperSelf(a, kw, PySet.class, type, "__len__").items.size());
            });
        }
    }

    /** {@code keys()} and {@code items()} are set-like: {@code isdisjoint} takes any iterable. */
    private static void installViewMethods() {
        for (PyType view : new PyType[] {Types.DICT_KEYS, Types.DICT_ITEMS}) {
            Natives.method(view, "isdisjoint", (ctx, a, kw) -> {
                noKeywords("isdisjoint", kw);
                if (a.length != 2) {
                    throw Errors.typeError("isdisjoint() takes exactly one argument (" + (a.length - 1) + " given)");
                }
                for (PyObject x : Items.toList(ctx, a[1])) {
                    if (Items.contains(ctx, a[0], x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
        }
    }

    /** The methods only a {@code set} has: they change it. */
    private static void installMutators() {
        PyType t = Types.SET;
        one(t, "add", (ctx, s, o) -> {
            ctx.work().grewTo(s.items.size() + 1L, WorkMeter.SET_ENTRY_BYTES);
            s.items.add(Ops.checkHashable(o[0]));
            return PyNone.NONE;
        });
        one(t, "remove", (ctx, s, o) -> {
            if (!s.items.remove(key(o[0]))) {
                throw Errors.keyError(o[0]);
            }
            return PyNone.NONE;
        });
        one(t, "discard", (ctx, s, o) -> {
            s.items.remove(key(o[0]));
            return PyNone.NONE;
        });
        none(t, "pop", (ctx, s, o) -> {
            if (s.items.isEmpty()) {
                throw Errors.keyError(PyStr.of("pop from an empty set"));
            }
            return s.popCursor().pop(s);
        });
        none(t, "clear", (ctx, s, o) -> {
            s.items.clear();
            return PyNone.NONE;
        });
        many(t, "update", (ctx, s, o) -> {
            for (PyObject x : o) {
                addAll(ctx, s, x);
            }
            return PyNone.NONE;
        });
        many(t, "intersection_update", (ctx, s, o) -> {
            PySet r = s;
            for (PyObject x : o) {
                r = intersection(ctx, r, x, false);
            }
            replace(s, r.items);
            return PyNone.NONE;
        });
        many(t, "difference_update", (ctx, s, o) -> {
            for (PyObject x : o) {
                if (x == s) {
                    s.items.clear();
                } else {
                    removeAll(ctx, s, x);
                }
            }
            return PyNone.NONE;
        });
        one(t, "symmetric_difference_update", (ctx, s, o) -> {
            if (o[0] == s) {
                s.items.clear();
            } else {
                symmetricUpdate(s, o[0] instanceof PySet other ? other : new PySet(toSet(ctx, o[0]), true));
            }
            return PyNone.NONE;
        });
    }

    /** METH_VARARGS: any number of arguments, no keywords. */
    private static void many(PyType type, String name, Op op) {
        Natives.method(type, name, (ctx, a, kw) -> {
            PySet s = TypeMethods.self(a, PySet.class, type, name);
            noKeywords(type.name + "." + name, kw);
            PyObject[] others = new PyObject[a.length - 1];
            System.arraycopy(a, 1, others, 0, others.length);
            return op.apply(ctx, s, others);
        });
    }

    /** METH_O. */
    private static void one(PyType type, String name, Op op) {
        Natives.method(type, name, (ctx, a, kw) -> {
            PySet s = TypeMethods.self(a, PySet.class, type, name);
            oneArg(type.name + "." + name, a, kw);
            return op.apply(ctx, s, new PyObject[] {a[1]});
        });
    }

    /** METH_NOARGS. */
    private static void none(PyType type, String name, Op op) {
        Natives.method(type, name, (ctx, a, kw) -> {
            PySet s = TypeMethods.self(a, PySet.class, type, name);
            noArgs(type.name + "." + name, a, kw);
            return op.apply(ctx, s, new PyObject[0]);
        });
    }

    private static PySet copyOf(PySet s) {
        return new PySet(new LinkedHashSet<>(s.items), s.frozen);
    }

    /**
     * A value to look up in a set: must be hashable, but a (mutable) set is looked up as the frozenset with the
     * same items, as CPython does for {@code remove}, {@code discard} and {@code in}.
     */
    private static PyObject key(PyObject x) {
        if (x instanceof PySet s && !s.frozen) {
            return new PySet(s.items, true);
        }
        return Ops.checkHashable(x);
    }

    /** The items of an iterable, checked hashable, in iteration order. */
    private static LinkedHashSet<PyObject> toSet(CallContext ctx, PyObject iterable) {
        if (iterable instanceof PySet s) {
            return new LinkedHashSet<>(s.items);
        }
        LinkedHashSet<PyObject> out = new LinkedHashSet<>();
        for (PyObject x : Items.toList(ctx, iterable)) {
            out.add(Ops.checkHashable(x));
        }
        return out;
    }

    private static LinkedHashSet<PyObject> asSet(CallContext ctx, PyObject iterable) {
        return iterable instanceof PySet s ? s.items : toSet(ctx, iterable);
    }

    private static void addAll(CallContext ctx, PySet into, PyObject iterable) {
        if (iterable instanceof PySet s) {
            into.items.addAll(new ArrayList<>(s.items));
            return;
        }
        if (iterable instanceof PyDict d) {
            into.items.addAll(new ArrayList<>(d.map.keySet()));
            return;
        }
        for (PyObject x : Items.toList(ctx, iterable)) {
            into.items.add(Ops.checkHashable(x));
            if (into.items.size() > Items.MAX_ITEMS) {
                throw Errors.memoryError("");
            }
        }
    }

    private static void removeAll(CallContext ctx, PySet from, PyObject iterable) {
        if (iterable instanceof PySet s) {
            from.items.removeAll(new ArrayList<>(s.items));
            return;
        }
        for (PyObject x : Items.toList(ctx, iterable)) {
            from.items.remove(key(x));
        }
    }

    /** CPython's {@code set_intersection}: visits the smaller set when both are sets, else the iterable. */
    private static PySet intersection(CallContext ctx, PySet s, PyObject other, boolean frozen) {
        LinkedHashSet<PyObject> out = new LinkedHashSet<>();
        if (other instanceof PySet o) {
            Collection<PyObject> visit = o.items.size() > s.items.size() ? s.items : o.items;
            Collection<PyObject> in = visit == s.items ? o.items : s.items;
            for (PyObject x : visit) {
                if (in.contains(x)) {
                    out.add(x);
                }
            }
        } else {
            for (PyObject x : Items.toList(ctx, other)) {
                if (s.items.contains(key(x))) {
                    out.add(x);
                }
            }
        }
        return new PySet(out, frozen);
    }

    private static void symmetricUpdate(PySet s, PySet other) {
        for (PyObject x : new ArrayList<>(other.items)) {
            if (!s.items.remove(x)) {
                s.items.add(x);
            }
        }
    }

    private static boolean isSubset(PySet s, Collection<PyObject> other) {
        if (s.items.size() > other.size()) {
            return false;
        }
        for (PyObject x : s.items) {
            if (!other.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private static void replace(PySet s, LinkedHashSet<PyObject> items) {
        if (items != s.items) {
            List<PyObject> keep = new ArrayList<>(items);
            s.items.clear();
            s.items.addAll(keep);
        }
    }
}
