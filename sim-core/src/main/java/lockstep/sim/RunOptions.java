package lockstep.sim;

import lockstep.sim.trace.StepListener;

/**
 * Settings of one run. {@code seed} seeds {@code random}; {@code maxSteps} bounds the micro-ops executed;
 * {@code stepListener}, when not null, is told every step in detail (for {@code --trace}), which costs speed.
 */
public record RunOptions(long seed, long maxSteps, StepListener stepListener) {
    /** Enough for tutorial 004's sequential prime check (about 250 million micro-ops). */
    public static final long DEFAULT_MAX_STEPS = 1_000_000_000L;

    public static RunOptions defaults() {
        return new RunOptions(0, DEFAULT_MAX_STEPS, null);
    }

    public RunOptions withSeed(long newSeed) {
        return new RunOptions(newSeed, maxSteps, stepListener);
    }

    public RunOptions withMaxSteps(long newMaxSteps) {
        return new RunOptions(seed, newMaxSteps, stepListener);
    }

    public RunOptions withStepListener(StepListener listener) {
        return new RunOptions(seed, maxSteps, listener);
    }
}
