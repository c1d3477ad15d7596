package lockstep.sim.analysis;

/**
 * Two conflicting accesses to one variable (at least one a write, by different threads) that no happens-before
 * edge orders: a data race.
 */
public record Race(String variable, Access first, Access second) {
    /** One side of a race. */
    public record Access(int thread, String threadName, long step, int line, boolean write) {}
}
