package lockstep.sim.explore;

import lockstep.sim.Program;
import lockstep.sim.RunOptions;

/**
 * Explores a program's schedules. The run options give the seed, the step limit and the cores; the scheduling policy
 * in them is ignored (the explorer is the scheduler), except that {@code gil} means {@link
 * ExploreOptions#gilSwitchesOnly()}. Deterministic: the same program and options give the same result.
 */
public final class Explorer {
    private Explorer() {
    }

    /** Searches as {@code options} say, asking {@code monitor} whether to stop. Never throws for program faults. */
    public static ExploreResult explore(Program program, RunOptions run, ExploreOptions options,
                                        ExploreMonitor monitor) {
        return switch (options.mode()) {
            case STATES, DPOR, ALL -> {
                java.math.BigInteger estimate = Estimator.estimate(program, run, options);
                // A preemption bound keeps dpor on the tree search's bounded search.
                ExploreResult found = options.mode() == ExploreMode.DPOR && options.preemptionBound() < 0
                        ? new OptimalDpor(program, run, options, monitor).search()
                        : new TreeSearch(program, run, options, monitor).search();
                yield new ExploreResult(found.outcomes(), found.interleavings(), found.executions(), found.states(),
                        found.stopReason(), estimate, null);
            }
            case PCT, RANDOM -> new SampledSearch(program, run, options, monitor).search();
        };
    }
}
