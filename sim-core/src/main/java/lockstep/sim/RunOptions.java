package lockstep.sim;

import lockstep.sim.trace.StepListener;

/**
 * Settings of one run. {@code seed} seeds {@code random} and the random policy; {@code maxSteps} bounds the
 * micro-ops executed; {@code stepListener}, when not null, is told every step in detail (for {@code --trace}),
 * which costs speed; {@code policy} and {@code quantumSteps} choose the scheduler; {@code schedule} is followed
 * by the replay policy; {@code cores} is how many threads may run in the same tick; {@code gilClassic} and
 * {@code switchIntervalSeconds} shape the GIL policy; {@code memoryBudgetBytes} bounds the size of any one value the
 * library builds (a string, list, dict, ...), counted as CPython's sizes: past it the program gets {@code MemoryError}.
 */
public record RunOptions(long seed, long maxSteps, StepListener stepListener, SchedulingPolicy policy,
                         long quantumSteps, Schedule schedule, int cores, boolean gilClassic,
                         double switchIntervalSeconds, long memoryBudgetBytes) {
    /** CPython's default switch interval. */
    public static final double DEFAULT_SWITCH_INTERVAL_SECONDS = 0.005;

    /** Enough for tutorial 004's sequential prime check (about 250 million micro-ops). */
    public static final long DEFAULT_MAX_STEPS = 1_000_000_000L;
    /**
     * The default quantum: CPython's switch interval (5 ms) in micro-ops of 1 µs, so a thread keeps running as long
     * as it would under CPython before another gets a turn.
     */
    public static final long DEFAULT_QUANTUM_STEPS = 5_000;

    /** The default memory budget: 256 MiB (see {@link lockstep.sim.runtime.WorkMeter}). */
    public static final long DEFAULT_MEMORY_BUDGET_BYTES = lockstep.sim.runtime.WorkMeter.DEFAULT_MEMORY_BUDGET;

    public static RunOptions defaults() {
        return new RunOptions(0, DEFAULT_MAX_STEPS, null, SchedulingPolicy.RR, DEFAULT_QUANTUM_STEPS, null, 1, false,
                DEFAULT_SWITCH_INTERVAL_SECONDS, DEFAULT_MEMORY_BUDGET_BYTES);
    }

    /** Bounds any one value the library builds to {@code bytes} (CPython's sizes); past it, {@code MemoryError}. */
    public RunOptions withMemoryBudget(long bytes) {
        return new RunOptions(seed, maxSteps, stepListener, policy, quantumSteps, schedule, cores, gilClassic,
                switchIntervalSeconds, bytes);
    }

    public RunOptions withSeed(long newSeed) {
        return new RunOptions(newSeed, maxSteps, stepListener, policy, quantumSteps, schedule, cores, gilClassic, switchIntervalSeconds, memoryBudgetBytes);
    }

    public RunOptions withMaxSteps(long newMaxSteps) {
        return new RunOptions(seed, newMaxSteps, stepListener, policy, quantumSteps, schedule, cores, gilClassic, switchIntervalSeconds, memoryBudgetBytes);
    }

    public RunOptions withStepListener(StepListener listener) {
        return new RunOptions(seed, maxSteps, listener, policy, quantumSteps, schedule, cores, gilClassic, switchIntervalSeconds, memoryBudgetBytes);
    }

    public RunOptions withPolicy(SchedulingPolicy newPolicy) {
        return new RunOptions(seed, maxSteps, stepListener, newPolicy, quantumSteps, schedule, cores, gilClassic, switchIntervalSeconds, memoryBudgetBytes);
    }

    public RunOptions withQuantum(long newQuantumSteps) {
        return new RunOptions(seed, maxSteps, stepListener, policy, newQuantumSteps, schedule, cores, gilClassic, switchIntervalSeconds, memoryBudgetBytes);
    }

    /** Runs up to {@code n} threads in the same tick of virtual time. */
    public RunOptions withCores(int n) {
        return new RunOptions(seed, maxSteps, stepListener, policy, quantumSteps, schedule, n, gilClassic, switchIntervalSeconds, memoryBudgetBytes);
    }

    /** The GIL model: classic (a switch at any bytecode boundary) or modern (only at eval-breaker points). */
    public RunOptions withGilClassic(boolean classic) {
        return new RunOptions(seed, maxSteps, stepListener, policy, quantumSteps, schedule, cores, classic,
                switchIntervalSeconds, memoryBudgetBytes);
    }

    /** The GIL's switch interval in virtual seconds (CPython's {@code sys.setswitchinterval}). */
    public RunOptions withSwitchInterval(double seconds) {
        return new RunOptions(seed, maxSteps, stepListener, policy, quantumSteps, schedule, cores, gilClassic,
                seconds, memoryBudgetBytes);
    }

    /** Replays {@code recorded}: the policy becomes {@link SchedulingPolicy#REPLAY}. */
    public RunOptions withSchedule(Schedule recorded) {
        return new RunOptions(seed, maxSteps, stepListener, SchedulingPolicy.REPLAY, quantumSteps, recorded, cores, gilClassic, switchIntervalSeconds, memoryBudgetBytes);
    }
}
