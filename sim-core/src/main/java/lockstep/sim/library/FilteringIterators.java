package lockstep.sim.library;

import lockstep.sim.lang.BinaryOperator;
import lockstep.sim.runtime.Arith;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;

/**
 * itertools' iterators that test or fold the items of another: {@code takewhile}, {@code dropwhile},
 * {@code filterfalse}, {@code accumulate} and {@code groupby} with its groups.
 */
final class FilteringIterators {
    private FilteringIterators() {}

    /** {@code takewhile(predicate, iterable)}: items while the predicate holds; the first failure ends it. */
    static final class TakeWhile extends PyIterator {
        private final PyObject predicate;
        private final PyIterator source;
        private boolean stopped;

        TakeWhile(PyObject predicate, PyIterator source) {
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (stopped) {
                return null;
            }
            PyObject item = source.next(ctx);
            if (item == null) {
                return null;
            }
            if (Ops.truthy(ctx, ctx.call(predicate, item))) {
                return item;
            }
            stopped = true;
            return null;
        }

        @Override
        public PyType type() {
            return ItertoolsModule.TAKEWHILE;
        }
    }

    /** {@code dropwhile(predicate, iterable)}: skips items while the predicate holds, then gives all the rest. */
    static final class DropWhile extends PyIterator {
        private final PyObject predicate;
        private final PyIterator source;
        private boolean dropping = true;

        DropWhile(PyObject predicate, PyIterator source) {
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        public PyObject next(CallContext ctx) {
            while (true) {
                PyObject item = source.next(ctx);
                if (item == null) {
                    return null;
                }
                if (!dropping || !Ops.truthy(ctx, ctx.call(predicate, item))) {
                    dropping = false;
                    return item;
                }
            }
        }

        @Override
        public PyType type() {
            return ItertoolsModule.DROPWHILE;
        }
    }

    /** {@code accumulate(iterable, func=None, *, initial=None)}: running totals, or running results of func. */
    static final class Accumulate extends PyIterator {
        private final PyIterator source;
        private final PyObject function;
        private PyObject total;
        private PyObject initial;

        Accumulate(PyIterator source, PyObject function, PyObject initial) {
            this.source = source;
            this.function = function;
            this.initial = initial;
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            PyObject item = source.next(ctx);
            if (item == null) {
                return null;
            }
            if (total == null) {
                total = item;
            } else if (function == null || function == PyNone.NONE) {
                total = Arith.binary(ctx, BinaryOperator.ADD, total, item);
            } else {
                total = ctx.call(function, total, item);
            }
            return total;
        }

        @Override
        public PyType type() {
            return ItertoolsModule.ACCUMULATE;
        }
    }

    /**
     * {@code groupby(iterable, key=None)}: CPython's state machine. A group reads from the shared source, and moving
     * the groupby on makes the group it handed out before end.
     */
    static final class GroupBy extends PyIterator {
        private final PyIterator source;
        private final PyObject keyFunction;
        private PyObject targetKey;
        private PyObject currentKey;
        private PyObject currentValue;
        private Group currentGroup;

        GroupBy(PyIterator source, PyObject keyFunction) {
            this.source = source;
            this.keyFunction = keyFunction;
        }

        /** Reads the next item and its key; false when the source is exhausted. */
        boolean step(CallContext ctx) {
            PyObject value = source.next(ctx);
            if (value == null) {
                return false;
            }
            PyObject key = keyFunction == null || keyFunction == PyNone.NONE ? value : ctx.call(keyFunction, value);
            currentValue = value;
            currentKey = key;
            return true;
        }

        @Override
        public PyObject next(CallContext ctx) {
            currentGroup = null;
            while (true) {
                if (currentKey != null && (targetKey == null || !Ops.eq(ctx, targetKey, currentKey))) {
                    break;
                }
                if (!step(ctx)) {
                    return null;
                }
            }
            targetKey = currentKey;
            currentGroup = new Group(this, targetKey);
            return PyTuple.of(currentKey, currentGroup);
        }

        PyObject nextOfGroup(CallContext ctx, Group group) {
            if (currentGroup != group) {
                return null;
            }
            if (currentValue == null && !step(ctx)) {
                return null;
            }
            if (!Ops.eq(ctx, group.key, currentKey)) {
                return null;
            }
            PyObject value = currentValue;
            currentValue = null;
            currentKey = null;
            return value;
        }

        @Override
        public PyType type() {
            return ItertoolsModule.GROUPBY;
        }
    }

    /** One group of a {@link GroupBy}: items while their key equals the group's. */
    static final class Group extends PyIterator {
        private final GroupBy parent;
        private final PyObject key;

        Group(GroupBy parent, PyObject key) {
            this.parent = parent;
            this.key = key;
        }

        @Override
        public PyObject next(CallContext ctx) {
            return parent.nextOfGroup(ctx, this);
        }

        @Override
        public PyType type() {
            return ItertoolsModule.GROUPER;
        }
    }
}
