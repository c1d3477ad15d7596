package lockstep.sim.runtime;

/**
 * A function the simulator implements in Java: a built-in, a module function, or a method of a built-in type
 * (then the first argument is {@code self}).
 */
public final class PyNativeFunction extends PyObject {
    /** The Java body; {@code kwargs} is null when the call has no keyword arguments. */
    @FunctionalInterface
    public interface Body {
        PyObject call(CallContext ctx, PyObject[] args, PyDict kwargs);
    }

    public final String name;
    public final Body body;

    public PyNativeFunction(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public PyType type() {
        return Types.BUILTIN_FUNCTION;
    }
}
