package lockstep.app.simulation;

import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operations;
import lockstep.timeline.TimelineModel;

/**
 * A run's steps grouped at the coarse grains, for stepping and narration, and its timeline laid out at each of them
 * (library internals folded into the operations).
 *
 * @param session           the run they group
 * @param operations        its operations
 * @param lines             its line steps
 * @param operationTimeline the run's timeline at the operation grain
 * @param lineTimeline      the run's timeline at the line grain
 */
public record RunGrains(RunSession session, Operations operations, Operations lines, TimelineModel operationTimeline,
                        TimelineModel lineTimeline) {
    /** The groups of a run with its timelines laid out from them (off the JavaFX thread: layout takes a while). */
    public RunGrains(RunSession session, Operations operations, Operations lines) {
        this(session, operations, lines, TimelineModel.of(session.result(), operations),
                TimelineModel.of(session.result(), lines));
    }

    /** The groups at {@code grain}; null at the micro-op grain, where every step is its own group. */
    public Operations at(Grain grain) {
        return switch (grain) {
            case OPERATION -> operations;
            case LINE -> lines;
            case MICRO_OP -> null;
        };
    }

    /** The run's timeline at {@code grain}: every event at the micro-op grain, library internals folded else. */
    public TimelineModel timeline(Grain grain) {
        return switch (grain) {
            case OPERATION -> operationTimeline;
            case LINE -> lineTimeline;
            case MICRO_OP -> session.timeline();
        };
    }
}
