package lockstep.sim.runtime;

/** {@code staticmethod(f)}: found on a class or an instance, it gives {@code f} itself, unbound. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = new PyType("staticmethod", Types.OBJECT, true, "builtins");

    public final PyObject function;

    public PyStaticMethod(PyObject function) {
        this.function = function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
