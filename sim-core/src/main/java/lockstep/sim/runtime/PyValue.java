package lockstep.sim.runtime;

/**
 * A value that keys Java maps by Python's equality: {@code 1}, {@code 1.0} and {@code True} are one key, and so are
 * equal tuples of them ({@link Ops#valueEquals}, {@link Ops#hashOf}).
 */
public abstract class PyValue extends PyObject {
    @Override
    public final boolean equals(Object o) {
        return o instanceof PyObject p && Ops.valueEquals(this, p);
    }

    @Override
    public final int hashCode() {
        return Ops.hashOf(this);
    }
}
