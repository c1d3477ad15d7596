package lockstep.sim.trace;

/**
 * One executed micro-op in full detail, as given to a {@link StepListener}. Steps are not retained by the
 * {@link Trace}; a run with a listener recomputes them on demand.
 *
 * @param index      0-based number of the step in the run
 * @param timeNanos  virtual time at which the step started
 * @param core       the core that ran it (0-based)
 * @param pid        the process id
 * @param thread     the thread's id, as the trace's thread table has it
 * @param threadName the thread's name, e.g. {@code MainThread}
 * @param line       the 1-based source line of the micro-op
 * @param opName     the micro-op, e.g. {@code LOAD_GLOBAL x}
 * @param narration  what it did
 * @param events     the state changes and the objects it touched: the trace events it raised (a thread blocking
 *                   on a lock, taking or releasing one, starting a thread, printing), in order, typed
 * @param task       the asyncio task the thread was running at this step, or null outside any task
 * @param effect     what the step did that the operation grain groups by (see {@link Operations})
 */
public record Step(long index, long timeNanos, int core, int pid, int thread, String threadName, int line,
                   String opName, Narration narration, java.util.List<TraceEvent> events, String task,
                   StepEffect effect) {
    /** A step whose effect is not told: {@link StepEffect#LOCAL}. */
    public Step(long index, long timeNanos, int core, int pid, int thread, String threadName, int line,
                String opName, Narration narration, java.util.List<TraceEvent> events, String task) {
        this(index, timeNanos, core, pid, thread, threadName, line, opName, narration, events, task, StepEffect.LOCAL);
    }

    /** A step outside any asyncio task. */
    public Step(long index, long timeNanos, int core, int pid, int thread, String threadName, int line,
                String opName, Narration narration, java.util.List<TraceEvent> events) {
        this(index, timeNanos, core, pid, thread, threadName, line, opName, narration, events, null);
    }

    /** A step that raised no event. */
    public Step(long index, long timeNanos, int core, int pid, int thread, String threadName, int line,
                String opName, Narration narration) {
        this(index, timeNanos, core, pid, thread, threadName, line, opName, narration, java.util.List.of(), null);
    }

    /** True for a step of a library module (threading, asyncio, ...), whose op names its module: {@code asyncio: CALL 1}. */
    public boolean isLibraryCode() {
        return opName.indexOf(": ") > 0;
    }

    /** Who ran the step: the asyncio task when there is one, else the thread. */
    public String runner() {
        return task != null ? task : threadName;
    }
}
