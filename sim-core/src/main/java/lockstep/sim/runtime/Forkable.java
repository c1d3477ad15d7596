package lockstep.sim.runtime;

/** A value with state of its own outside the Python object model (a lock, an iterator), copyable into a fork. */
public interface Forkable {
    /** This object as the child process of a fork sees it; {@code copier} copies what it refers to. */
    PyObject copyFor(ObjectCopier copier);
}
