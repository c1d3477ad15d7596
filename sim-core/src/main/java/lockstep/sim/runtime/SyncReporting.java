package lockstep.sim.runtime;

/**
 * How natives name synchronization objects and report what happens through them — hand-offs, labels, the asyncio
 * event loop's events — for the trace and the analyses.
 */
public interface SyncReporting {
    /** Records a hand-off through {@code object} by the calling thread (a release), for the trace and analyses. */
    void released(String object);

    /** Records that the calling thread received through {@code object} (an acquire). */
    void acquired(String object);

    /** Names a synchronization object for narration (a condition's waiter: a notify). */
    void label(String key, lockstep.sim.trace.ObjectName name);

    /** A new key for a synchronization object, numbered in creation order: {@code lock#1}, {@code lock#2}, ... */
    String newObjectKey(String kind);

    /**
     * Says that the object with {@code key} is one object in every process (a multiprocessing lock), where a key
     * otherwise names an object within its process (a fork copies a threading lock, key and all).
     */
    default void sharedByProcesses(String key) {
    }

    /** Records an event of the asyncio event loop in the trace: {@code kind} names a trace event kind. */
    default void loopEvent(String kind, String narrationKey, Object... args) {
    }

    /** Like {@link #loopEvent}, placed at the program line where {@code coroutine} is suspended. */
    default void loopEventAt(PyCoroutine coroutine, String kind, String narrationKey, Object... args) {
        loopEvent(kind, narrationKey, args);
    }
}
