package lockstep.sim.library;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PythonRandom;
import lockstep.sim.runtime.Types;

/** The simulated library modules, and what an import of anything else is told. */
public final class Modules {
    /** Virtual {@code time.time()} starts at this epoch second, so printed dates look plausible yet never vary. */
    private static final double EPOCH_SECONDS = 1_700_000_000.0;
    private static final Set<String> AVAILABLE = Set.of("time", "math", "random", "sim", "_thread", "threading",
            "queue", "sys", "os", "_os", "multiprocessing", "concurrent", "concurrent.futures", "asyncio", "_asyncio",
            "_time", "_sys", "logging", "logging.handlers", "atexit", "datetime", "json", "pprint", "uuid",
            "multiprocessing.dummy", "signal", "functools", "dataclasses", "abc", "contextlib", "_iterate",
            "multiprocessing.pool", "warnings");
    private static final Set<String> PLANNED = Set.of();
    /** Library modules written in the scenario language itself, as CPython writes them in Python. */
    private static final Set<String> IN_PYTHON = Set.of("threading", "queue", "os", "multiprocessing",
            "concurrent.futures", "asyncio", "time", "sys", "logging", "logging.handlers", "atexit", "datetime", "json",
            "pprint", "uuid", "multiprocessing.dummy", "signal", "functools", "dataclasses", "abc", "contextlib",
            "_iterate", "multiprocessing.pool", "warnings");

    private Modules() {}

    /** Null when the module can be imported, else why not (for a load-time error). */
    public static String problem(String name) {
        if (AVAILABLE.contains(name) || UtilityModules.NAMES.contains(name) || GeventModules.NAMES.contains(name)
                || name.equals(GeventModules.NATIVE)) {
            return null;
        }
        if (PLANNED.contains(name)) {
            return "unsupported: module '" + name + "' is not simulated yet";
        }
        return "unsupported: module '" + name + "' is outside the scenario language (available: "
                + String.join(", ", importableNames()) + ")";
    }

    /**
     * The modules a program may import, sorted, as the refusal of another lists them: private helpers (a leading
     * underscore) and the bare {@code concurrent} package are left out.
     */
    static List<String> importableNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(AVAILABLE);
        names.addAll(UtilityModules.NAMES);
        names.addAll(GeventModules.NAMES);
        names.removeIf(n -> n.startsWith("_") || n.equals("concurrent"));
        return List.copyOf(names);
    }

    /** Every module a program may import, private helpers included, sorted: what {@link #problem} accepts. */
    static List<String> allNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(AVAILABLE);
        names.addAll(UtilityModules.NAMES);
        names.addAll(GeventModules.NAMES);
        names.add(GeventModules.NATIVE);
        return List.copyOf(names);
    }

    /** Whether a traceback's file is a library module written in Python (whose lines are not the program's). */
    public static boolean isLibraryFile(String fileName) {
        if (!fileName.endsWith(".py")) {
            return false;
        }
        String module = fileName.substring(0, fileName.length() - 3);
        return IN_PYTHON.contains(module) || UtilityModules.IN_PYTHON.contains(module)
                || GeventModules.NAMES.contains(module);
    }

    /**
     * Whether a frame of this file runs what CPython does in C: {@code _iterate}'s helpers, the iteration of
     * built-ins over program code. Such frames have no entry in a traceback or a printed stack.
     */
    public static boolean standsForBuiltIn(String fileName) {
        return fileName.equals("_iterate.py");
    }

    /** The compiled top level of a library module written in Python, or null for a module made in Java. */
    public static lockstep.sim.compile.CodeObject pythonSource(String name) {
        if (UtilityModules.IN_PYTHON.contains(name)) {
            return UtilityModules.pythonSource(name);
        }
        if (GeventModules.NAMES.contains(name)) {
            return GeventModules.code(name);
        }
        if (!IN_PYTHON.contains(name)) {
            return null;
        }
        return switch (name) {
            case "threading" -> Compiled.Threading.CODE;
            case "queue" -> Compiled.Queue.CODE;
            case "os" -> Compiled.Os.CODE;
            case "multiprocessing" -> Compiled.Multiprocessing.CODE;
            case "concurrent.futures" -> Compiled.Futures.CODE;
            case "asyncio" -> Compiled.Asyncio.CODE;
            case "contextlib" -> Compiled.Contextlib.CODE;
            case "functools" -> Compiled.Functools.CODE;
            case "dataclasses" -> Compiled.Dataclasses.CODE;
            case "abc" -> Compiled.Abc.CODE;
            case "multiprocessing.dummy" -> Compiled.MultiprocessingDummy.CODE;
            case "multiprocessing.pool" -> Compiled.MultiprocessingPool.CODE;
            case "signal" -> Compiled.Signal.CODE;
            case "_iterate" -> Compiled.Iterate.CODE;
            default -> StdlibModules.code(name);
        };
    }

    /**
     * Each library module compiled once per JVM, when first imported: a class's initializer runs once, whichever
     * thread asks first, so no run sees another's cache.
     */
    private static final class Compiled {
        private Compiled() {}

        private static final class Threading {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("threading");
        }

        private static final class Queue {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("queue");
        }

        private static final class Os {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("os");
        }

        private static final class Multiprocessing {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("multiprocessing");
        }

        private static final class Futures {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("concurrent.futures");
        }

        private static final class Asyncio {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("asyncio");
        }

        private static final class MultiprocessingDummy {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("multiprocessing.dummy");
        }

        private static final class MultiprocessingPool {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("multiprocessing.pool");
        }

        private static final class Signal {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("signal");
        }

        private static final class Functools {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("functools");
        }

        private static final class Dataclasses {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("dataclasses");
        }

        private static final class Abc {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("abc");
        }

        private static final class Iterate {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("_iterate");
        }

        private static final class Contextlib {
            static final lockstep.sim.compile.CodeObject CODE = compileLibrary("contextlib");
        }
    }

    static lockstep.sim.compile.CodeObject compileLibrary(String name) {
        String file = name + ".py";
        try (java.io.InputStream in = Modules.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("library module " + file + " is missing");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            lockstep.sim.compile.CodeObject code = lockstep.sim.compile.Compiler.compileModule(
                    lockstep.sim.lang.Parser.parse(file, text), Modules::problem);
            // _iterate does what built-ins do in C.
            if (name.equals("asyncio") || name.equals("_iterate") || StdlibModules.runsAtCSpeed(name)) {
                code.markRunsAtCSpeed();
            }
            return code;
        } catch (java.io.IOException | lockstep.sim.lang.ProgramError e) {
            throw new IllegalStateException("library module " + file + " does not compile: " + e.getMessage(), e);
        }
    }

    public static PyModule create(String name) {
        LinkedHashMap<String, PyObject> d = new LinkedHashMap<>();
        d.put("__name__", PyStr.of(name));
        switch (name) {
            case "_time" -> time(d);
            case "math" -> math(d);
            case "random" -> random(d);
            case "sim" -> sim(d);
            case "_thread" -> ThreadModule.install(d);
            case "_sys" -> {
                sys(d);
                StdlibSupport.installSys(d);
            }
            case "_os" -> os(d);
            case "concurrent" -> { }
            case "_asyncio" -> AsyncioSupport.install(d);
            case GeventModules.NATIVE -> GeventModules.install(d);
            case "itertools", "_collections", "operator", "copy", "heapq", "bisect" -> UtilityModules.install(name, d);
            default -> throw Errors.raise(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        }
        return new PyModule(name, d);
    }

    private static long nanos(PyObject seconds, String function) {
        double s = Args.asDouble(seconds);
        if (s < 0) {
            throw Errors.valueError(function.equals("sleep") ? "sleep length must be non-negative"
                    : function + "() seconds must be non-negative");
        }
        if (Double.isNaN(s)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        return Math.round(s * 1e9);
    }

    private static void time(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "sleep", (ctx, a, kw) -> {
            Args.count("sleep", a, 1, 1);
            return new MachineRequest.Suspend(nanos(a[0], "sleep"), MachineRequest.SuspendKind.SLEEP);
        });
        Natives.function(d, "time", (ctx, a, kw) -> new PyFloat(EPOCH_SECONDS + ctx.clock().nowNanos() / 1e9));
        Natives.function(d, "perf_counter", (ctx, a, kw) -> new PyFloat(ctx.clock().nowNanos() / 1e9));
        Natives.function(d, "monotonic", (ctx, a, kw) -> new PyFloat(ctx.clock().nowNanos() / 1e9));
        Natives.function(d, "time_ns", (ctx, a, kw) -> PyInt.of(1_700_000_000_000_000_000L + ctx.clock().nowNanos()));
        Natives.function(d, "perf_counter_ns", (ctx, a, kw) -> PyInt.of(ctx.clock().nowNanos()));
        StructSequences.install(d);
    }

    private static void math(LinkedHashMap<String, PyObject> d) {
        d.put("pi", new PyFloat(Math.PI));
        d.put("e", new PyFloat(Math.E));
        d.put("tau", new PyFloat(2 * Math.PI));
        d.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        d.put("nan", new PyFloat(Double.NaN));
        Natives.function(d, "sqrt", (ctx, a, kw) -> {
            Args.count("sqrt", a, 1, 1);
            double x = Args.asDouble(a[0]);
            if (x < 0) {
                throw Errors.valueError("math domain error");
            }
            return new PyFloat(Math.sqrt(x));
        });
        Natives.function(d, "floor", (ctx, a, kw) -> {
            Args.count("floor", a, 1, 1);
            return a[0] instanceof PyInt ? PyInt.of(((PyInt) a[0]).toBig()) : Constructors.floatToInt(Math.floor(Args.asDouble(a[0])));
        });
        Natives.function(d, "ceil", (ctx, a, kw) -> {
            Args.count("ceil", a, 1, 1);
            return a[0] instanceof PyInt ? PyInt.of(((PyInt) a[0]).toBig()) : Constructors.floatToInt(Math.ceil(Args.asDouble(a[0])));
        });
        Natives.function(d, "isqrt", (ctx, a, kw) -> {
            Args.count("isqrt", a, 1, 1);
            if (!(a[0] instanceof PyInt n)) {
                throw Errors.typeError("'" + a[0].type().name + "' object cannot be interpreted as an integer");
            }
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.toBig().sqrt());
        });
        Natives.function(d, "gcd", (ctx, a, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) {
                g = g.gcd(Args.asIndex(x).toBig());
            }
            return PyInt.of(g);
        });
        Natives.function(d, "factorial", (ctx, a, kw) -> {
            Args.count("factorial", a, 1, 1);
            if (!(a[0] instanceof PyInt n)) {
                throw Errors.typeError("'" + a[0].type().name + "' object cannot be interpreted as an integer");
            }
            if (n.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            if (n.toBig().bitLength() > 20) {
                throw Errors.memoryError("factorial argument too large for the simulator");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n.value; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        });
        Natives.function(d, "comb", (ctx, a, kw) -> {
            Args.count("comb", a, 2, 2);
            long n = Args.asLong(a[0]);
            long k = Args.asLong(a[1]);
            if (n < 0 || k < 0) {
                throw Errors.valueError((n < 0 ? "n" : "k") + " must be a non-negative integer");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < Math.min(k, n - k) && k <= n; i++) {
                r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            return PyInt.of(k > n ? BigInteger.ZERO : r);
        });
        Natives.function(d, "perm", (ctx, a, kw) -> {
            Args.count("perm", a, 1, 2);
            long n = Args.asLong(a[0]);
            long k = a.length > 1 ? Args.asLong(a[1]) : n;
            if (n < 0 || k < 0) {
                throw Errors.valueError((n < 0 ? "n" : "k") + " must be a non-negative integer");
            }
            BigInteger r = k > n ? BigInteger.ZERO : BigInteger.ONE;
            for (long i = 0; i < k && k <= n; i++) {
                r = r.multiply(BigInteger.valueOf(n - i));
            }
            return PyInt.of(r);
        });
        Natives.function(d, "prod", (ctx, a, kw) -> {
            Args.count("prod", a, 1, 1);
            PyObject start = Args.keyword(kw, "start");
            PyObject r = start == null ? PyInt.ONE : start;
            for (PyObject x : Items.toList(ctx, a[0])) {
                r = lockstep.sim.runtime.Arith.binary(ctx, lockstep.sim.lang.BinaryOperator.MUL, r, x);
            }
            return r;
        });
        mathFloats(d);
    }

    /** math's functions of floats: trunc, hypot, the tests, logarithms, trigonometry, isclose. */
    private static void mathFloats(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "trunc", (ctx, a, kw) -> {
            Args.count("trunc", a, 1, 1);
            return a[0] instanceof PyInt ? a[0] : Constructors.floatToInt(Args.asDouble(a[0]));
        });
        Natives.function(d, "hypot", (ctx, a, kw) -> {
            double sum = 0;
            for (PyObject x : a) {
                double v = Args.asDouble(x);
                sum += v * v;
            }
            return new PyFloat(Math.sqrt(sum));
        });
        Natives.function(d, "isfinite", (ctx, a, kw) -> lockstep.sim.runtime.PyBool.of(Double.isFinite(Args.asDouble(Args.one("math.isfinite", a)))));
        Natives.function(d, "isinf", (ctx, a, kw) -> lockstep.sim.runtime.PyBool.of(Double.isInfinite(Args.asDouble(Args.one("math.isinf", a)))));
        Natives.function(d, "isnan", (ctx, a, kw) -> lockstep.sim.runtime.PyBool.of(Double.isNaN(Args.asDouble(Args.one("math.isnan", a)))));
        Natives.function(d, "fabs", (ctx, a, kw) -> new PyFloat(Math.abs(Args.asDouble(Args.one("math.fabs", a)))));
        Natives.function(d, "pow", (ctx, a, kw) -> {
            Args.count("pow", a, 2, 2);
            return new PyFloat(Math.pow(Args.asDouble(a[0]), Args.asDouble(a[1])));
        });
        Natives.function(d, "log", (ctx, a, kw) -> {
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError("math.log requires 1 to 2 arguments");
            }
            double x = Args.asDouble(a[0]);
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            return new PyFloat(a.length == 2 ? Math.log(x) / Math.log(Args.asDouble(a[1])) : Math.log(x));
        });
        Natives.function(d, "log2", (ctx, a, kw) -> {
            double x = Args.asDouble(Args.one("math.log2", a));
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            int exponent = Math.getExponent(x);
            // Exact for powers of two, as CPython's log2 is.
            return new PyFloat(x == Math.scalb(1.0, exponent) ? exponent : Math.log(x) / Math.log(2));
        });
        Natives.function(d, "log10", (ctx, a, kw) -> new PyFloat(Math.log10(Args.asDouble(Args.one("math.log10", a)))));
        Natives.function(d, "exp", (ctx, a, kw) -> new PyFloat(Math.exp(Args.asDouble(Args.one("math.exp", a)))));
        Natives.function(d, "sin", (ctx, a, kw) -> new PyFloat(Math.sin(Args.asDouble(Args.one("math.sin", a)))));
        Natives.function(d, "cos", (ctx, a, kw) -> new PyFloat(Math.cos(Args.asDouble(Args.one("math.cos", a)))));
        Natives.function(d, "isclose", (ctx, a, kw) -> {
            if (a.length > 2) {
                throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + a.length + " given)");
            }
            if (a.length < 2) {
                throw Errors.typeError("isclose() missing required argument '" + (a.length == 0 ? "a' (pos 1)" : "b' (pos 2)"));
            }
            double x = Args.asDouble(a[0]);
            double y = Args.asDouble(a[1]);
            PyObject rel = Args.keyword(kw, "rel_tol");
            PyObject abs = Args.keyword(kw, "abs_tol");
            double r = rel == null ? 1e-09 : Args.asDouble(rel);
            double t = abs == null ? 0.0 : Args.asDouble(abs);
            return lockstep.sim.runtime.PyBool.of(x == y
                    || Math.abs(x - y) <= Math.max(r * Math.max(Math.abs(x), Math.abs(y)), t));
        });
    }

    private static void random(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "seed", (ctx, a, kw) -> {
            Args.count("seed", a, 0, 1);
            PythonRandom r = ctx.random();
            if (a.length == 1 && a[0] instanceof PyInt i) {
                r.seed(i.toBig());
            } else if (a.length == 1 && a[0] instanceof PyStr s) {
                r.seed(new BigInteger(1, s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } else {
                r.seed(BigInteger.ZERO);
            }
            return PyNone.NONE;
        });
        Natives.function(d, "random", (ctx, a, kw) -> new PyFloat(ctx.random().random()));
        Natives.function(d, "uniform", (ctx, a, kw) -> {
            Args.count("uniform", a, 2, 2);
            double lo = Args.asDouble(a[0]);
            double hi = Args.asDouble(a[1]);
            return new PyFloat(lo + (hi - lo) * ctx.random().random());
        });
        Natives.function(d, "randint", (ctx, a, kw) -> {
            Args.count("randint", a, 2, 2);
            // randrange(a, b + 1), as random.py: b + 1 first, so randint(1, 'b') fails as CPython's does.
            PyObject stop = lockstep.sim.runtime.Arith.binary(ctx, lockstep.sim.lang.BinaryOperator.ADD, a[1], PyInt.ONE);
            BigInteger lo = RandomArguments.index(ctx, a[0], "arg 1");
            BigInteger hi = RandomArguments.index(ctx, stop, "stop");
            return PyInt.of(RandomArguments.randrange(ctx.random(), lo, hi, BigInteger.ONE));
        });
        Natives.function(d, "randrange", (ctx, a, kw) -> {
            Args.count("randrange", a, 1, 3);
            BigInteger start = RandomArguments.index(ctx, a[0], "arg 1");
            BigInteger stop = a.length > 1 ? RandomArguments.index(ctx, a[1], "stop") : null;
            BigInteger step = a.length > 2 ? RandomArguments.index(ctx, a[2], "step") : BigInteger.ONE;
            return PyInt.of(RandomArguments.randrange(ctx.random(), start, stop, step));
        });
        Natives.function(d, "choice", (ctx, a, kw) -> {
            Args.count("choice", a, 1, 1);
            return RandomArguments.choice(ctx, ctx.random(), a[0]);
        });
        Natives.function(d, "shuffle", (ctx, a, kw) -> {
            Args.count("shuffle", a, 1, 1);
            RandomArguments.shuffle(ctx, ctx.random(), a[0]);
            return PyNone.NONE;
        });
        Natives.function(d, "sample", (ctx, a, kw) -> {
            Args.count("sample", a, 2, 2);
            RandomArguments.checkPopulation(a[0]);
            List<PyObject> pool = new ArrayList<>(Items.toList(ctx, a[0]));
            int n = pool.size();
            long k = Args.asLong(a[1]);
            if (k < 0 || k > n) {
                throw Errors.valueError("Sample larger than population or is negative");
            }
            // CPython's two strategies: a shrinking pool for small populations, a set of picks otherwise.
            int setSize = 21;
            if (k > 5) {
                setSize += (int) Math.pow(4, Math.ceil(Math.log(k * 3.0) / Math.log(4)));
            }
            List<PyObject> result = new ArrayList<>();
            if (n <= setSize) {
                for (int i = 0; i < k; i++) {
                    int j = (int) ctx.random().randbelow(n - i);
                    result.add(pool.get(j));
                    pool.set(j, pool.get(n - i - 1));
                }
            } else {
                java.util.Set<Long> selected = new java.util.HashSet<>();
                for (int i = 0; i < k; i++) {
                    long j = ctx.random().randbelow(n);
                    while (selected.contains(j)) {
                        j = ctx.random().randbelow(n);
                    }
                    selected.add(j);
                    result.add(pool.get((int) j));
                }
            }
            return new PyList(new ArrayList<>(result), true);
        });
    }

    private static void os(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "_fork", (ctx, a, kw) -> PyInt.of(ctx.processes().fork()));
        Natives.function(d, "getpid", (ctx, a, kw) -> PyInt.of(ctx.processes().pid()));
        Natives.function(d, "getppid", (ctx, a, kw) -> PyInt.of(ctx.processes().parentPid()));
        Natives.function(d, "_exit", (ctx, a, kw) -> {
            Args.count("_exit", a, 1, 1);
            return new MachineRequest.Exit((int) Args.asLong(a[0]));
        });
        Natives.function(d, "_spawn", (ctx, a, kw) -> {
            Args.count("_spawn", a, 2, 2);
            if (!(a[0] instanceof lockstep.sim.runtime.PyTuple call)) {
                throw Errors.typeError("_spawn() expects a tuple, not '" + a[0].type().name + "'");
            }
            return PyInt.of(ctx.processes().spawn(call.items, Ops.truthy(ctx, a[1])));
        });
        Natives.function(d, "_poll", (ctx, a, kw) -> {
            Args.count("_poll", a, 1, 1);
            return ctx.processes().processExitCode((int) Args.asLong(a[0]));
        });
        Natives.function(d, "_main_module", (ctx, a, kw) -> ctx.processes().mainModule());
        Channels.install(d);
        StdlibSupport.installOs(d);
        ProcessNatives.install(d);
        Natives.function(d, "_shared_lock", (ctx, a, kw) -> {
            Args.count("_shared_lock", a, 1, 1);
            Locks.NativeLock lock = (Locks.NativeLock) ctx.call(Ops.truthy(ctx, a[0]) ? Locks.RLOCK : Locks.LOCK);
            lock.shared = true;
            ctx.sync().sharedByProcesses(lock.key);
            return lock;
        });
        Natives.function(d, "waitpid", (ctx, a, kw) -> {
            Args.count("waitpid", a, 2, 2);
            lockstep.sim.runtime.Blocker childEnd = ctx.processes().childWait((int) Args.asLong(a[0]));
            if (childEnd == null) {
                throw Errors.raise(Types.EXCEPTIONS.getOrDefault("ChildProcessError", Types.OS_ERROR),
                        "[Errno 10] No child processes");
            }
            return new MachineRequest.Block(childEnd, -1);
        });
    }

    private static void sys(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "setswitchinterval", (ctx, a, kw) -> {
            Args.count("setswitchinterval", a, 1, 1);
            double seconds = Args.asDouble(a[0]);
            if (!(seconds > 0)) {
                throw Errors.valueError("switch interval must be strictly positive");
            }
            ctx.clock().setSwitchIntervalNanos(Math.max(1, Math.round(seconds * 1e9)));
            return PyNone.NONE;
        });
        Natives.function(d, "getswitchinterval", (ctx, a, kw) -> new PyFloat(ctx.clock().switchIntervalNanos() / 1e9));
        Natives.function(d, "exit", (ctx, a, kw) -> {
            Args.count("exit", a, 0, 1);
            lockstep.sim.runtime.PyBaseException e = new lockstep.sim.runtime.PyBaseException(Types.SYSTEM_EXIT);
            e.args = a.length == 0 ? lockstep.sim.runtime.PyTuple.EMPTY : lockstep.sim.runtime.PyTuple.of(a[0]);
            throw new lockstep.sim.runtime.PyRaise(e);
        });
        d.put("maxsize", PyInt.of(Long.MAX_VALUE));
        d.put("platform", PyStr.of("linux"));
        d.put("version", PyStr.of("3.11.7 (Lockstep simulation)"));
    }

    private static void sim(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "priority", (ctx, a, kw) -> {
            Args.count("priority", a, 1, 1);
            ctx.threads().setPriority((int) Args.asLong(a[0]));
            return PyNone.NONE;
        });
        Natives.function(d, "io", (ctx, a, kw) -> {
            Args.count("io", a, 1, 1);
            return new MachineRequest.Suspend(nanos(a[0], "io"), MachineRequest.SuspendKind.IO);
        });
        Natives.function(d, "compute", (ctx, a, kw) -> {
            Args.count("compute", a, 1, 1);
            return new MachineRequest.Suspend(nanos(a[0], "compute"), MachineRequest.SuspendKind.COMPUTE);
        });
    }
}
