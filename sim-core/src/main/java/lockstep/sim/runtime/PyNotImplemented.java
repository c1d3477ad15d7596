package lockstep.sim.runtime;

/** Python's {@code NotImplemented}: what a comparison method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();
    public static final PyType TYPE = new PyType("NotImplementedType", Types.OBJECT, true, "builtins");

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
