package lockstep.sim.runtime;

/** A Python float. */
public final class PyFloat extends PyObject {
    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return Types.FLOAT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyObject p && Ops.valueEquals(this, p);
    }

    @Override
    public int hashCode() {
        return Ops.hashOf(this);
    }
}
