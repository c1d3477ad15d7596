package lockstep.timeline;

/** What a thread (or a task) is doing over a stretch of steps; a bar's colour and height in its lane. */
public enum BarState {
    /** On a core, executing steps (or doing CPU work with {@code sim.compute}). */
    RUNNING,
    /** Could run, but another thread has the core (or the GIL): preempted, just started, or just woken. */
    READY,
    /** Waiting for a lock (or a semaphore) another thread holds. */
    BLOCKED,
    /** Waiting for a signal: a notify, an event, a thread's end, a queue item. */
    WAITING,
    /** Sleeping or waiting for I/O, until a time. */
    SLEEPING,
    /** Finished. */
    DONE
}
