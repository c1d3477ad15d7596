package lockstep.sim.library;

import java.util.List;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/** The lazy iterators of the built-ins: enumerate, zip, map, filter, reversed. */
final class IteratorObjects {
    private IteratorObjects() {}

    static final PyType ENUMERATE = new PyType("enumerate", Types.OBJECT, true, "builtins");
    static final PyType ZIP = new PyType("zip", Types.OBJECT, true, "builtins");
    static final PyType MAP = new PyType("map", Types.OBJECT, true, "builtins");
    static final PyType FILTER = new PyType("filter", Types.OBJECT, true, "builtins");
    static final PyType REVERSED = new PyType("reversed", Types.OBJECT, true, "builtins");
    static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", Types.OBJECT, true, "builtins");

    /** {@code iter(callable, sentinel)}: calls {@code callable} until it returns the sentinel; then stays exhausted. */
    static final class CallableIterator extends PyIterator {
        private PyObject callable;
        private final PyObject sentinel;

        private CallableIterator(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        static CallableIterator of(PyObject callable, PyObject sentinel) {
            if (!Builtins.isCallable(callable)) {
                throw lockstep.sim.runtime.Errors.typeError("iter(v, w): v must be callable");
            }
            return new CallableIterator(callable, sentinel);
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (callable == null) {
                return null;
            }
            PyObject x;
            try {
                x = ctx.call(callable);
            } catch (lockstep.sim.runtime.PyRaise r) {
                if (r.exception.type().isSubtypeOf(Types.STOP_ITERATION)) {
                    callable = null;
                    return null;
                }
                throw r;
            }
            if (x == sentinel || Ops.eq(ctx, x, sentinel)) {
                callable = null;
                return null;
            }
            return x;
        }

        @Override
        public PyType type() {
            return CALLABLE_ITERATOR;
        }
    }

    static final class Enumerate extends PyIterator {
        private final PyIterator it;
        private PyObject count;

        Enumerate(PyIterator it, PyObject start) {
            this.it = it;
            this.count = start;
        }

        @Override
        public PyObject next(CallContext ctx) {
            PyObject x = it.next(ctx);
            if (x == null) {
                return null;
            }
            PyObject i = count;
            count = lockstep.sim.runtime.Arith.binary(ctx, lockstep.sim.lang.BinaryOperator.ADD, count, PyInt.ONE);
            return PyTuple.of(i, x);
        }

        @Override
        public PyType type() {
            return ENUMERATE;
        }

        @Override
        public PyObject copyFor(lockstep.sim.runtime.ObjectCopier copier) {
            return new Enumerate((PyIterator) copier.copy(it), copier.copy(count));
        }
    }

    /** {@code zip(*iterables, strict=False)}: with strict, iterables of unequal lengths raise CPython's ValueError. */
    static final class Zip extends PyIterator {
        private final PyIterator[] its;
        private final boolean strict;

        Zip(PyIterator[] its) {
            this(its, false);
        }

        Zip(PyIterator[] its, boolean strict) {
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (its.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                items[i] = its[i].next(ctx);
                if (items[i] == null) {
                    if (strict) {
                        checkEqualLengths(ctx, i);
                    }
                    return null;
                }
            }
            return PyTuple.of(items);
        }

        /** As CPython's zip_next: iterable {@code exhausted} ended first; any other that still has an item is longer. */
        private void checkEqualLengths(CallContext ctx, int exhausted) {
            if (exhausted > 0) {
                throw lockstep.sim.runtime.Errors.valueError(unequal(exhausted, "shorter"));
            }
            for (int i = 1; i < its.length; i++) {
                if (its[i].next(ctx) != null) {
                    throw lockstep.sim.runtime.Errors.valueError(unequal(i, "longer"));
                }
            }
        }

        /** "zip() argument 3 is shorter than arguments 1-2", for the iterable at 0-based {@code index}. */
        static String unequal(int index, String comparison) {
            return "zip() argument " + (index + 1) + " is " + comparison + " than argument"
                    + (index == 1 ? " " : "s 1-") + index;
        }

        @Override
        public PyType type() {
            return ZIP;
        }

        @Override
        public PyObject copyFor(lockstep.sim.runtime.ObjectCopier copier) {
            PyIterator[] copied = new PyIterator[its.length];
            for (int k = 0; k < its.length; k++) {
                copied[k] = (PyIterator) copier.copy(its[k]);
            }
            return new Zip(copied, strict);
        }
    }

    static final class MapIterator extends PyIterator {
        private final PyObject function;
        private final PyIterator[] its;

        MapIterator(PyObject function, PyIterator[] its) {
            this.function = function;
            this.its = its;
        }

        @Override
        public PyObject next(CallContext ctx) {
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                items[i] = its[i].next(ctx);
                if (items[i] == null) {
                    return null;
                }
            }
            return ctx.call(function, items);
        }

        @Override
        public PyType type() {
            return MAP;
        }
    }

    /**
     * {@code filter(function, iterable)}: the items the function (or, for None, truth) accepts; with {@code kept}
     * false, the ones it rejects, which is {@code itertools.filterfalse}.
     */
    static final class Filter extends PyIterator {
        private final PyObject function;
        private final PyIterator it;
        private final boolean kept;
        private final PyType type;

        Filter(PyObject function, PyIterator it) {
            this(function, it, true, FILTER);
        }

        Filter(PyObject function, PyIterator it, boolean kept, PyType type) {
            this.function = function;
            this.it = it;
            this.kept = kept;
            this.type = type;
        }

        @Override
        public PyObject next(CallContext ctx) {
            while (true) {
                PyObject x = it.next(ctx);
                if (x == null) {
                    return null;
                }
                PyObject verdict = function == lockstep.sim.runtime.PyNone.NONE ? x : ctx.call(function, x);
                if (Ops.truthy(ctx, verdict) == kept) {
                    return x;
                }
            }
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    static final class Reversed extends PyIterator {
        private final List<PyObject> items;
        private int i;

        Reversed(List<PyObject> items) {
            this.items = items;
            this.i = items.size() - 1;
        }

        @Override
        public PyObject next(CallContext ctx) {
            return i >= 0 ? items.get(i--) : null;
        }

        @Override
        public PyType type() {
            return REVERSED;
        }

        @Override
        public PyObject copyFor(lockstep.sim.runtime.ObjectCopier copier) {
            java.util.List<PyObject> copied = new java.util.ArrayList<>();
            for (PyObject item : items) {
                copied.add(copier.copy(item));
            }
            Reversed copy = new Reversed(copied);
            copy.i = i;
            return copy;
        }
    }

    static PyIterator[] iterators(CallContext ctx, PyObject[] args, int from) {
        PyIterator[] its = new PyIterator[args.length - from];
        for (int i = from; i < args.length; i++) {
            its[i - from] = Items.iter(ctx, args[i]);
        }
        return its;
    }
}
