package lockstep.timeline;

/** What an arrow from one lane to another means. */
public enum ArrowKind {
    /** A release that let a blocked thread take the lock. */
    HANDOFF,
    /** A notify (or an event set, a thread's end) that woke a waiting thread. */
    WAKE,
    /** {@code os.fork()}: the parent to its child process. */
    FORK,
    /** A spawned process (multiprocessing spawn or forkserver): the parent to the child. */
    SPAWN,
    /** {@code Thread.start()}: the starting thread to the new one. */
    START,
    /** An asyncio task ended and the task awaiting it resumed. */
    AWAIT,
    /** The GIL passed from the thread that dropped it to the one that took it. */
    GIL
}
