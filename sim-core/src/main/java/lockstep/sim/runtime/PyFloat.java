package lockstep.sim.runtime;

/** A Python float. */
public final class PyFloat extends PyValue {
    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return Types.FLOAT;
    }
}
