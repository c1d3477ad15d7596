package lockstep.sim.trace;

/** A run of consecutive steps by one thread on one core, starting at virtual time {@code startNanos}. */
public record Segment(long firstStep, long stepCount, int core, int pid, String threadName, long startNanos) {}
