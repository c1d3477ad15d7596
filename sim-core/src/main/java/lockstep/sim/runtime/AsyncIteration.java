package lockstep.sim.runtime;

/**
 * The async iteration protocol: what {@code async for}, {@code aiter()} and {@code anext()} ask of an object. An async
 * generator is its own async iterator, whose {@code __anext__} is an {@link AsyncGenStep}; any other object answers
 * through its class's {@code __aiter__} and {@code __anext__}.
 */
public final class AsyncIteration {
    private AsyncIteration() {}

    /** {@code aiter(o)}, and {@code async for}'s GET_AITER. */
    public static PyObject aiter(CallContext ctx, PyObject o) {
        if (o instanceof PyGenerator g && g.isAsync()) {
            return o;
        }
        PyObject method = o.type().lookup("__aiter__");
        if (method == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name);
        }
        PyObject it = ctx.call(method, o);
        if (!(it instanceof PyGenerator g && g.isAsync()) && it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name);
        }
        return it;
    }

    /** {@code anext(it[, default])}, and {@code async for}'s GET_ANEXT: the awaitable of the next item. */
    public static PyObject anext(CallContext ctx, PyObject it, PyObject defaultValue) {
        if (it instanceof PyGenerator g && g.isAsync()) {
            return new AsyncGenStep(g, MachineRequest.Advance.How.NEXT, PyNone.NONE, null, defaultValue);
        }
        PyObject method = it.type().lookup("__anext__");
        if (method == null) {
            throw Errors.typeError("'" + it.type().name + "' object is not an async iterator");
        }
        return ctx.call(method, it);
    }
}
