package lockstep.sim.library;

import java.util.List;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;

/**
 * itertools' combinatoric iterators: {@code product}, {@code permutations}, {@code combinations} and
 * {@code combinations_with_replacement}. Each reads its inputs when made, as CPython's do, then steps an array of
 * indices in lexicographic order to make one tuple per call.
 */
final class Combinatorics {
    private Combinatorics() {}

    /** The tuple of the pool's items at the indices. */
    private static PyTuple pick(List<PyObject> pool, int[] indices, int count) {
        PyObject[] items = new PyObject[count];
        for (int i = 0; i < count; i++) {
            items[i] = pool.get(indices[i]);
        }
        return PyTuple.of(items);
    }

    /** {@code product(*iterables, repeat=1)}: the cartesian product, the rightmost pool varying fastest. */
    static final class Product extends PyIterator {
        private final List<List<PyObject>> pools;
        private final int[] indices;
        private boolean started;
        private boolean done;

        Product(List<List<PyObject>> pools) {
            this.pools = pools;
            this.indices = new int[pools.size()];
            for (List<PyObject> pool : pools) {
                if (pool.isEmpty()) {
                    done = true;
                }
            }
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (done) {
                return null;
            }
            if (started) {
                int i = indices.length - 1;
                while (i >= 0 && indices[i] == pools.get(i).size() - 1) {
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                indices[i]++;
            }
            started = true;
            PyObject[] items = new PyObject[indices.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = pools.get(i).get(indices[i]);
            }
            return PyTuple.of(items);
        }

        @Override
        public PyType type() {
            return ItertoolsModule.PRODUCT;
        }
    }

    /** {@code permutations(iterable, r=None)}: r-length orderings of the items by position. */
    static final class Permutations extends PyIterator {
        private final List<PyObject> pool;
        private final int r;
        private final int[] indices;
        private final int[] cycles;
        private boolean started;
        private boolean done;

        Permutations(List<PyObject> pool, int r) {
            this.pool = pool;
            this.r = r;
            int n = pool.size();
            this.indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            this.cycles = new int[Math.max(r, 0)];
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = n - i;
            }
            this.done = r > n;
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (done) {
                return null;
            }
            if (started && !advance()) {
                done = true;
                return null;
            }
            started = true;
            return pick(pool, indices, r);
        }

        private boolean advance() {
            int n = pool.size();
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = n - cycles[i];
                    int t = indices[i];
                    indices[i] = indices[j];
                    indices[j] = t;
                    return true;
                }
            }
            return false;
        }

        @Override
        public PyType type() {
            return ItertoolsModule.PERMUTATIONS;
        }
    }

    /**
     * {@code combinations(iterable, r)} and {@code combinations_with_replacement(iterable, r)}: r-length subsequences
     * in the order of the pool, without or with repeated items.
     */
    static final class Combinations extends PyIterator {
        private final List<PyObject> pool;
        private final int[] indices;
        private final boolean withReplacement;
        private boolean started;
        private boolean done;

        Combinations(List<PyObject> pool, int r, boolean withReplacement) {
            this.pool = pool;
            this.withReplacement = withReplacement;
            this.indices = new int[r];
            for (int i = 0; i < r && !withReplacement; i++) {
                indices[i] = i;
            }
            this.done = withReplacement ? pool.isEmpty() && r > 0 : r > pool.size();
        }

        @Override
        public PyObject next(CallContext ctx) {
            if (done) {
                return null;
            }
            if (started && !(withReplacement ? advanceWithReplacement() : advance())) {
                done = true;
                return null;
            }
            started = true;
            return pick(pool, indices, indices.length);
        }

        private boolean advance() {
            int n = pool.size();
            int r = indices.length;
            int i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            indices[i]++;
            for (int j = i + 1; j < r; j++) {
                indices[j] = indices[j - 1] + 1;
            }
            return true;
        }

        private boolean advanceWithReplacement() {
            int n = pool.size();
            int i = indices.length - 1;
            while (i >= 0 && indices[i] == n - 1) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            int value = indices[i] + 1;
            for (int j = i; j < indices.length; j++) {
                indices[j] = value;
            }
            return true;
        }

        @Override
        public PyType type() {
            return withReplacement ? ItertoolsModule.COMBINATIONS_WITH_REPLACEMENT : ItertoolsModule.COMBINATIONS;
        }
    }
}
