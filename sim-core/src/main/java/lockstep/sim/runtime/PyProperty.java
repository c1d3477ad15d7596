package lockstep.sim.runtime;

/**
 * {@code property(fget, fset, fdel)}: a data descriptor whose reads, writes and deletes on an instance call functions.
 * Immutable as CPython's: {@code @x.setter} makes a new property with the setter added.
 */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = new PyType("property", Types.OBJECT, true, "builtins");

    /** Each is null when absent: reading, writing or deleting then raises CPython's AttributeError. */
    public final PyObject getter;
    public final PyObject setter;
    public final PyObject deleter;

    public PyProperty(PyObject getter, PyObject setter) {
        this(getter, setter, null);
    }

    public PyProperty(PyObject getter, PyObject setter, PyObject deleter) {
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
