package lockstep.sim.runtime;

/** An iterator: {@link #next()} returns the next item or null when exhausted. */
public abstract class PyIterator extends PyObject implements Forkable {
    public abstract PyObject next(CallContext ctx);

    /**
     * How many items are left when that is known without taking them ({@link WorkMeter#ENDLESS} for an iterator that
     * never ends), or -1: what a native that drains the iterator charges before it starts.
     */
    public long lengthHint() {
        return -1;
    }

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
