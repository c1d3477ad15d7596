package lockstep.sim.explore;

/** How the explorer searches; {@link #cliName()} is the word for {@code --mode}. */
public enum ExploreMode {
    /** Every trace, counted by merging equal machine states (the default). */
    STATES("states"),
    /** Optimal dynamic partial-order reduction: one execution per trace, no state stored. */
    DPOR("dpor"),
    /** Every interleaving of operations, one execution each, no reduction: for checking the others on small programs. */
    ALL("all"),
    /** Probabilistic concurrency testing: {@code runs} runs with {@code depth} priority change points each. */
    PCT("pct"),
    /** {@code runs} runs choosing uniformly at random at every choice. */
    RANDOM("random");

    private final String cliName;

    ExploreMode(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The mode named {@code name} on the command line. */
    public static ExploreMode byName(String name) {
        for (ExploreMode m : values()) {
            if (m.cliName.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + name + "': expected states, dpor, all, pct or random");
    }

    /** Whether the mode can prove something about every schedule when it runs to its end. */
    public boolean exhaustive() {
        return this == STATES || this == DPOR || this == ALL;
    }
}
