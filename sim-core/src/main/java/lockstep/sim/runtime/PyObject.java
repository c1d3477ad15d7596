package lockstep.sim.runtime;

/**
 * A value of the simulated Python. Value types (int, float, str, tuple, ...) override {@code equals} and
 * {@code hashCode} with Python's equality so they can key Java maps; other objects compare by identity.
 */
public abstract class PyObject {
    public abstract PyType type();
}
