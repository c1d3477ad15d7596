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
    /**
     * For a method of a built-in type, that type: a call through the class ({@code str.zfill(5)}) must pass an
     * instance of it first, which {@link #checkSelf} checks before the body runs. Null for a function.
     */
    public final PyType selfType;

    public PyNativeFunction(String name, Body body) {
        this(name, body, null);
    }

    public PyNativeFunction(String name, Body body, PyType selfType) {
        this.name = name;
        this.body = body;
        this.selfType = selfType;
    }

    /** Refuses a call without an instance of {@link #selfType} first, with the messages of CPython's descriptors. */
    public void checkSelf(PyObject[] args) {
        if (selfType == null) {
            return;
        }
        boolean slot = name.startsWith("__") && name.endsWith("__");
        if (args.length == 0) {
            throw Errors.typeError(slot ? "descriptor '" + name + "' of '" + selfType.name + "' object needs an argument"
                    : "unbound method " + selfType.name + "." + name + "() needs an argument");
        }
        PyType given = args[0].type();
        if (given != selfType && !given.isSubtypeOf(selfType)) {
            throw Errors.typeError(slot
                    ? "descriptor '" + name + "' requires a '" + selfType.name + "' object but received a '"
                            + given.name + "'"
                    : "descriptor '" + name + "' for '" + selfType.name + "' objects doesn't apply to a '"
                            + given.name + "' object");
        }
    }

    @Override
    public PyType type() {
        return Types.BUILTIN_FUNCTION;
    }
}
