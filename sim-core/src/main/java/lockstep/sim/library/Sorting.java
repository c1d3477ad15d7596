package lockstep.sim.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.Types;

/** Python's sort: stable, ordered by {@code <} alone, with an optional key function and reverse flag. */
public final class Sorting {
    private Sorting() {}

    /** Sorts {@code items} in place. {@code key} may be null or None. */
    public static void sort(CallContext ctx, List<PyObject> items, PyObject key, boolean reverse) {
        List<PyObject> keys = items;
        if (key != null && key != PyNone.NONE) {
            keys = new ArrayList<>(items.size());
            for (PyObject item : items) {
                keys.add(ctx.call(key, item));
            }
        }
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        final List<PyObject> k = keys;
        Comparator<Integer> byLess = (a, b) -> Ops.compare(ctx, k.get(a), k.get(b), "<") ? -1
                : Ops.compare(ctx, k.get(b), k.get(a), "<") ? 1 : 0;
        try {
            java.util.Arrays.sort(order, reverse ? byLess.reversed() : byLess);
        } catch (IllegalArgumentException e) {
            throw Errors.raise(Types.VALUE_ERROR, "the ordering of the items is inconsistent");
        }
        List<PyObject> sorted = new ArrayList<>(items.size());
        for (Integer i : order) {
            sorted.add(items.get(i));
        }
        items.clear();
        items.addAll(sorted);
    }

    /** The comparisons a sort of {@code n} items may make, n times log2 n: what a sort charges before it starts. */
    static long comparisons(long n) {
        return n < 2 ? 0 : n * (64 - Long.numberOfLeadingZeros(n - 1));
    }
}
