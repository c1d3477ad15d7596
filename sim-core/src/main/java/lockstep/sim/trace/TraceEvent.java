package lockstep.sim.trace;

/**
 * Something that happened in a run and that the trace keeps: output, a sleep, a thread starting or ending, an
 * uncaught exception. Stretches of plain computation keep no events.
 *
 * <p>{@code WAKE}: a sleeping thread (or one doing I/O or CPU work) is ready to run again; with the BLOCK, SLEEP,
 * ACQUIRE and TIMEOUT events it lets a view know every thread's state at every step. {@code TASK_*}: an asyncio
 * task (narration argument 0, its name) starts, gives way at an {@code await}, resumes or ends inside its thread.
 */
public record TraceEvent(long step, long timeNanos, int pid, String threadName, int line, Kind kind,
                         Narration narration) {
    /** The kinds of retained events. */
    public enum Kind { THREAD_START, THREAD_END, PRINT, SLEEP, ERROR, STEP_LIMIT, DEADLOCK, BLOCK, ACQUIRE, RELEASE,
        TIMEOUT, GIL, FORK,
        WAKE,
        TASK_START, TASK_YIELD, TASK_RESUME, TASK_END }
}
