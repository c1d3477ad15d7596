package lockstep.sim.trace;

/**
 * Something that happened in a run and that the trace keeps: output, a sleep, a thread starting or ending, an
 * uncaught exception. Stretches of plain computation keep no events.
 */
public record TraceEvent(long step, long timeNanos, int pid, String threadName, int line, Kind kind,
                         Narration narration) {
    /** The kinds of retained events. */
    public enum Kind { THREAD_START, THREAD_END, PRINT, SLEEP, ERROR, STEP_LIMIT, DEADLOCK, BLOCK, ACQUIRE, RELEASE,
        TIMEOUT, GIL, FORK }
}
