package lockstep.sim.runtime;

/** {@code property(fget, fset)}: a class attribute computed by calling a function (decorators are not needed). */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = new PyType("property", Types.OBJECT, true, "builtins");

    public final PyObject getter;
    /** Null when the property is read-only. */
    public final PyObject setter;

    public PyProperty(PyObject getter, PyObject setter) {
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
