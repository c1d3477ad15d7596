package lockstep.sim.scenario;

import java.util.List;
import lockstep.sim.RunOptions;

/**
 * A scenario's default scheduler settings; every field is null when the scenario leaves it unset. Only
 * {@code seed} and {@code maxSteps} affect a run today; the others are checked and kept for the schedulers to come.
 *
 * @param policy                 one of {@link #POLICIES}
 * @param quantumSteps           the round-robin time slice, in micro-ops (the {@code quantum} key), at least 1
 * @param cores                  the number of cores, 1 to {@link #MAX_CORES}
 * @param seed                   the seed of {@code random} and of the random policy
 * @param maxSteps               the step limit, at least 1
 * @param gilModel               {@code modern} or {@code classic}
 * @param switchIntervalSeconds  CPython's GIL switch interval (the {@code switchInterval} key), above 0
 */
public record SchedulerSettings(String policy, Integer quantumSteps, Integer cores, Long seed, Long maxSteps,
                                String gilModel, Double switchIntervalSeconds) {
    public static final List<String> POLICIES = List.of("rr", "fifo", "priority", "random", "gil", "manual");
    public static final List<String> GIL_MODELS = List.of("modern", "classic");
    public static final int MAX_CORES = 64;

    /** Nothing set. */
    public static SchedulerSettings none() {
        return new SchedulerSettings(null, null, null, null, null, null, null);
    }

    /** {@code base} with this scenario's seed and step limit where they are set. */
    public RunOptions applyTo(RunOptions base) {
        RunOptions options = base;
        if (seed != null) {
            options = options.withSeed(seed);
        }
        if (maxSteps != null) {
            options = options.withMaxSteps(maxSteps);
        }
        if (policy != null && lockstep.sim.SchedulingPolicy.byName(policy) != null
                && lockstep.sim.SchedulingPolicy.byName(policy) != lockstep.sim.SchedulingPolicy.REPLAY) {
            options = options.withPolicy(lockstep.sim.SchedulingPolicy.byName(policy));
        }
        if (gilModel != null) {
            options = options.withGilClassic(gilModel.equals("classic"));
        }
        if (switchIntervalSeconds != null) {
            options = options.withSwitchInterval(switchIntervalSeconds);
        }
        if (cores != null) {
            options = options.withCores(cores);
        }
        if (quantumSteps != null) {
            options = options.withQuantum(quantumSteps);
        }
        return options;
    }
}
