package lockstep.sim.trace;

/**
 * A run of consecutive steps by one thread (its id in the trace's thread table) on one core, starting at virtual time
 * {@code startNanos}.
 */
public record Segment(long firstStep, long stepCount, int core, int pid, int thread, long startNanos) {}
