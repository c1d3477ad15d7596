package lockstep.sim.runtime;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Containers: length, indexing, slicing, membership and iteration. */
public final class Items {
    /** The most items a list, string or tuple may hold: a runaway program gets MemoryError, not a dead JVM. */
    public static final long MAX_ITEMS = 50_000_000L;

    private Items() {}

    public static long len(CallContext ctx, PyObject o) {
        long builtin = Lengths.ofBuiltin(o);
        if (builtin >= 0) {
            return builtin;
        }
        if (o instanceof PyInstance) {
            PyObject m = o.type().lookup("__len__");
            if (m != null) {
                PyObject r = ctx.call(m, o);
                if (!(r instanceof PyInt i)) {
                    throw Errors.typeError("'" + r.type().name + "' object cannot be interpreted as an integer");
                }
                if (i.signum() < 0) {
                    throw Errors.valueError("__len__() should return >= 0");
                }
                return i.value;
            }
        }
        throw Errors.typeError("object of type '" + o.type().name + "' has no len()");
    }

    /** An int usable as an index; bools count as ints. */
    public static long index(PyObject o, String what) {
        if (o instanceof PyInt i) {
            if (i.big != null) {
                throw Errors.raise(Types.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            }
            return i.value;
        }
        throw Errors.typeError(what);
    }

    public static PyObject getItem(CallContext ctx, PyObject o, PyObject key) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                return new PyList(slice(l.items, s), true);
            }
            long i = index(key, "list indices must be integers or slices, not " + key.type().name);
            return l.items.get(normalize(i, l.items.size(), "list index out of range"));
        }
        if (o instanceof PyDict d) {
            PyObject v = d.map.get(Ops.checkHashable(key));
            if (v == null) {
                PyObject missing = d.ownSpecial("__missing__");
                if (missing != null) {
                    return ctx.call(missing, d, key);
                }
                throw Errors.keyError(key);
            }
            return v;
        }
        if (o instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return PyTuple.of(slice(t.asList(), s));
            }
            long i = index(key, "tuple indices must be integers or slices, not " + key.type().name);
            return t.items[normalize(i, t.items.length, "tuple index out of range")];
        }
        if (o instanceof PyStr str) {
            if (key instanceof PySlice s) {
                return PyStr.of(sliceString(str.value, s));
            }
            long i = index(key, "string indices must be integers, not '" + key.type().name + "'");
            int n = normalize(i, str.value.length(), "string index out of range");
            return PyStr.of(String.valueOf(str.value.charAt(n)));
        }
        if (o instanceof PyRange r) {
            long n = r.length();
            long i = index(key, "range indices must be integers or slices, not " + key.type().name);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError("range object index out of range");
            }
            return PyInt.of(r.start + i * r.step);
        }
        if (o instanceof PyInstance) {
            PyObject m = o.type().lookup("__getitem__");
            if (m != null) {
                return ctx.call(m, o, key);
            }
        }
        // list[int] and friends, as annotations write them: the type itself.
        if (o == Types.LIST || o == Types.DICT || o == Types.TUPLE || o == Types.SET) {
            return o;
        }
        throw Errors.notSubscriptable(o);
    }

    public static void setItem(CallContext ctx, PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                assignSlice(ctx, l, s, value);
                return;
            }
            long i = index(key, "list indices must be integers or slices, not " + key.type().name);
            l.items.set(normalize(i, l.items.size(), "list assignment index out of range"), value);
            return;
        }
        if (o instanceof PyDict d) {
            // A dict grown one key at a time is held to the budget at each thousandth entry.
            ctx.work().grewTo(d.map.size() + 1L, WorkMeter.DICT_ENTRY_BYTES);
            d.map.put(Ops.checkHashable(key), value);
            return;
        }
        if (o instanceof PyInstance) {
            PyObject m = o.type().lookup("__setitem__");
            if (m != null) {
                ctx.call(m, o, key, value);
                return;
            }
        }
        throw Errors.typeError("'" + o.type().name + "' object does not support item assignment");
    }

    public static void delItem(CallContext ctx, PyObject o, PyObject key) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                List<Integer> idx = sliceIndices(l.items.size(), s);
                idx.sort((a, b) -> b - a);
                for (int i : idx) {
                    l.items.remove(i);
                }
                return;
            }
            long i = index(key, "list indices must be integers or slices, not " + key.type().name);
            l.items.remove(normalize(i, l.items.size(), "list assignment index out of range"));
            return;
        }
        if (o instanceof PyDict d) {
            if (d.ownSpecial("__delitem__") != null) {
                ctx.call(d.ownSpecial("__delitem__"), d, key);
                return;
            }
            if (d.map.remove(Ops.checkHashable(key)) == null) {
                throw Errors.keyError(key);
            }
            return;
        }
        if (o instanceof PyInstance) {
            PyObject m = o.type().lookup("__delitem__");
            if (m != null) {
                ctx.call(m, o, key);
                return;
            }
        }
        throw Errors.typeError("'" + o.type().name + "' object doesn't support item deletion");
    }

    private static int normalize(long i, int size, String message) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError(message);
        }
        return (int) i;
    }

    /** The indices a slice selects from a sequence of {@code size} items, in order. */
    public static List<Integer> sliceIndices(int size, PySlice s) {
        long step = s.step == PyNone.NONE ? 1 : index(s.step, "slice indices must be integers or None or have an __index__ method");
        if (step == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long start;
        long stop;
        if (step > 0) {
            start = bound(s.start, size, 0, 0, size);
            stop = bound(s.stop, size, size, 0, size);
        } else {
            start = bound(s.start, size, size - 1, -1, size - 1);
            stop = bound(s.stop, size, -1, -1, size - 1);
        }
        List<Integer> out = new ArrayList<>();
        if (step > 0) {
            for (long i = start; i < stop; i += step) {
                out.add((int) i);
            }
        } else {
            for (long i = start; i > stop; i += step) {
                out.add((int) i);
            }
        }
        return out;
    }

    private static long bound(PyObject v, int size, long dflt, long low, long high) {
        if (v == PyNone.NONE) {
            return dflt;
        }
        long i = index(v, "slice indices must be integers or None or have an __index__ method");
        if (i < 0) {
            i += size;
            if (i < low) {
                i = low;
            }
        } else if (i > high) {
            i = high;
        }
        return i;
    }

    public static ArrayList<PyObject> slice(List<PyObject> items, PySlice s) {
        ArrayList<PyObject> out = new ArrayList<>();
        for (int i : sliceIndices(items.size(), s)) {
            out.add(items.get(i));
        }
        return out;
    }

    static String sliceString(String str, PySlice s) {
        StringBuilder sb = new StringBuilder();
        for (int i : sliceIndices(str.length(), s)) {
            sb.append(str.charAt(i));
        }
        return sb.toString();
    }

    private static void assignSlice(CallContext ctx, PyList l, PySlice s, PyObject value) {
        List<PyObject> values = toList(ctx, value);
        if (s.step == PyNone.NONE || (s.step instanceof PyInt i && i.value == 1)) {
            List<Integer> idx = sliceIndices(l.items.size(), new PySlice(s.start, s.stop, PyNone.NONE));
            int from = idx.isEmpty() ? (int) Math.min(bound(s.start, l.items.size(), 0, 0, l.items.size()), l.items.size()) : idx.get(0);
            for (int k = idx.size() - 1; k >= 0; k--) {
                l.items.remove((int) idx.get(k));
            }
            l.items.addAll(from, values);
            return;
        }
        List<Integer> idx = sliceIndices(l.items.size(), s);
        if (idx.size() != values.size()) {
            throw Errors.valueError("attempt to assign sequence of size " + values.size()
                    + " to extended slice of size " + idx.size());
        }
        for (int k = 0; k < idx.size(); k++) {
            l.items.set(idx.get(k), values.get(k));
        }
    }

    public static boolean contains(CallContext ctx, PyObject container, PyObject item) {
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr sub)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name);
            }
            ctx.work().charge((long) s.value.length() + sub.value.length());
            return TextSearch.contains(s.value, sub.value);
        }
        if (container instanceof PyDict d) {
            return d.map.containsKey(Ops.checkHashable(item));
        }
        if (container instanceof PySet s) {
            return s.items.contains(Ops.checkHashable(item));
        }
        if (container instanceof DictView v && v.kind == DictView.Kind.KEYS) {
            return v.dict.map.containsKey(Ops.checkHashable(item));
        }
        if (container instanceof PyRange r && item instanceof PyInt i && i.big == null) {
            long x = i.value;
            if (r.step > 0 ? (x < r.start || x >= r.stop) : (x > r.start || x <= r.stop)) {
                return false;
            }
            return (x - r.start) % r.step == 0;
        }
        if (container instanceof PyList l) {
            for (int k = 0; k < l.items.size(); k++) {
                PyObject x = l.items.get(k);
                if (x == item || Ops.eq(ctx, x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t) {
            for (PyObject x : t.items) {
                if (x == item || Ops.eq(ctx, x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyInstance) {
            PyObject m = container.type().lookup("__contains__");
            if (m != null) {
                return Ops.truthy(ctx, ctx.call(m, container, item));
            }
        }
        PyIterator it = iter(ctx, container, "argument of type '" + container.type().name + "' is not iterable");
        for (PyObject x = it.next(ctx); x != null; x = it.next(ctx)) {
            if (x == item || Ops.eq(ctx, x, item)) {
                return true;
            }
        }
        return false;
    }

    public static PyIterator iter(CallContext ctx, PyObject o) {
        return iter(ctx, o, "'" + o.type().name + "' object is not iterable");
    }

    private static PyIterator iter(CallContext ctx, PyObject o, String error) {
        if (o instanceof PyList l) {
            return new SequenceIterator(l);
        }
        if (o instanceof PyRange r) {
            return new RangeIterator(r);
        }
        if (o instanceof PyTuple t) {
            return new ArrayIterator(t.items);
        }
        if (o instanceof PyStr s) {
            return new StrIterator(s.value);
        }
        if (o instanceof PyDict d) {
            return new JavaIterator(d.map.keySet().iterator(), "dictionary changed size during iteration",
                    IteratorTypes.DICT_KEYS);
        }
        if (o instanceof PySet s) {
            return new SetIterator(s);
        }
        if (o instanceof DictView v) {
            return new JavaIterator(v.javaIterator(), "dictionary changed size during iteration",
                    IteratorTypes.ofView(v.kind));
        }
        if (o instanceof PyIterator it) {
            if (o instanceof PyGenerator g && g.isAsync()) {
                throw Errors.typeError(error);
            }
            return it;
        }
        if (o instanceof PyInstance) {
            PyObject m = o.type().lookup("__iter__");
            if (m != null) {
                PyObject r = ctx.call(m, o);
                if (r instanceof PyIterator it) {
                    return it;
                }
                PyObject next = r.type().lookup("__next__");
                if (next == null) {
                    throw Errors.typeError("iter() returned non-iterator of type '" + r.type().name + "'");
                }
                return new ProtocolIterator(r, next);
            }
            PyObject getItem = o.type().lookup("__getitem__");
            if (getItem != null) {
                return new GetItemIterator(o, getItem);
            }
        }
        throw Errors.typeError(error);
    }

    /** Drains an iterable into a Java list. */
    public static List<PyObject> toList(CallContext ctx, PyObject o) {
        if (o instanceof PyList l) {
            ctx.work().build(l.items.size(), WorkMeter.SLOT_BYTES);
            return new ArrayList<>(l.items);
        }
        if (o instanceof PyTuple t) {
            ctx.work().build(t.items.length, WorkMeter.SLOT_BYTES);
            return new ArrayList<>(t.asList());
        }
        long known = Lengths.known(o);
        if (known >= 0) {
            ctx.work().build(known, WorkMeter.SLOT_BYTES);
        }
        ArrayList<PyObject> out = new ArrayList<>();
        PyIterator it = iter(ctx, o);
        ItemCount count = new ItemCount(ctx, known >= 0 ? 0 : WorkMeter.SLOT_BYTES);
        for (PyObject x = it.next(ctx); x != null; x = it.next(ctx)) {
            out.add(x);
            if (known < 0) {
                count.add();
            }
            if (out.size() > MAX_ITEMS) {
                throw Errors.memoryError("more than " + MAX_ITEMS + " items");
            }
        }
        return out;
    }

    /** Iterates a list by position, seeing changes made while iterating, as CPython does. */
    static final class SequenceIterator extends PyIterator {
        private final PyList list;
        private int i;

        SequenceIterator(PyList list) {
            this.list = list;
        }

        @Override
        public PyObject next(CallContext ctx) {
            return i < list.items.size() ? list.items.get(i++) : null;
        }

        @Override
        public PyObject copyFor(ObjectCopier copier) {
            SequenceIterator copy = new SequenceIterator((PyList) copier.copy(list));
            copy.i = i;
            return copy;
        }

        @Override
        public long lengthHint() {
            return Math.max(0, list.items.size() - i);
        }

        @Override
        public PyType type() {
            return IteratorTypes.LIST;
        }
    }

    static final class ArrayIterator extends PyIterator {
        private final PyObject[] items;
        private int i;

        ArrayIterator(PyObject[] items) {
            this.items = items;
        }

        @Override
        public PyObject next(CallContext ctx) {
            return i < items.length ? items[i++] : null;
        }

        @Override
        public PyObject copyFor(ObjectCopier copier) {
            PyObject[] copied = new PyObject[items.length];
            for (int k = 0; k < items.length; k++) {
                copied[k] = copier.copy(items[k]);
            }
            ArrayIterator copy = new ArrayIterator(copied);
            copy.i = i;
            return copy;
        }

        @Override
        public long lengthHint() {
            return items.length - i;
        }

        @Override
        public PyType type() {
            return IteratorTypes.TUPLE;
        }
    }

    static final class StrIterator extends PyIterator {
        private final String s;
        private int i;

        StrIterator(String s) {
            this.s = s;
        }

        @Override
        public PyObject next(CallContext ctx) {
            return i < s.length() ? PyStr.of(String.valueOf(s.charAt(i++))) : null;
        }

        @Override
        public PyObject copyFor(ObjectCopier copier) {
            StrIterator copy = new StrIterator(s);
            copy.i = i;
            return copy;
        }

        @Override
        public long lengthHint() {
            return s.length() - i;
        }

        @Override
        public PyType type() {
            return s.chars().allMatch(c -> c < 128) ? IteratorTypes.STR_ASCII : IteratorTypes.STR;
        }
    }

    static final class RangeIterator extends PyIterator {
        private long next;
        private long step;
        private long remaining;

        RangeIterator(PyRange r) {
            this.next = r.start;
            this.step = r.step;
            this.remaining = r.length();
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }

        @Override
        public long lengthHint() {
            return Math.max(0, remaining);
        }

        @Override
        public PyObject copyFor(ObjectCopier copier) {
            RangeIterator copy = new RangeIterator(new PyRange(0, 0, 1));
            copy.step = step;
            copy.next = next;
            copy.remaining = remaining;
            return copy;
        }

        @Override
        public PyType type() {
            return IteratorTypes.RANGE;
        }
    }

    /** Iterates a set in the order CPython would, over a snapshot; a change of size is CPython's RuntimeError. */
    static final class SetIterator extends PyIterator {
        private final PySet set;
        private final int size;
        private final List<PyObject> order;
        private int i;

        SetIterator(PySet set) {
            this.set = set;
            this.size = set.items.size();
            this.order = SetOrder.cpythonOrder(set.items);
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (set.items.size() != size) {
                throw Errors.raise(Types.RUNTIME_ERROR, "Set changed size during iteration");
            }
            return i < order.size() ? order.get(i++) : null;
        }

        @Override
        public PyObject copyFor(ObjectCopier copier) {
            SetIterator copy = new SetIterator((PySet) copier.copy(set));
            copy.i = i;
            return copy;
        }

        @Override
        public PyType type() {
            return IteratorTypes.SET;
        }
    }

    /** Iterates a Java collection; a change of size while iterating is CPython's RuntimeError. */
    static final class JavaIterator extends PyIterator {
        private final Iterator<PyObject> it;
        private final String changedMessage;
        private final PyType type;

        JavaIterator(Iterator<PyObject> it, String changedMessage, PyType type) {
            this.it = it;
            this.changedMessage = changedMessage;
            this.type = type;
        }

        @Override
        public PyObject next(CallContext ctx) {
            try {
                return it.hasNext() ? it.next() : null;
            } catch (ConcurrentModificationException e) {
                throw Errors.raise(Types.RUNTIME_ERROR, changedMessage);
            }
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    /** An object of a program class with {@code __next__}; StopIteration ends it. */
    static final class ProtocolIterator extends ProgramIterator {
        private final PyObject self;
        private final PyObject next;

        ProtocolIterator(PyObject self, PyObject next) {
            this.self = self;
            this.next = next;
        }

        @Override
        public PyObject self() {
            return self;
        }

        @Override
        public PyObject nextMethod() {
            return next;
        }

        @Override
        public PyObject next(CallContext ctx) {
            try {
                return ctx.call(next, self);
            } catch (PyRaise r) {
                if (r.exception.type().isSubtypeOf(Types.STOP_ITERATION)) {
                    return null;
                }
                throw r;
            }
        }
    }

    /** The old sequence protocol: {@code __getitem__(0)}, {@code (1)}, ... until IndexError. */
    static final class GetItemIterator extends PyIterator {
        private final PyObject self;
        private final PyObject getItem;
        private long i;

        GetItemIterator(PyObject self, PyObject getItem) {
            this.self = self;
            this.getItem = getItem;
        }

        @Override
        public PyObject next(CallContext ctx) {
            try {
                return ctx.call(getItem, self, PyInt.of(i++));
            } catch (PyRaise r) {
                if (r.exception.type().isSubtypeOf(Types.INDEX_ERROR)
                        || r.exception.type().isSubtypeOf(Types.STOP_ITERATION)) {
                    return null;
                }
                throw r;
            }
        }
    }

    /** Keys of a dict as a Java list (a snapshot). */
    public static List<PyObject> keys(PyDict d) {
        List<PyObject> out = new ArrayList<>(d.map.size());
        for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
            out.add(e.getKey());
        }
        return out;
    }
}
