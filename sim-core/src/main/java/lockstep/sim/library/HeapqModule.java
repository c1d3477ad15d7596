package lockstep.sim.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;

/**
 * The {@code heapq} module as CPython runs it, through its C accelerator: a binary min-heap kept in a list, each
 * function one native call (so between threads a push or pop is atomic, as in CPython), ordered by {@code <}
 * alone with heapq.py's sift algorithm, so the list holds the same items in the same places.
 */
final class HeapqModule {
    private HeapqModule() {}

    static void install(Map<String, PyObject> d) {
        Natives.function(d, "heappush", (ctx, a, kw) -> {
            List<PyObject> heap = heap("heappush", a, kw, 2);
            heap.add(a[1]);
            siftDown(ctx, heap, 0, heap.size() - 1);
            return PyNone.NONE;
        });
        Natives.function(d, "heappop", (ctx, a, kw) -> {
            List<PyObject> heap = heap("heappop", a, kw, 1);
            if (heap.isEmpty()) {
                throw Errors.indexError("index out of range");
            }
            PyObject last = heap.remove(heap.size() - 1);
            if (heap.isEmpty()) {
                return last;
            }
            PyObject top = heap.get(0);
            heap.set(0, last);
            siftUp(ctx, heap, 0);
            return top;
        });
        Natives.function(d, "heapreplace", (ctx, a, kw) -> {
            List<PyObject> heap = heap("heapreplace", a, kw, 2);
            if (heap.isEmpty()) {
                throw Errors.indexError("index out of range");
            }
            PyObject top = heap.get(0);
            heap.set(0, a[1]);
            siftUp(ctx, heap, 0);
            return top;
        });
        Natives.function(d, "heappushpop", (ctx, a, kw) -> {
            List<PyObject> heap = heap("heappushpop", a, kw, 2);
            if (heap.isEmpty() || !Ops.compare(ctx, heap.get(0), a[1], "<")) {
                return a[1];
            }
            PyObject top = heap.get(0);
            heap.set(0, a[1]);
            siftUp(ctx, heap, 0);
            return top;
        });
        Natives.function(d, "heapify", (ctx, a, kw) -> {
            List<PyObject> heap = heap("heapify", a, kw, 1);
            for (int i = heap.size() / 2 - 1; i >= 0; i--) {
                siftUp(ctx, heap, i);
            }
            return PyNone.NONE;
        });
        Natives.function(d, "merge", (ctx, a, kw) -> {
            Args.onlyKeywords("merge", kw, "key", "reverse");
            PyObject key = Args.keyword(kw, "key");
            PyObject reverse = Args.keyword(kw, "reverse");
            return new Merge(IteratorObjects.iterators(ctx, a, 0), key == PyNone.NONE ? null : key,
                    reverse != null && lockstep.sim.runtime.Ops.truthy(ctx, reverse));
        });
        Natives.function(d, "nlargest", (ctx, a, kw) -> firstSorted("nlargest", ctx, a, kw, true));
        Natives.function(d, "nsmallest", (ctx, a, kw) -> firstSorted("nsmallest", ctx, a, kw, false));
    }

    /** The heap argument, after CPython's checks of the argument count and type. */
    private static List<PyObject> heap(String function, PyObject[] a, PyDict kw, int count) {
        // One-argument functions are METH_O, whose messages name the C module.
        Args.noKeywords(count == 1 ? "_heapq." + function : function, kw);
        if (a.length != count) {
            if (count == 1) {
                throw Errors.typeError("_heapq." + function + "() takes exactly one argument (" + a.length
                        + " given)");
            }
            throw Errors.typeError(function + " expected " + count + " arguments, got " + a.length);
        }
        if (!(a[0] instanceof PyList list)) {
            throw Errors.typeError(function + "() argument 1 must be list, not " + a[0].type().name);
        }
        return list.items;
    }

    /** heapq.py's _siftdown: moves the item at pos up towards startpos while it is smaller than its parent. */
    private static void siftDown(CallContext ctx, List<PyObject> heap, int startPos, int pos) {
        PyObject item = heap.get(pos);
        while (pos > startPos) {
            int parentPos = (pos - 1) >> 1;
            PyObject parent = heap.get(parentPos);
            if (!Ops.compare(ctx, item, parent, "<")) {
                break;
            }
            heap.set(pos, parent);
            pos = parentPos;
        }
        heap.set(pos, item);
    }

    /** heapq.py's _siftup: moves the smaller child up until a leaf, then sifts the item down into place. */
    private static void siftUp(CallContext ctx, List<PyObject> heap, int pos) {
        int end = heap.size();
        int start = pos;
        PyObject item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !Ops.compare(ctx, heap.get(child), heap.get(right), "<")) {
                child = right;
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(ctx, heap, start, pos);
    }

    /**
     * {@code merge(*iterables, key=None, reverse=False)}: the sorted inputs merged lazily into one sorted stream;
     * among equal items the earlier input's comes first, as with CPython's heap of (value, order) entries.
     */
    static final class Merge extends lockstep.sim.runtime.PyIterator {
        private final lockstep.sim.runtime.PyIterator[] sources;
        private final PyObject[] heads;
        private final PyObject[] keys;
        private final PyObject key;
        private final boolean reverse;
        private boolean started;

        Merge(lockstep.sim.runtime.PyIterator[] sources, PyObject key, boolean reverse) {
            this.sources = sources;
            this.heads = new PyObject[sources.length];
            this.keys = new PyObject[sources.length];
            this.key = key;
            this.reverse = reverse;
        }

        private void advance(CallContext ctx, int i) {
            heads[i] = sources[i].next(ctx);
            keys[i] = heads[i] == null || key == null ? heads[i] : ctx.call(key, heads[i]);
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (!started) {
                started = true;
                for (int i = 0; i < sources.length; i++) {
                    advance(ctx, i);
                }
            }
            int best = -1;
            for (int i = 0; i < sources.length; i++) {
                if (heads[i] != null && (best < 0 || Ops.compare(ctx, keys[i], keys[best], reverse ? ">" : "<"))) {
                    best = i;
                }
            }
            if (best < 0) {
                return null;
            }
            PyObject item = heads[best];
            advance(ctx, best);
            return item;
        }
    }

    /** nlargest and nsmallest: documented as {@code sorted(iterable, key=key, reverse=...)[:n]}. */
    private static PyObject firstSorted(String function, CallContext ctx, PyObject[] a, PyDict kw, boolean largest) {
        PyObject[] withSelf = new PyObject[a.length + 1];
        withSelf[0] = PyNone.NONE;
        System.arraycopy(a, 0, withSelf, 1, a.length);
        PyObject[] v = TypeMethods.keywords(function, withSelf, kw, 2, "n", "iterable", "key");
        if (v[0] == null || v[1] == null) {
            throw Errors.typeError(function + "() missing 1 required positional argument: '"
                    + (v[0] == null ? "n" : "iterable") + "'");
        }
        long n = Args.asLong(v[0]);
        List<PyObject> items = new ArrayList<>(Items.toList(ctx, v[1]));
        if (n <= 0) {
            return new PyList();
        }
        Sorting.sort(ctx, items, v[2], largest);
        return new PyList(new ArrayList<>(items.subList(0, (int) Math.min(n, items.size()))), true);
    }
}
