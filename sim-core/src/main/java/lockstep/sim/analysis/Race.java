package lockstep.sim.analysis;

/**
 * Two conflicting accesses to one variable (at least one a write, by different threads) that no happens-before
 * edge orders: a data race. {@code first} and {@code second} are the first such pair found on this pair of source
 * lines; {@code count} is how many unordered pairs of accesses on these lines the run had in all.
 */
public record Race(String variable, Access first, Access second, int count) {
    public Race {
        if (count < 1) {
            throw new IllegalArgumentException("a race is found at least once: " + count);
        }
    }

    /** A race found once. */
    public Race(String variable, Access first, Access second) {
        this(variable, first, second, 1);
    }

    /** One side of a race. */
    public record Access(int thread, String threadName, long step, int line, boolean write) {}
}
