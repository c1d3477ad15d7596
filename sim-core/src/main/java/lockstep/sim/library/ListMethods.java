package lockstep.sim.library;

import static lockstep.sim.library.TypeMethods.index;
import static lockstep.sim.library.TypeMethods.intFlag;
import static lockstep.sim.library.TypeMethods.keywords;
import static lockstep.sim.library.TypeMethods.noArgs;
import static lockstep.sim.library.TypeMethods.oneArg;
import static lockstep.sim.library.TypeMethods.positional;
import static lockstep.sim.library.TypeMethods.sliceIndex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.Types;
import lockstep.sim.runtime.WorkMeter;

/** The methods of {@code list}. Equality tests call program {@code __eq__}, after an identity check, as CPython does. */
final class ListMethods {
    private ListMethods() {}

    static void install() {
        Natives.method(Types.LIST, "append", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "append");
            oneArg("list.append", a, kw);
            if (items.size() >= Items.MAX_ITEMS) {
                throw Errors.memoryError("");
            }
            // A list grown one item at a time is held to the budget at each thousandth item.
            ctx.work().grewTo(items.size() + 1L, WorkMeter.SLOT_BYTES);
            items.add(a[1]);
            return PyNone.NONE;
        });
        Natives.method(Types.LIST, "extend", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "extend");
            oneArg("list.extend", a, kw);
            List<PyObject> more = Items.toList(ctx, a[1]);
            if ((long) items.size() + more.size() > Items.MAX_ITEMS) {
                throw Errors.memoryError("");
            }
            ctx.work().reserve(WorkMeter.times((long) items.size() + more.size(), WorkMeter.SLOT_BYTES));
            ctx.work().allocated(WorkMeter.made(more.size(), WorkMeter.SLOT_BYTES));
            items.addAll(more);
            return PyNone.NONE;
        });
        Natives.method(Types.LIST, "insert", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "insert");
            positional("insert", "list.insert", a, kw, 2, 2);
            long i = index(a[1]);
            int n = items.size();
            if (i < 0) {
                i += n;
                if (i < 0) {
                    i = 0;
                }
            }
            if (i > n) {
                i = n;
            }
            items.add((int) i, a[2]);
            return PyNone.NONE;
        });
        Natives.method(Types.LIST, "pop", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "pop");
            positional("pop", "list.pop", a, kw, 0, 1);
            long i = a.length > 1 ? index(a[1]) : -1;
            int n = items.size();
            if (n == 0) {
                throw Errors.indexError("pop from empty list");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError("pop index out of range");
            }
            return items.remove((int) i);
        });
        Natives.method(Types.LIST, "remove", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "remove");
            oneArg("list.remove", a, kw);
            for (int i = 0; i < items.size(); i++) {
                if (same(ctx, items.get(i), a[1])) {
                    if (i < items.size()) {
                        items.remove(i);
                    }
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        Natives.method(Types.LIST, "index", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "index");
            positional("index", "list.index", a, kw, 1, 3);
            long i = find(ctx, items, a);
            if (i < 0) {
                throw Errors.valueError(Ops.repr(ctx, a[1]) + " is not in list");
            }
            return PyInt.of(i);
        });
        Natives.method(Types.LIST, "count", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "count");
            oneArg("list.count", a, kw);
            return PyInt.of(count(ctx, items, a[1]));
        });
        Natives.method(Types.LIST, "sort", ListMethods::sort);
        Natives.method(Types.LIST, "reverse", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "reverse");
            noArgs("list.reverse", a, kw);
            Collections.reverse(items);
            return PyNone.NONE;
        });
        Natives.method(Types.LIST, "copy", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "copy");
            noArgs("list.copy", a, kw);
            return new PyList(items);
        });
        Natives.method(Types.LIST, "clear", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "clear");
            noArgs("list.clear", a, kw);
            items.clear();
            return PyNone.NONE;
        });
        Natives.method(Types.LIST, "__len__", (ctx, a, kw) -> {
            return PyInt.of(TypeMethods.wrapperSelf(a, kw, PyList.class, Types.LIST, "__len__").items.size());
        });
    }

    private static List<PyObject> self(PyObject[] a, String method) {
        return TypeMethods.self(a, PyList.class, Types.LIST, method).items;
    }

    /** {@code PyObject_RichCompareBool(item, x, Py_EQ)}: identity first, then {@code ==}. */
    static boolean same(CallContext ctx, PyObject item, PyObject x) {
        return item == x || Ops.eq(ctx, item, x);
    }

    static long count(CallContext ctx, List<PyObject> items, PyObject x) {
        long n = 0;
        for (int i = 0; i < items.size(); i++) {
            if (same(ctx, items.get(i), x)) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@code index(x, start, stop)} over a list or tuple's items ({@code a[1..3]}): the position, or -1. Bounds are
     * read as slice indices but None is refused, as in CPython.
     */
    static long find(CallContext ctx, List<PyObject> items, PyObject[] a) {
        long start = sliceIndex(a.length > 2 ? a[2] : null, 0, false);
        long stop = sliceIndex(a.length > 3 ? a[3] : null, Long.MAX_VALUE, false);
        int n = items.size();
        if (start < 0) {
            start += n;
            if (start < 0) {
                start = 0;
            }
        }
        if (stop < 0) {
            stop += n;
            if (stop < 0) {
                stop = 0;
            }
        }
        for (long i = start; i < stop && i < items.size(); i++) {
            if (same(ctx, items.get((int) i), a[1])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code sort(*, key=None, reverse=False)}. Like CPython, the list looks empty while it is being sorted, and
     * changes made meanwhile (by a key function or {@code __lt__}) are dropped with {@code ValueError}.
     */
    private static PyObject sort(CallContext ctx, PyObject[] a, PyDict kw) {
        List<PyObject> items = self(a, "sort");
        PyObject[] v = keywords("sort", a, kw, 0, "key", "reverse");
        boolean reverse = v[1] != null && intFlag(v[1]);
        ctx.work().charge(Sorting.comparisons(items.size()));
        ArrayList<PyObject> work = new ArrayList<>(items);
        items.clear();
        boolean modified;
        try {
            Sorting.sort(ctx, work, v[0], reverse);
        } finally {
            modified = !items.isEmpty();
            items.clear();
            items.addAll(work);
        }
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
        return PyNone.NONE;
    }
}
