package lockstep.sim.runtime;

/** {@code classmethod(f)}: found on a class or an instance, it gives {@code f} bound to the class. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = new PyType("classmethod", Types.OBJECT, true, "builtins");

    public final PyObject function;

    public PyClassMethod(PyObject function) {
        this.function = function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
