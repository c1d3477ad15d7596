package lockstep.app.simulation;

import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operations;

/**
 * A run's steps grouped at the coarse grains, for stepping and narration: its operations and its line steps.
 *
 * @param session    the run they group
 * @param operations its operations
 * @param lines      its line steps
 */
public record RunGrains(RunSession session, Operations operations, Operations lines) {
    /** The groups at {@code grain}; null at the micro-op grain, where every step is its own group. */
    public Operations at(Grain grain) {
        return switch (grain) {
            case OPERATION -> operations;
            case LINE -> lines;
            case MICRO_OP -> null;
        };
    }
}
