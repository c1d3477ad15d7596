package lockstep.sim.runtime;

/**
 * Why a thread waits inside a native call (a lock's acquire, a join, ...), and how the wait ends. The machine asks
 * {@link #ready} whenever it chooses a thread to run; when it is true, {@link #complete} ends the wait (taking the
 * lock, for instance) and gives the value the call returns.
 */
public interface Blocker {
    /** True when the waiting thread may go on now. */
    boolean ready(ThreadHandle waiter);

    /** Ends the wait of a ready thread and returns the call's result. */
    PyObject complete(ThreadHandle waiter);

    /** Ends the wait when its timeout passes first, and returns the call's result. */
    PyObject timedOut(ThreadHandle waiter);

    /** What is waited for, as a stable key such as {@code lock#3}, for narration and deadlock reports. */
    String waitsFor();

    /**
     * What is waited for, named for the narration when it is no object of the trace's table ({@code process 1001});
     * null when {@link #waitsFor} is an object key, which the table names.
     */
    default lockstep.sim.trace.ObjectName waitsForName() {
        return null;
    }

    /** The thread whose action would end this wait (a lock's owner), or null when no single thread can. */
    default ThreadHandle holder() {
        return null;
    }

    /**
     * True for a wait on a lock, which the holder could end by releasing it (an edge of the wait-for graph);
     * false for a wait for a signal (a notify, a thread's end).
     */
    default boolean isLockLike() {
        return false;
    }

    /**
     * True when a signal for the waiting thread (its process's main thread) ends the wait, as it interrupts an
     * event loop's select or {@code signal.pause()}; the call then returns what {@link #complete} gives.
     */
    default boolean endsOnSignal() {
        return false;
    }

    /** True when the waiting thread's state is BLOCKED (a lock, a semaphore); false for WAITING. */
    default boolean isBlockedState() {
        return isLockLike();
    }
}
