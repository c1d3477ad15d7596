package lockstep.sim.library;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;

/**
 * itertools' iterators that take items from others in order: {@code islice}, {@code chain}, {@code compress},
 * {@code pairwise}, {@code starmap}, {@code zip_longest}, {@code tee}. Each pulls from its sources only when asked,
 * as CPython's do.
 */
final class ChainingIterators {
    private ChainingIterators() {}

    /** {@code islice}: CPython's algorithm, which never reads past the last item it returns. */
    static final class Islice extends PyIterator {
        private PyIterator source;
        private long nextIndex;
        private final long stop;
        private final long step;
        private long consumed;

        /** {@code stop} is -1 for none. */
        Islice(PyIterator source, long start, long stop, long step) {
            this.source = source;
            this.nextIndex = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (source == null) {
                return null;
            }
            while (consumed < nextIndex) {
                if (source.next(ctx) == null) {
                    source = null;
                    return null;
                }
                consumed++;
            }
            if (stop != -1 && consumed >= stop) {
                source = null;
                return null;
            }
            PyObject item = source.next(ctx);
            if (item == null) {
                source = null;
                return null;
            }
            consumed++;
            long previous = nextIndex;
            nextIndex += step;
            if (nextIndex < previous || (stop != -1 && nextIndex > stop)) {
                nextIndex = stop;
            }
            return item;
        }

        @Override
        public PyType type() {
            return ItertoolsModule.ISLICE;
        }
    }

    /** {@code chain(*iterables)} and {@code chain.from_iterable(iterable)}: each iterable in turn, opened lazily. */
    static final class Chain extends PyIterator {
        private PyIterator sources;
        private PyIterator active;

        Chain(PyIterator sources) {
            this.sources = sources;
        }

        @Override
        public PyObject next(CallContext ctx) {
            while (sources != null) {
                if (active == null) {
                    PyObject iterable = sources.next(ctx);
                    if (iterable == null) {
                        sources = null;
                        return null;
                    }
                    active = Items.iter(ctx, iterable);
                }
                PyObject item = active.next(ctx);
                if (item != null) {
                    return item;
                }
                active = null;
            }
            return null;
        }

        @Override
        public PyType type() {
            return ItertoolsModule.CHAIN;
        }
    }

    /** {@code compress(data, selectors)}: the data whose selector is true, until either runs out. */
    static final class Compress extends PyIterator {
        private final PyIterator data;
        private final PyIterator selectors;

        Compress(PyIterator data, PyIterator selectors) {
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyObject next(CallContext ctx) {
            while (true) {
                PyObject item = data.next(ctx);
                if (item == null) {
                    return null;
                }
                PyObject selector = selectors.next(ctx);
                if (selector == null) {
                    return null;
                }
                if (Ops.truthy(ctx, selector)) {
                    return item;
                }
            }
        }

        @Override
        public PyType type() {
            return ItertoolsModule.COMPRESS;
        }
    }

    /** {@code pairwise(iterable)}: overlapping pairs of neighbours. */
    static final class Pairwise extends PyIterator {
        private PyIterator source;
        private PyObject previous;

        Pairwise(PyIterator source) {
            this.source = source;
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (source == null) {
                return null;
            }
            if (previous == null) {
                previous = source.next(ctx);
                if (previous == null) {
                    source = null;
                    return null;
                }
            }
            PyObject item = source.next(ctx);
            if (item == null) {
                source = null;
                previous = null;
                return null;
            }
            PyTuple pair = PyTuple.of(previous, item);
            previous = item;
            return pair;
        }

        @Override
        public PyType type() {
            return ItertoolsModule.PAIRWISE;
        }
    }

    /** {@code starmap(function, iterable)}: the function called with each item's items as arguments. */
    static final class Starmap extends PyIterator {
        private final PyObject function;
        private final PyIterator source;

        Starmap(PyObject function, PyIterator source) {
            this.function = function;
            this.source = source;
        }

        @Override
        public PyObject next(CallContext ctx) {
            PyObject args = source.next(ctx);
            if (args == null) {
                return null;
            }
            if (!(args instanceof PyTuple) && !(args instanceof lockstep.sim.runtime.PyList)) {
                try {
                    Items.iter(ctx, args);
                } catch (lockstep.sim.runtime.PyRaise e) {
                    throw lockstep.sim.runtime.Errors.typeError("'" + args.type().name + "' object is not iterable");
                }
            }
            return ctx.call(function, Items.toList(ctx, args).toArray(new PyObject[0]));
        }

        @Override
        public PyType type() {
            return ItertoolsModule.STARMAP;
        }
    }

    /** {@code zip_longest(*iterables, fillvalue=None)}: exhausted sources give the fill value until all are. */
    static final class ZipLongest extends PyIterator {
        private final PyIterator[] sources;
        private final PyObject fill;
        private int active;

        ZipLongest(PyIterator[] sources, PyObject fill) {
            this.sources = sources;
            this.fill = fill;
            this.active = sources.length;
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (sources.length == 0 || active == 0) {
                return null;
            }
            PyObject[] items = new PyObject[sources.length];
            for (int i = 0; i < sources.length; i++) {
                PyObject item = sources[i] == null ? fill : sources[i].next(ctx);
                if (item == null) {
                    active--;
                    if (active == 0) {
                        return null;
                    }
                    sources[i] = null;
                    item = fill;
                }
                items[i] = item;
            }
            return PyTuple.of(items);
        }

        @Override
        public PyType type() {
            return ItertoolsModule.ZIP_LONGEST;
        }
    }

    /** What the iterators made by one {@code tee} share: the source and the items some have read and others not. */
    static final class TeeBuffer {
        private final PyIterator source;
        private final List<PyObject> items = new ArrayList<>();
        private boolean done;

        TeeBuffer(PyIterator source) {
            this.source = source;
        }

        PyObject get(CallContext ctx, int index) {
            if (index < items.size()) {
                return items.get(index);
            }
            if (done) {
                return null;
            }
            PyObject item = source.next(ctx);
            if (item == null) {
                done = true;
                return null;
            }
            items.add(item);
            return item;
        }
    }

    /** One of {@code tee}'s iterators: its own position in the shared buffer. */
    static final class Tee extends PyIterator {
        private final TeeBuffer buffer;
        private int index;

        Tee(TeeBuffer buffer, int index) {
            this.buffer = buffer;
            this.index = index;
        }

        @Override
        public PyObject next(CallContext ctx) {
            PyObject item = buffer.get(ctx, index);
            if (item != null) {
                index++;
            }
            return item;
        }

        /** {@code copy(t)} and {@code t.__copy__()}: another iterator at the same position. */
        Tee copy() {
            return new Tee(buffer, index);
        }

        @Override
        public PyType type() {
            return ItertoolsModule.TEE;
        }
    }
}
