package lockstep.timeline;

/** A moment worth a glyph in a thread's lane. */
public enum MarkerKind {
    ACQUIRE,
    RELEASE,
    /** Starts to wait for a signal (a condition, an event, a join). */
    WAIT,
    /** A release that woke a waiting thread: a notify, an event set, a thread's end seen by join. */
    NOTIFY,
    FORK,
    SPAWN,
    /** Starts another thread. */
    START,
    PRINT,
    TIMEOUT,
    /** Stops with an uncaught exception. */
    ERROR,

    /** Writes a shared variable over another thread's write it never saw: a lost update. */
    LOST_UPDATE,

    /** Control passes into a generator (next, send, throw, close) or back out of it (yield, return, raise). */
    GENERATOR;

    /** Rare kinds are drawn even where markers are too dense to draw them all. */
    public boolean rare() {
        return this == FORK || this == SPAWN || this == START || this == TIMEOUT || this == ERROR
                || this == LOST_UPDATE;
    }

    /** Kinds that report something gone wrong are drawn in the race colour. */
    public boolean alarm() {
        return this == ERROR || this == LOST_UPDATE;
    }
}
