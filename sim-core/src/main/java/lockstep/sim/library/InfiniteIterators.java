package lockstep.sim.library;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.lang.BinaryOperator;
import lockstep.sim.runtime.Arith;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.NativeRepr;
import lockstep.sim.runtime.ObjectCopier;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.WorkMeter;

/**
 * itertools' endless iterators: {@code count}, {@code cycle}, {@code repeat} (which ends when given times). A fork
 * copies them with their position, as an id counter kept in a global must survive a fork.
 */
final class InfiniteIterators {
    private InfiniteIterators() {}

    /** {@code count(start, step)}: start, start+step, ... with the arithmetic of the numbers given. */
    static final class Count extends PyIterator implements NativeRepr {
        private PyObject current;
        private final PyObject step;

        Count(PyObject start, PyObject step) {
            this.current = start;
            this.step = step;
        }

        @Override
        public PyObject next(CallContext ctx) {
            ctx.work().endlessItem();
            PyObject value = current;
            current = Arith.binary(ctx, BinaryOperator.ADD, current, step);
            return value;
        }

        @Override
        public String repr(CallContext ctx) {
            boolean unitStep = step instanceof PyInt i && !(step instanceof lockstep.sim.runtime.PyBool)
                    && i.big == null && i.value == 1;
            return "count(" + Ops.repr(ctx, current) + (unitStep ? "" : ", " + Ops.repr(ctx, step)) + ")";
        }

        @Override
        public long lengthHint() {
            return WorkMeter.ENDLESS;
        }

        @Override
        public PyType type() {
            return ItertoolsModule.COUNT;
        }

        @Override
        public PyObject copyFor(ObjectCopier copier) {
            return new Count(copier.copy(current), copier.copy(step));
        }
    }

    /** {@code cycle(iterable)}: the items once while saving them, then the saved items forever. */
    static final class Cycle extends PyIterator {
        private final PyIterator source;
        private final List<PyObject> saved = new ArrayList<>();
        private boolean sourceDone;
        private int index;

        Cycle(PyIterator source) {
            this.source = source;
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (!sourceDone) {
                PyObject x = source.next(ctx);
                if (x != null) {
                    saved.add(x);
                    return x;
                }
                sourceDone = true;
            }
            if (saved.isEmpty()) {
                return null;
            }
            ctx.work().endlessItem();
            PyObject x = saved.get(index);
            index = (index + 1) % saved.size();
            return x;
        }

        @Override
        public long lengthHint() {
            return saved.isEmpty() && (sourceDone || source.lengthHint() <= 0) ? (sourceDone ? 0 : -1)
                    : WorkMeter.ENDLESS;
        }

        @Override
        public PyType type() {
            return ItertoolsModule.CYCLE;
        }

        @Override
        public PyObject copyFor(ObjectCopier copier) {
            Cycle copy = new Cycle((PyIterator) copier.copy(source));
            for (PyObject x : saved) {
                copy.saved.add(copier.copy(x));
            }
            copy.sourceDone = sourceDone;
            copy.index = index;
            return copy;
        }
    }

    /** {@code repeat(object[, times])}: the object forever, or {@code times} times. */
    static final class Repeat extends PyIterator implements NativeRepr {
        private final PyObject value;
        /** Repeats left; negative for forever. */
        private long left;

        Repeat(PyObject value, long times) {
            this.value = value;
            this.left = times;
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (left == 0) {
                return null;
            }
            if (left > 0) {
                left--;
            } else {
                ctx.work().endlessItem();
            }
            return value;
        }

        @Override
        public String repr(CallContext ctx) {
            return "repeat(" + Ops.repr(ctx, value) + (left < 0 ? "" : ", " + left) + ")";
        }

        @Override
        public long lengthHint() {
            return left < 0 ? WorkMeter.ENDLESS : left;
        }

        @Override
        public PyType type() {
            return ItertoolsModule.REPEAT;
        }

        @Override
        public PyObject copyFor(ObjectCopier copier) {
            return new Repeat(copier.copy(value), left);
        }
    }
}
