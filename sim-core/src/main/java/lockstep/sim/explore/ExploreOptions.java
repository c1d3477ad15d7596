package lockstep.sim.explore;

import lockstep.sim.trace.Grain;

/**
 * How to explore and how far.
 *
 * @param mode               how to search
 * @param grain              the choice points: between operations (the default) or between micro-ops
 * @param gilSwitchesOnly    a running thread is preempted only where CPython's GIL can be dropped (a function's
 *                           start or a loop's back-edge), as under {@code --policy gil}
 * @param preemptionBound    at most this many preemptions (switching away from a thread that could go on) per
 *                           schedule, -1 for no bound
 * @param maxExecutions      stop after this many executions, 0 for no limit
 * @param maxStates          store at most this many states, then stop (the search is then not complete)
 * @param runs               for {@link ExploreMode#PCT} and {@link ExploreMode#RANDOM}: how many runs
 * @param depth              for {@link ExploreMode#PCT}: the bug depth d (d - 1 priority change points per run)
 * @param seed               for the sampling modes' choices
 * @param stopAtFirstDeadlock stop as soon as one schedule deadlocks
 * @param workers            how many threads share an exhaustive search (1: the calling thread alone). The counts,
 *                           outcomes and examples do not depend on it; how many executions and states it took do.
 */
public record ExploreOptions(ExploreMode mode, Grain grain, boolean gilSwitchesOnly, int preemptionBound,
                             long maxExecutions, long maxStates, int runs, int depth, long seed,
                             boolean stopAtFirstDeadlock, int workers) {
    /** States stored by default before the search stops: about a gigabyte at most. */
    public static final long DEFAULT_MAX_STATES = 4_000_000;

    public ExploreOptions {
        if (mode == null || grain == null) {
            throw new IllegalArgumentException("mode and grain are required");
        }
        if (grain == Grain.LINE) {
            throw new IllegalArgumentException("the explorer chooses between operations or micro-ops, not lines");
        }
        if (preemptionBound < -1 || maxExecutions < 0 || maxStates < 1 || runs < 1 || depth < 1 || workers < 1) {
            throw new IllegalArgumentException("bounds must be positive");
        }
    }

    /** Options searched by the calling thread alone. */
    public ExploreOptions(ExploreMode mode, Grain grain, boolean gilSwitchesOnly, int preemptionBound,
                          long maxExecutions, long maxStates, int runs, int depth, long seed,
                          boolean stopAtFirstDeadlock) {
        this(mode, grain, gilSwitchesOnly, preemptionBound, maxExecutions, maxStates, runs, depth, seed,
                stopAtFirstDeadlock, 1);
    }

    /** An exhaustive state search at the operation grain, without bounds. */
    public static ExploreOptions defaults() {
        return new ExploreOptions(ExploreMode.STATES, Grain.OPERATION, false, -1, 0, DEFAULT_MAX_STATES, 1000, 3, 0,
                false);
    }

    public ExploreOptions withMode(ExploreMode m) {
        return new ExploreOptions(m, grain, gilSwitchesOnly, preemptionBound, maxExecutions, maxStates, runs, depth,
                seed, stopAtFirstDeadlock, workers);
    }

    public ExploreOptions withGrain(Grain g) {
        return new ExploreOptions(mode, g, gilSwitchesOnly, preemptionBound, maxExecutions, maxStates, runs, depth,
                seed, stopAtFirstDeadlock, workers);
    }

    public ExploreOptions withGilSwitchesOnly(boolean on) {
        return new ExploreOptions(mode, grain, on, preemptionBound, maxExecutions, maxStates, runs, depth, seed,
                stopAtFirstDeadlock, workers);
    }

    public ExploreOptions withPreemptionBound(int k) {
        return new ExploreOptions(mode, grain, gilSwitchesOnly, k, maxExecutions, maxStates, runs, depth, seed,
                stopAtFirstDeadlock, workers);
    }

    public ExploreOptions withMaxExecutions(long n) {
        return new ExploreOptions(mode, grain, gilSwitchesOnly, preemptionBound, n, maxStates, runs, depth, seed,
                stopAtFirstDeadlock, workers);
    }

    public ExploreOptions withMaxStates(long n) {
        return new ExploreOptions(mode, grain, gilSwitchesOnly, preemptionBound, maxExecutions, n, runs, depth, seed,
                stopAtFirstDeadlock, workers);
    }

    public ExploreOptions withRuns(int n) {
        return new ExploreOptions(mode, grain, gilSwitchesOnly, preemptionBound, maxExecutions, maxStates, n, depth,
                seed, stopAtFirstDeadlock, workers);
    }

    public ExploreOptions withDepth(int d) {
        return new ExploreOptions(mode, grain, gilSwitchesOnly, preemptionBound, maxExecutions, maxStates, runs, d,
                seed, stopAtFirstDeadlock, workers);
    }

    public ExploreOptions withSeed(long s) {
        return new ExploreOptions(mode, grain, gilSwitchesOnly, preemptionBound, maxExecutions, maxStates, runs, depth,
                s, stopAtFirstDeadlock, workers);
    }

    public ExploreOptions withStopAtFirstDeadlock(boolean on) {
        return new ExploreOptions(mode, grain, gilSwitchesOnly, preemptionBound, maxExecutions, maxStates, runs, depth,
                seed, on, workers);
    }

    public ExploreOptions withWorkers(int n) {
        return new ExploreOptions(mode, grain, gilSwitchesOnly, preemptionBound, maxExecutions, maxStates, runs, depth,
                seed, stopAtFirstDeadlock, n);
    }
}
