package lockstep.sim.runtime;

/** {@code super()}: looks attributes up after {@code startAfter} in the class chain of {@code self}. */
public final class PySuper extends PyObject {
    public final PyType startAfter;
    public final PyObject self;

    public PySuper(PyType startAfter, PyObject self) {
        this.startAfter = startAfter;
        this.self = self;
    }

    @Override
    public PyType type() {
        return Types.SUPER;
    }
}
