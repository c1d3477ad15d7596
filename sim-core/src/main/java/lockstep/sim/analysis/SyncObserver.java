package lockstep.sim.analysis;

/**
 * Told by the machine, as a run goes, of what orders threads (happens-before edges) and of every access to shared
 * state. Threads are identified by their id (unique within a run); synchronization objects and variables by a
 * stable key chosen by the machine (for example {@code "lock#3"}, {@code "global x"}, {@code "C#5.count"}).
 * {@code step} is the index of the step doing it; {@code line} its source line. Every method does nothing unless an
 * observer overrides it, so each analysis names only what it listens to.
 */
public interface SyncObserver {
    /** {@code parent} starts {@code child}: everything the parent did before happens before the child. */
    default void threadStarted(int parent, int child) {
    }

    /** {@code waiter} returned from joining {@code finished}: everything the finished thread did happens before. */
    default void threadJoined(int waiter, int finished) {
    }

    /**
     * {@code thread} hands off through {@code object}: a lock release, a notify, an event set, a queue put, a
     * semaphore release, a barrier arrival.
     */
    default void released(int thread, String object) {
    }

    /**
     * {@code thread} receives through {@code object}: a lock acquired, a wake from wait, an event wait returning,
     * a queue get, a semaphore acquired, a barrier departure. Everything released to the object before happens
     * before what the thread does next.
     */
    default void acquired(int thread, String object) {
    }

    /** {@code thread} reads shared {@code variable}. */
    default void read(int thread, String variable, long step, int line) {
    }

    /**
     * {@code thread} reads {@code value} (an object of the simulator's, opaque to the analyses) from shared
     * {@code variable}. Observers that need no values keep the default, which forgets it.
     */
    default void read(int thread, String variable, long step, int line, Object value) {
        read(thread, variable, step, line);
    }

    /** {@code thread} writes shared {@code variable}. */
    default void wrote(int thread, String variable, long step, int line) {
    }

    /**
     * {@code thread} writes {@code value} (an object of the simulator's, opaque to the analyses) to shared
     * {@code variable}. Analyses that need no values keep the default, which forgets it.
     */
    default void wrote(int thread, String variable, long step, int line, Object value) {
        wrote(thread, variable, step, line);
    }

    /** Observes nothing: for runs without analysis. */
    SyncObserver NONE = new SyncObserver() {};
}
