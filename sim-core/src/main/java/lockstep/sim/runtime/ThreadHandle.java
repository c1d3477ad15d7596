package lockstep.sim.runtime;

/** A simulated thread as natives see it: who is calling, who owns a lock. */
public interface ThreadHandle {
    int id();

    String name();

    /** The object space of the thread's process. */
    ObjectSpace objectIds();
}
