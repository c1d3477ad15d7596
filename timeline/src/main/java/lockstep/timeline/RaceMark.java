package lockstep.timeline;

/**
 * A data race: two accesses to {@code variable} that nothing orders, each the step (0-based index) at which it
 * happened in its lane; a lane is -1 when the thread has none.
 */
public record RaceMark(String variable, int firstLane, long firstStep, boolean firstWrite, int secondLane,
                       long secondStep, boolean secondWrite) {}
