package lockstep.sim.trace;

/**
 * Something that happened in a run and that the trace keeps: output, a sleep, a thread starting or ending, an
 * uncaught exception. Stretches of plain computation keep no events.
 *
 * <p>{@code WAKE}: a sleeping thread (or one doing I/O or CPU work) is ready to run again; with the BLOCK, SLEEP,
 * ACQUIRE and TIMEOUT events it lets a view know every thread's state at every step. {@code TASK_*}: an asyncio
 * task (narration argument 0, its name) is created, gives way at an {@code await}, is woken, resumes or ends inside
 * its thread; {@code LOOP}: its event loop's ready queue and timers changed.
 */
public record TraceEvent(long step, long timeNanos, int pid, String threadName, int line, Kind kind,
                         Narration narration, String task) {
    /** An event outside any asyncio task. */
    public TraceEvent(long step, long timeNanos, int pid, String threadName, int line, Kind kind, Narration narration) {
        this(step, timeNanos, pid, threadName, line, kind, narration, null);
    }

    /** Who raised the event: the asyncio task when there is one, else the thread. */
    public String runner() {
        return task != null ? task : threadName;
    }

    /** The kinds of retained events. */
    public enum Kind { THREAD_START, THREAD_END, PRINT, SLEEP, ERROR, STEP_LIMIT, DEADLOCK, BLOCK, ACQUIRE, RELEASE,
        TIMEOUT, GIL, FORK,
        /** A sleeping thread (or one doing I/O or CPU work) is ready to run again. */
        WAKE,
        /** An asyncio task is created, or its coroutine runs for the first time; arg 0 is the task's name. */
        TASK_START,
        /** A task gives up control at an {@code await}; arg 0 the task, arg 1 what it waits for. */
        TASK_YIELD,
        /** A task gets control back; arg 0 the task. */
        TASK_RESUME,
        /** A task is done (returned, raised or was cancelled); arg 0 the task. */
        TASK_END,
        /** What a task awaited is done, so the task joins the ready queue; arg 0 the task, arg 1 what it awaited. */
        TASK_WAKE,
        /** An event loop's ready queue and timers changed; arg 0 the ready queue, arg 1 the timers, as text. */
        LOOP }
}
