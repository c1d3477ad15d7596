package lockstep.sim.trace;

/**
 * One executed micro-op in full detail, as given to a {@link StepListener}. Steps are not retained by the
 * {@link Trace}; a run with a listener recomputes them on demand.
 *
 * @param index      0-based number of the step in the run
 * @param timeNanos  virtual time at which the step started
 * @param core       the core that ran it (0-based)
 * @param pid        the process id
 * @param threadName the thread's name, e.g. {@code MainThread}
 * @param line       the 1-based source line of the micro-op
 * @param opName     the micro-op, e.g. {@code LOAD_GLOBAL x}
 * @param narration  what it did
 * @param events     the state changes and the objects it touched: the trace events it raised (a thread blocking
 *                   on a lock, taking or releasing one, starting a thread, printing), in order
 */
public record Step(long index, long timeNanos, int core, int pid, String threadName, int line, String opName,
                   Narration narration, java.util.List<TraceEvent> events) {
    /** A step that raised no event. */
    public Step(long index, long timeNanos, int core, int pid, String threadName, int line, String opName,
                Narration narration) {
        this(index, timeNanos, core, pid, threadName, line, opName, narration, java.util.List.of());
    }
}
