package lockstep.sim;

/** The scheduler policies a run can use; {@link #cliName()} is the word on the command line and in scenarios. */
public enum SchedulingPolicy {
    /** Preemptive round-robin with a quantum of micro-ops. */
    RR("rr"),
    /** A thread runs until it blocks, sleeps or ends. */
    FIFO("fifo"),
    /** The most urgent runnable thread runs ({@code sim.priority(n)}). */
    PRIORITY("priority"),
    /** Seeded random choice before every step: the way to expose races. */
    RANDOM("random"),
    /**
     * CPython's GIL: one thread of a process runs at a time; a waiting thread gets it after the switch interval,
     * at an eval-breaker point (modern model) or any bytecode boundary (classic); blocking and sleeping release it.
     */
    GIL("gil"),
    /** Follows a recorded schedule. */
    REPLAY("replay");

    private final String cliName;

    SchedulingPolicy(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The policy named {@code name}, or null. */
    public static SchedulingPolicy byName(String name) {
        for (SchedulingPolicy p : values()) {
            if (p.cliName.equals(name)) {
                return p;
            }
        }
        return null;
    }
}
