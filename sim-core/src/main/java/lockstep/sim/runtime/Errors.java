package lockstep.sim.runtime;

/** Builds the Python exceptions the runtime raises, with CPython's messages. */
public final class Errors {
    private Errors() {}

    public static PyBaseException newException(PyType type, String message) {
        PyBaseException e = new PyBaseException(type);
        e.args = message == null ? PyTuple.EMPTY : PyTuple.of(PyStr.of(message));
        return e;
    }

    public static PyRaise raise(PyType type, String message) {
        return new PyRaise(newException(type, message));
    }

    public static PyRaise typeError(String message) {
        return raise(Types.TYPE_ERROR, message);
    }

    public static PyRaise valueError(String message) {
        return raise(Types.VALUE_ERROR, message);
    }

    public static PyRaise indexError(String message) {
        return raise(Types.INDEX_ERROR, message);
    }

    public static PyRaise attributeError(String message) {
        return raise(Types.ATTRIBUTE_ERROR, message);
    }

    public static PyRaise zeroDivision(String message) {
        return raise(Types.ZERO_DIVISION_ERROR, message);
    }

    public static PyRaise overflow(String message) {
        return raise(Types.OVERFLOW_ERROR, message);
    }

    public static PyRaise memoryError(String message) {
        return raise(Types.MEMORY_ERROR, message);
    }

    /** {@code KeyError(key)}: its message is the key's repr. */
    public static PyRaise keyError(PyObject key) {
        PyBaseException e = new PyBaseException(Types.KEY_ERROR);
        e.args = PyTuple.of(key);
        return new PyRaise(e);
    }

    public static PyRaise nameError(String name) {
        return raise(Types.NAME_ERROR, "name '" + name + "' is not defined");
    }

    public static PyRaise notSubscriptable(PyObject o) {
        return typeError("'" + o.type().name + "' object is not subscriptable");
    }
}
