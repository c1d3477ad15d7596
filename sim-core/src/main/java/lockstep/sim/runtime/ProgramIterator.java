package lockstep.sim.runtime;

/**
 * An iterator whose items are computed by program code: a generator's frame, or a program class's {@code __next__}.
 * A {@code for} loop runs that code on the thread's own frames rather than from Java, so the thread may block,
 * sleep or be preempted in it; {@link #next} (for the built-ins that iterate from Java) runs it in a nested loop.
 */
public abstract class ProgramIterator extends PyIterator {
    /** For a program class's iterator: the object whose {@code __next__} gives the items; null for a generator. */
    public PyObject self() {
        return null;
    }

    /** For a program class's iterator: its {@code __next__}; null for a generator. */
    public PyObject nextMethod() {
        return null;
    }
}
