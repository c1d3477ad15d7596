package lockstep.sim.runtime;

/** An iterator: {@link #next()} returns the next item or null when exhausted. */
public abstract class PyIterator extends PyObject implements Forkable {
    public abstract PyObject next(CallContext ctx);

    /** Iterators that cannot be copied into a fork say so. */
    @Override
    public PyObject copyFor(ObjectCopier copier) {
        throw Errors.raise(Types.RUNTIME_ERROR, "cannot fork while iterating over this object");
    }

    @Override
    public PyType type() {
        return Types.ITERATOR;
    }
}
