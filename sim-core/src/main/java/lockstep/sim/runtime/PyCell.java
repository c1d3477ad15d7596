package lockstep.sim.runtime;

/** A variable shared between a function and the closures defined in it; null content means unbound. */
public final class PyCell extends PyObject {
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return Types.CELL;
    }
}
