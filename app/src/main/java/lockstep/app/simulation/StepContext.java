package lockstep.app.simulation;

import java.util.Map;

/**
 * The detail of a cursor position: the step just done (index {@code position - 1}), the step about to run (index
 * {@code position}), and the line each live thread is at. {@code complete} is false while some of it is still
 * being recomputed; the parts not known yet are null or missing.
 */
public record StepContext(RunSession session, long position, lockstep.sim.trace.Step done,
                          lockstep.sim.trace.Step next, Map<ThreadKey, Integer> threadLines, boolean complete) {
    public StepContext {
        threadLines = Map.copyOf(threadLines);
    }
}
