package lockstep.sim.runtime;

/** An iterator: {@link #next()} returns the next item or null when exhausted. */
public abstract class PyIterator extends PyObject {
    public abstract PyObject next(CallContext ctx);

    @Override
    public PyType type() {
        return Types.ITERATOR;
    }
}
