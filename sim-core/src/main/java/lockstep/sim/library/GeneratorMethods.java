package lockstep.sim.library;

import lockstep.sim.runtime.AsyncGenStep;
import lockstep.sim.runtime.AsyncIteration;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.MachineRequest.Advance;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyGenerator;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * The generator type's methods: {@code send}, {@code throw}, {@code close} and {@code __next__} ask the machine to
 * advance the generator (an {@link Advance} request), since that runs its frame on the calling thread.
 */
final class GeneratorMethods {
    private GeneratorMethods() {}

    static void install() {
        Natives.method(Types.GENERATOR, "send", (ctx, a, kw) -> {
            Args.count("send", a, 2, 2);
            return new Advance(self(a, "send"), Advance.How.SEND, a[1], null, null);
        });
        Natives.method(Types.GENERATOR, "throw", (ctx, a, kw) -> {
            Args.count("throw", a, 2, 4);
            return new Advance(self(a, "throw"), Advance.How.THROW, PyNone.NONE, thrown(ctx, a), null);
        });
        Natives.method(Types.GENERATOR, "close", (ctx, a, kw) -> {
            Args.count("close", a, 1, 1);
            return new Advance(self(a, "close"), Advance.How.CLOSE, PyNone.NONE, null, null);
        });
        Natives.method(Types.GENERATOR, "__next__", (ctx, a, kw) -> {
            Args.count("__next__", a, 1, 1);
            return new Advance(self(a, "__next__"), Advance.How.NEXT, PyNone.NONE, null, null);
        });
        Natives.method(Types.GENERATOR, "__iter__", (ctx, a, kw) -> {
            Args.count("__iter__", a, 1, 1);
            return self(a, "__iter__");
        });
    }

    /** The async generator type's methods: each returns the awaitable that advances it once awaited. */
    static void installAsyncGeneratorMethods() {
        PyType type = Types.ASYNC_GENERATOR;
        Natives.method(type, "__aiter__", (ctx, a, kw) -> {
            Args.count("__aiter__", a, 1, 1);
            return asyncSelf(a, "__aiter__");
        });
        Natives.method(type, "__anext__", (ctx, a, kw) -> {
            Args.count("__anext__", a, 1, 1);
            return new AsyncGenStep(asyncSelf(a, "__anext__"), Advance.How.NEXT, PyNone.NONE, null, null);
        });
        Natives.method(type, "asend", (ctx, a, kw) -> {
            Args.count("asend", a, 2, 2);
            return new AsyncGenStep(asyncSelf(a, "asend"), Advance.How.SEND, a[1], null, null);
        });
        Natives.method(type, "athrow", (ctx, a, kw) -> {
            Args.count("athrow", a, 2, 4);
            return new AsyncGenStep(asyncSelf(a, "athrow"), Advance.How.THROW, PyNone.NONE, thrown(ctx, a), null);
        });
        Natives.method(type, "aclose", (ctx, a, kw) -> {
            Args.count("aclose", a, 1, 1);
            return new AsyncGenStep(asyncSelf(a, "aclose"), Advance.How.CLOSE, PyNone.NONE, null, null);
        });
    }

    /** {@code aiter(o)} and {@code anext(it[, default])}, for the builtins module. */
    static void installAsyncBuiltins(java.util.Map<String, PyObject> m) {
        Natives.function(m, "aiter", (ctx, a, kw) -> {
            Args.count("aiter", a, 1, 1);
            return AsyncIteration.aiter(ctx, a[0]);
        });
        Natives.function(m, "anext", (ctx, a, kw) -> {
            Args.count("anext", a, 1, 2);
            if (a.length == 2 && !(a[0] instanceof PyGenerator g && g.isAsync())) {
                throw Errors.typeError("anext() with a default is only simulated for async generators");
            }
            return AsyncIteration.anext(ctx, a[0], a.length == 2 ? a[1] : null);
        });
    }

    private static PyGenerator asyncSelf(PyObject[] a, String method) {
        if (!(a[0] instanceof PyGenerator g) || !g.isAsync()) {
            throw Errors.typeError("descriptor '" + method + "' for 'async_generator' objects doesn't apply to a '"
                    + a[0].type().name + "' object");
        }
        return g;
    }

    /** {@code __next__} and {@code __iter__} of the built-in iterators, which the program may call directly. */
    static void installIteratorMethods(java.util.List<PyType> types) {
        for (PyType type : types) {
            Natives.method(type, "__next__", (ctx, a, kw) -> {
                Args.count("__next__", a, 1, 1);
                if (a[0] instanceof lockstep.sim.runtime.EngineIterator lazy) {
                    return next(lazy.engine(), null);
                }
                PyObject x = ((lockstep.sim.runtime.PyIterator) a[0]).next(ctx);
                if (x == null) {
                    throw Errors.raise(Types.STOP_ITERATION, null);
                }
                return x;
            });
            Natives.method(type, "__iter__", (ctx, a, kw) -> {
                Args.count("__iter__", a, 1, 1);
                return a[0];
            });
        }
    }

    /** {@code next(gen[, default])}: the same request as {@code __next__}, with the default for a return. */
    static Advance next(PyGenerator g, PyObject defaultValue) {
        return new Advance(g, Advance.How.NEXT, PyNone.NONE, null, defaultValue);
    }

    private static PyGenerator self(PyObject[] a, String method) {
        if (!(a[0] instanceof PyGenerator g)) {
            throw Errors.typeError("descriptor '" + method + "' for 'generator' objects doesn't apply to a '"
                    + a[0].type().name + "' object");
        }
        return g;
    }

    /** {@code throw(type[, value[, traceback]])} or {@code throw(exception)}: the exception to raise in the frame. */
    private static PyBaseException thrown(CallContext ctx, PyObject[] a) {
        PyObject typ = a[1];
        PyObject value = a.length > 2 ? a[2] : PyNone.NONE;
        if (typ instanceof PyBaseException e) {
            if (value != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        if (typ instanceof PyType t && t.isSubtypeOf(Types.BASE_EXCEPTION)) {
            if (value instanceof PyBaseException e && e.type().isSubtypeOf(t)) {
                return e;
            }
            PyObject made = value == PyNone.NONE ? ctx.call(t) : ctx.call(t, value);
            return (PyBaseException) made;
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + typ.type().name);
    }
}
