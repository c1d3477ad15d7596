package lockstep.sim.library;

import java.util.Map;
import lockstep.sim.runtime.Attrs;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;

/**
 * The {@code bisect} module as CPython runs it, through its C accelerator: binary search of a sorted sequence
 * ({@code lo}, {@code hi}, keyword-only {@code key}) and insertion keeping it sorted, each one native call.
 */
final class BisectModule {
    private BisectModule() {}

    static void install(Map<String, PyObject> d) {
        Natives.function(d, "bisect_right", (ctx, a, kw) -> PyInt.of(search("bisect_right", ctx, a, kw, true)));
        Natives.function(d, "bisect_left", (ctx, a, kw) -> PyInt.of(search("bisect_left", ctx, a, kw, false)));
        Natives.function(d, "insort_right", (ctx, a, kw) -> insort("insort_right", ctx, a, kw, true));
        Natives.function(d, "insort_left", (ctx, a, kw) -> insort("insort_left", ctx, a, kw, false));
        d.put("bisect", d.get("bisect_right"));
        d.put("insort", d.get("insort_right"));
    }

    /** The arguments a, x, lo, hi, key by position or name (key only by name). */
    private static PyObject[] arguments(String function, PyObject[] a, PyDict kw) {
        if (a.length > 4) {
            throw Errors.typeError(function + "() takes at most 4 positional arguments (" + a.length + " given)");
        }
        PyObject[] withSelf = new PyObject[a.length + 1];
        withSelf[0] = PyNone.NONE;
        System.arraycopy(a, 0, withSelf, 1, a.length);
        PyObject[] v = TypeMethods.keywords(function, withSelf, kw, 4, "a", "x", "lo", "hi", "key");
        if (v[0] == null || v[1] == null) {
            throw Errors.typeError(function + "() missing required argument '" + (v[0] == null ? "a' (pos 1)"
                    : "x' (pos 2)"));
        }
        return v;
    }

    private static long search(String function, CallContext ctx, PyObject[] a, PyDict kw, boolean right) {
        PyObject[] v = arguments(function, a, kw);
        PyObject x = v[1];
        return search(ctx, v, x, right);
    }

    private static long search(CallContext ctx, PyObject[] v, PyObject x, boolean right) {
        long lo = v[2] == null ? 0 : Args.asLong(v[2]);
        if (lo < 0) {
            throw Errors.valueError("lo must be non-negative");
        }
        long hi = v[3] == null || v[3] == PyNone.NONE ? Items.len(ctx, v[0]) : Args.asLong(v[3]);
        PyObject key = v[4] == PyNone.NONE ? null : v[4];
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = Items.getItem(ctx, v[0], PyInt.of(mid));
            if (key != null) {
                item = ctx.call(key, item);
            }
            boolean goLeft = right ? Ops.compare(ctx, x, item, "<") : !Ops.compare(ctx, item, x, "<");
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** insort: searches with the key of x (when there is a key), then inserts x itself there. */
    private static PyObject insort(String function, CallContext ctx, PyObject[] a, PyDict kw, boolean right) {
        PyObject[] v = arguments(function, a, kw);
        PyObject x = v[1];
        PyObject probe = v[4] == null || v[4] == PyNone.NONE ? x : ctx.call(v[4], x);
        long at = search(ctx, v, probe, right);
        if (v[0] instanceof PyList list) {
            list.items.add((int) at, x);
        } else {
            ctx.call(Attrs.get(ctx, v[0], "insert"), PyInt.of(at), x);
        }
        return PyNone.NONE;
    }
}
