package lockstep.sim.runtime;

/** Python's {@code None}. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return Types.NONE_TYPE;
    }
}
