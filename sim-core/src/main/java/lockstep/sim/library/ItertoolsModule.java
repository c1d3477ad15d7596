package lockstep.sim.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * The {@code itertools} module: its iterator types, each made by calling the type with CPython's argument rules,
 * and {@code tee}. The types are named as CPython's C code names them ({@code itertools.count}), which is what
 * their default repr and error messages show.
 */
final class ItertoolsModule {
    static final PyType COUNT = type("count");
    static final PyType CYCLE = type("cycle");
    static final PyType REPEAT = type("repeat");
    static final PyType ISLICE = type("islice");
    static final PyType CHAIN = type("chain");
    static final PyType COMPRESS = type("compress");
    static final PyType PAIRWISE = type("pairwise");
    static final PyType STARMAP = type("starmap");
    static final PyType ZIP_LONGEST = type("zip_longest");
    static final PyType TEE = type("_tee");
    static final PyType TAKEWHILE = type("takewhile");
    static final PyType DROPWHILE = type("dropwhile");
    static final PyType FILTERFALSE = type("filterfalse");
    static final PyType ACCUMULATE = type("accumulate");
    static final PyType GROUPBY = type("groupby");
    static final PyType GROUPER = type("_grouper");
    static final PyType PRODUCT = type("product");
    static final PyType PERMUTATIONS = type("permutations");
    static final PyType COMBINATIONS = type("combinations");
    static final PyType COMBINATIONS_WITH_REPLACEMENT = type("combinations_with_replacement");

    private static final List<PyType> PUBLIC = List.of(COUNT, CYCLE, REPEAT, ISLICE, CHAIN, COMPRESS, PAIRWISE,
            STARMAP, ZIP_LONGEST, TAKEWHILE, DROPWHILE, FILTERFALSE, ACCUMULATE, GROUPBY, PRODUCT, PERMUTATIONS,
            COMBINATIONS, COMBINATIONS_WITH_REPLACEMENT);

    static {
        installInfiniteAndChaining();
        installFilteringAndCombinatoric();
        for (PyType t : List.of(COUNT, CYCLE, REPEAT, ISLICE, CHAIN, COMPRESS, PAIRWISE, STARMAP, ZIP_LONGEST, TEE,
                TAKEWHILE, DROPWHILE, FILTERFALSE, ACCUMULATE, GROUPBY, GROUPER, PRODUCT, PERMUTATIONS, COMBINATIONS,
                COMBINATIONS_WITH_REPLACEMENT)) {
            t.freeze();
        }
    }

    private ItertoolsModule() {}

    private static PyType type(String name) {
        return new PyType("itertools." + name, Types.OBJECT, true, "itertools");
    }

    static void install(Map<String, PyObject> d) {
        for (PyType t : PUBLIC) {
            d.put(t.name.substring("itertools.".length()), t);
        }
        Natives.function(d, "tee", (ctx, a, kw) -> {
            Args.noKeywords("tee", kw);
            Args.count("tee", a, 1, 2);
            long n = a.length > 1 ? Args.asLong(a[1]) : 2;
            if (n < 0) {
                throw Errors.valueError("n must be >= 0");
            }
            PyIterator source = Items.iter(ctx, a[0]);
            ChainingIterators.TeeBuffer buffer = new ChainingIterators.TeeBuffer(source);
            PyObject[] tees = new PyObject[(int) n];
            for (int i = 0; i < n; i++) {
                tees[i] = new ChainingIterators.Tee(buffer, 0);
            }
            return PyTuple.of(tees);
        });
    }

    private static void installInfiniteAndChaining() {
        COUNT.setConstructor((ctx, t, a, kw) -> {
            PyObject[] v = TypeMethods.keywords("count", prepend(a), kw, 2, "start", "step");
            PyObject start = v[0] == null ? PyInt.ZERO : v[0];
            PyObject step = v[1] == null ? PyInt.ONE : v[1];
            if (!Ops.isNumber(start) || !Ops.isNumber(step)) {
                throw Errors.typeError("a number is required");
            }
            return new InfiniteIterators.Count(start, step);
        });
        CYCLE.setConstructor((ctx, t, a, kw) -> {
            exactly("cycle", a, kw, 1);
            return new InfiniteIterators.Cycle(Items.iter(ctx, a[0]));
        });
        REPEAT.setConstructor((ctx, t, a, kw) -> {
            PyObject[] v = TypeMethods.keywords("repeat", prepend(a), kw, 2, "object", "times");
            if (v[0] == null) {
                throw Errors.typeError("repeat() missing required argument 'object' (pos 1)");
            }
            long times = v[1] == null ? -1 : Math.max(0, Args.asLong(v[1]));
            return new InfiniteIterators.Repeat(v[0], times);
        });
        ISLICE.setConstructor((ctx, t, a, kw) -> {
            Args.noKeywords("islice", kw);
            Args.count("islice", a, 2, 4);
            PyIterator source = Items.iter(ctx, a[0]);
            if (a.length == 2) {
                return new ChainingIterators.Islice(source, 0, sliceIndex(a[1], true), 1);
            }
            long start = a[1] == PyNone.NONE ? 0 : sliceIndex(a[1], false);
            long stop = sliceIndex(a[2], false);
            long step = 1;
            if (a.length == 4 && a[3] != PyNone.NONE) {
                step = a[3] instanceof PyInt ? Args.asLong(a[3]) : 0;
                if (step < 1) {
                    throw Errors.valueError("Step for islice() must be a positive integer or None.");
                }
            }
            return new ChainingIterators.Islice(source, start, stop, step);
        });
        CHAIN.setConstructor((ctx, t, a, kw) -> {
            Args.noKeywords("chain", kw);
            return new ChainingIterators.Chain(Items.iter(ctx, PyTuple.of(a)));
        });
        Natives.classLevel(CHAIN, "from_iterable", (ctx, a, kw) -> {
            exactly("from_iterable", a, kw, 1);
            return new ChainingIterators.Chain(Items.iter(ctx, a[a.length - 1]));
        });
        COMPRESS.setConstructor((ctx, t, a, kw) -> {
            PyObject[] v = TypeMethods.keywords("compress", prepend(a), kw, 2, "data", "selectors");
            if (v[0] == null || v[1] == null) {
                throw Errors.typeError("compress() missing required argument '" + (v[0] == null ? "data' (pos 1)"
                        : "selectors' (pos 2)"));
            }
            return new ChainingIterators.Compress(Items.iter(ctx, v[0]), Items.iter(ctx, v[1]));
        });
        PAIRWISE.setConstructor((ctx, t, a, kw) -> {
            exactly("pairwise", a, kw, 1);
            return new ChainingIterators.Pairwise(Items.iter(ctx, a[0]));
        });
        STARMAP.setConstructor((ctx, t, a, kw) -> {
            exactly("starmap", a, kw, 2);
            return new ChainingIterators.Starmap(a[0], Items.iter(ctx, a[1]));
        });
        ZIP_LONGEST.setConstructor((ctx, t, a, kw) -> {
            if (kw != null && (kw.map.size() > 1 || (kw.map.size() == 1 && Args.keyword(kw, "fillvalue") == null))) {
                throw Errors.typeError("zip_longest() got an unexpected keyword argument");
            }
            PyObject fill = Args.keyword(kw, "fillvalue");
            return new ChainingIterators.ZipLongest(IteratorObjects.iterators(ctx, a, 0),
                    fill == null ? PyNone.NONE : fill);
        });
        Natives.method(TEE, "__copy__", (ctx, a, kw) -> ((ChainingIterators.Tee) a[0]).copy());
    }

    private static void installFilteringAndCombinatoric() {
        TAKEWHILE.setConstructor((ctx, t, a, kw) -> {
            exactly("takewhile", a, kw, 2);
            return new FilteringIterators.TakeWhile(a[0], Items.iter(ctx, a[1]));
        });
        DROPWHILE.setConstructor((ctx, t, a, kw) -> {
            exactly("dropwhile", a, kw, 2);
            return new FilteringIterators.DropWhile(a[0], Items.iter(ctx, a[1]));
        });
        FILTERFALSE.setConstructor((ctx, t, a, kw) -> {
            exactly("filterfalse", a, kw, 2);
            return new IteratorObjects.Filter(a[0], Items.iter(ctx, a[1]), false, FILTERFALSE);
        });
        ACCUMULATE.setConstructor((ctx, t, a, kw) -> {
            PyObject[] v = TypeMethods.keywords("accumulate", prepend(a), kw, 2, "iterable", "func", "initial");
            if (v[0] == null) {
                throw Errors.typeError("accumulate() missing required argument 'iterable' (pos 1)");
            }
            PyObject initial = v[2] == PyNone.NONE ? null : v[2];
            return new FilteringIterators.Accumulate(Items.iter(ctx, v[0]), v[1], initial);
        });
        GROUPBY.setConstructor((ctx, t, a, kw) -> {
            PyObject[] v = TypeMethods.keywords("groupby", prepend(a), kw, 2, "iterable", "key");
            if (v[0] == null) {
                throw Errors.typeError("groupby() missing required argument 'iterable' (pos 1)");
            }
            return new FilteringIterators.GroupBy(Items.iter(ctx, v[0]), v[1]);
        });
        PRODUCT.setConstructor((ctx, t, a, kw) -> {
            Args.onlyKeywords("product", kw, "repeat");
            PyObject repeatArg = Args.keyword(kw, "repeat");
            long repeat = repeatArg == null ? 1 : Args.asLong(repeatArg);
            if (repeat < 0) {
                throw Errors.valueError("repeat argument cannot be negative");
            }
            List<List<PyObject>> once = new ArrayList<>();
            for (PyObject iterable : a) {
                once.add(Items.toList(ctx, iterable));
            }
            List<List<PyObject>> pools = new ArrayList<>();
            for (long i = 0; i < repeat; i++) {
                pools.addAll(once);
            }
            return new Combinatorics.Product(pools);
        });
        PERMUTATIONS.setConstructor((ctx, t, a, kw) -> {
            PyObject[] v = TypeMethods.keywords("permutations", prepend(a), kw, 2, "iterable", "r");
            if (v[0] == null) {
                throw Errors.typeError("permutations() missing required argument 'iterable' (pos 1)");
            }
            List<PyObject> pool = Items.toList(ctx, v[0]);
            int r = v[1] == null || v[1] == PyNone.NONE ? pool.size() : checkedR(v[1]);
            return new Combinatorics.Permutations(pool, r);
        });
        COMBINATIONS.setConstructor((ctx, t, a, kw) -> combinations("combinations", ctx, a, kw, false));
        COMBINATIONS_WITH_REPLACEMENT.setConstructor((ctx, t, a, kw) ->
                combinations("combinations_with_replacement", ctx, a, kw, true));
    }

    private static PyObject combinations(String name, CallContext ctx, PyObject[] a, PyDict kw, boolean replace) {
        PyObject[] v = TypeMethods.keywords(name, prepend(a), kw, 2, "iterable", "r");
        if (v[0] == null || v[1] == null) {
            throw Errors.typeError(name + "() missing required argument '" + (v[0] == null ? "iterable' (pos 1)"
                    : "r' (pos 2)"));
        }
        List<PyObject> pool = Items.toList(ctx, v[0]);
        return new Combinatorics.Combinations(pool, checkedR(v[1]), replace);
    }

    private static int checkedR(PyObject r) {
        long n = Args.asLong(r);
        if (n < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        return (int) Math.min(n, Integer.MAX_VALUE - 8);
    }

    /** islice's indices: None or an int from 0 to sys.maxsize; -1 stands for None as a stop. */
    private static long sliceIndex(PyObject o, boolean isStopAlone) {
        if (o == PyNone.NONE) {
            return -1;
        }
        if (o instanceof PyInt i && i.big == null && i.value >= 0) {
            return i.value;
        }
        throw Errors.valueError(isStopAlone
                ? "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
                : "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }

    /** Positional arguments only, exactly {@code n}: {@code starmap expected 2 arguments, got 1}. */
    private static void exactly(String name, PyObject[] a, PyDict kw, int n) {
        Args.noKeywords(name, kw);
        if (a.length != n) {
            throw Errors.typeError(name + " expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + a.length);
        }
    }

    /** {@link TypeMethods#keywords} reads arguments after a receiver; a constructor has none. */
    private static PyObject[] prepend(PyObject[] a) {
        PyObject[] withSelf = new PyObject[a.length + 1];
        withSelf[0] = PyNone.NONE;
        System.arraycopy(a, 0, withSelf, 1, a.length);
        return withSelf;
    }
}
