package lockstep.sim.explore;

/**
 * How far a search has got.
 *
 * @param executions runs of the program (from the start, or continued) made so far
 * @param states     distinct states stored so far
 * @param outcomes   distinct outcomes found so far
 * @param deadlocks  whether some schedule found so far deadlocks
 */
public record ExploreProgress(long executions, long states, int outcomes, boolean deadlocks) {}
