package lockstep.sim.library;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Forkable;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.ObjectCopier;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyProperty;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * {@code collections.deque}: a double-ended queue with an optional {@code maxlen}. Every method is one native call,
 * so {@code append} and {@code popleft} are atomic between threads as CPython's C methods are under the GIL. The
 * deque is an instance (of its type or of a program's subclass) whose special methods are natives.
 */
final class Deques {
    static final PyType DEQUE = new PyType("deque", Types.OBJECT, true, "collections");
    static final PyType ITERATOR = new PyType("_collections._deque_iterator", Types.OBJECT, true, "collections");

    static {
        DEQUE.setConstructor((ctx, t, a, kw) -> {
            Deque d = new Deque(t);
            initialize(ctx, d, a, kw);
            return d;
        });
        DEQUE.dict.put("__module__", PyStr.of("collections"));
        Natives.method(DEQUE, "__init__", (ctx, a, kw) -> {
            initialize(ctx, self(a), java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        DEQUE.dict.put("maxlen", new PyProperty(new lockstep.sim.runtime.PyNativeFunction("maxlen", (ctx, a, kw) ->
                self(a).maxlen < 0 ? PyNone.NONE : PyInt.of(self(a).maxlen)), null));
        DequeMethods.installEnds();
        DequeMethods.installSearch();
        DequeMethods.installProtocols();
        DEQUE.freeze();
        ITERATOR.freeze();
    }

    private Deques() {}

    static Deque self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof Deque d)) {
            throw Errors.typeError("descriptor requires a 'collections.deque' object");
        }
        return d;
    }

    /** {@code deque(iterable=(), maxlen=None)}; as {@code __init__} it empties the deque first, as CPython does. */
    private static void initialize(CallContext ctx, Deque d, PyObject[] a, PyDict kw) {
        PyObject[] withSelf = new PyObject[a.length + 1];
        withSelf[0] = d;
        System.arraycopy(a, 0, withSelf, 1, a.length);
        PyObject[] v = TypeMethods.keywords("deque", withSelf, kw, 2, "iterable", "maxlen");
        long maxlen = -1;
        if (v[1] != null && v[1] != PyNone.NONE) {
            maxlen = Args.asLong(v[1]);
            if (maxlen < 0) {
                throw Errors.valueError("maxlen must be non-negative");
            }
        }
        d.maxlen = maxlen;
        if (!d.items.isEmpty()) {
            d.clear();
        }
        if (v[0] != null) {
            d.extend(ctx, v[0]);
        }
    }

    /** The deque's state: its items, left to right, its bound, and a count of changes for iterators to check. */
    static final class Deque extends PyInstance implements Forkable, lockstep.sim.runtime.NativeRepr {
        final List<PyObject> items = new ArrayList<>();
        /** -1 when unbounded. */
        long maxlen = -1;
        long changes;

        Deque(PyType type) {
            super(type);
        }

        void append(PyObject x) {
            changes++;
            items.add(x);
            if (maxlen >= 0 && items.size() > maxlen) {
                items.remove(0);
            }
        }

        void appendLeft(PyObject x) {
            changes++;
            items.add(0, x);
            if (maxlen >= 0 && items.size() > maxlen) {
                items.remove(items.size() - 1);
            }
        }

        void extend(CallContext ctx, PyObject iterable) {
            List<PyObject> added = Items.toList(ctx, iterable);
            for (PyObject x : added) {
                append(x);
            }
        }

        void clear() {
            changes++;
            items.clear();
        }

        /** The repr, or a program subclass's own {@code __repr__}; natively, so narration can show it too. */
        @Override
        public String repr(CallContext ctx) {
            PyObject custom = type().lookup("__repr__");
            if (custom != DEQUE.dict.get("__repr__")) {
                PyObject text = ctx.call(custom, this);
                if (!(text instanceof PyStr s)) {
                    throw Errors.typeError("__repr__ returned non-string (type " + text.type().name + ")");
                }
                return s.value;
            }
            return repr(ctx, new IdentityHashMap<>());
        }

        String repr(CallContext ctx, IdentityHashMap<PyObject, Boolean> inProgress) {
            String name = type().name;
            if (inProgress.containsKey(this)) {
                return "[...]";
            }
            inProgress.put(this, Boolean.TRUE);
            try {
                StringBuilder sb = new StringBuilder(name).append("([");
                for (int i = 0; i < items.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(Ops.repr(ctx, items.get(i)));
                }
                sb.append(']');
                if (maxlen >= 0) {
                    sb.append(", maxlen=").append(maxlen);
                }
                return sb.append(')').toString();
            } finally {
                inProgress.remove(this);
            }
        }

        @Override
        public PyObject copyFor(ObjectCopier copier) {
            Deque copy = new Deque((PyType) copier.copy(type()));
            copy.maxlen = maxlen;
            for (PyObject x : items) {
                copy.items.add(copier.copy(x));
            }
            for (java.util.Map.Entry<String, PyObject> e : dict.entrySet()) {
                copy.dict.put(e.getKey(), copier.copy(e.getValue()));
            }
            return copy;
        }
    }

    /** Iterates a deque left to right; a change to the deque meanwhile is CPython's RuntimeError. */
    static final class DequeIterator extends PyIterator {
        private final Deque deque;
        private final long changesAtStart;
        private final boolean reversed;
        private int index;

        DequeIterator(Deque deque, boolean reversed) {
            this.deque = deque;
            this.changesAtStart = deque.changes;
            this.reversed = reversed;
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (deque.changes != changesAtStart) {
                throw Errors.raise(Types.RUNTIME_ERROR, "deque mutated during iteration");
            }
            if (index >= deque.items.size()) {
                return null;
            }
            int at = reversed ? deque.items.size() - 1 - index : index;
            index++;
            return deque.items.get(at);
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }
    }
}
