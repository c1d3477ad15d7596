package lockstep.sim.explore;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunStatus;
import lockstep.sim.machine.SimThread;
import lockstep.sim.runtime.PythonRandom;

/**
 * The sampling modes: runs from the start, each choosing at every choice point — uniformly at random, or by PCT
 * (probabilistic concurrency testing, Burckhardt et al. 2010): each run gives the threads random distinct priorities,
 * always runs the highest-priority thread that can run, and at d - 1 random steps drops the running thread's priority
 * below all others. A bug that needs d ordering constraints is then found by one run with probability at least
 * 1 / (n k^(d-1)) for n threads and k steps. The counts are runs, not traces. Seeded: the same seed gives the same
 * runs.
 */
final class SampledSearch implements Execution.Chooser {
    private final Program program;
    private final RunOptions run;
    private final ExploreOptions options;
    private final ExploreMonitor monitor;
    private final PythonRandom random;
    private final OutcomeTable outcomes = new OutcomeTable();
    private BigInteger[] counts = new BigInteger[0];

    // PCT's state for the run in progress.
    private final Map<Integer, Long> priorities = new HashMap<>();
    private final List<Long> changePoints = new ArrayList<>();
    private long nextLowPriority;
    private long operations;
    private int preemptions;
    private int maxThreads = 1;
    private long maxOperations = 1;

    SampledSearch(Program program, RunOptions run, ExploreOptions options, ExploreMonitor monitor) {
        this.program = program;
        this.run = run;
        this.options = options;
        this.monitor = monitor;
        this.random = new PythonRandom(options.seed());
    }

    ExploreResult search() {
        StopReason stop = StopReason.SAMPLED;
        long executions = 0;
        for (int i = 0; i < options.runs(); i++) {
            if (monitor.stopRequested()) {
                stop = StopReason.STOPPED;
                break;
            }
            if (options.maxExecutions() > 0 && executions >= options.maxExecutions()) {
                stop = StopReason.MAX_EXECUTIONS;
                break;
            }
            executions++;
            startRun();
            Execution e = new Execution(program, run, options, this).run();
            maxOperations = Math.max(maxOperations, operations);
            int id = outcomes.record(e.result(), e.choices().size(), preemptions);
            if (id >= counts.length) {
                counts = java.util.Arrays.copyOf(counts, id + 1);
            }
            counts[id] = counts[id] == null ? BigInteger.ONE : counts[id].add(BigInteger.ONE);
            if (options.stopAtFirstDeadlock() && e.result().status() == RunStatus.DEADLOCK) {
                stop = StopReason.FIRST_DEADLOCK;
                break;
            }
            if ((executions & 63) == 0) {
                monitor.progress(new ExploreProgress(executions, 0, outcomes.size(), outcomes.anyDeadlock()));
            }
        }
        Double bound = options.mode() == ExploreMode.PCT ? pctBound() : null;
        return new ExploreResult(outcomes.outcomes(counts), BigInteger.valueOf(executions), executions, 0, stop, null,
                bound);
    }

    /** PCT's guarantee per run for the depth searched, with the most threads and operations the runs had. */
    private double pctBound() {
        return 1.0 / (maxThreads * Math.pow(maxOperations, options.depth() - 1));
    }

    private void startRun() {
        priorities.clear();
        changePoints.clear();
        operations = 0;
        preemptions = 0;
        nextLowPriority = 0;
        if (options.mode() == ExploreMode.PCT) {
            // The d - 1 change points, among the operations the longest run so far had.
            for (int i = 1; i < options.depth(); i++) {
                changePoints.add(1 + random.randbelow(maxOperations));
            }
        }
    }

    @Override
    public int choose(Execution e, List<SimThread> runnable, Execution.Op finished) {
        operations++;
        maxThreads = Math.max(maxThreads, runnable.size());
        int chosen = options.mode() == ExploreMode.PCT ? highestPriority(runnable, finished)
                : runnable.get((int) random.randbelow(runnable.size())).id();
        if (Execution.preempts(chosen, runnable, finished)) {
            preemptions++;
        }
        return chosen;
    }

    private int highestPriority(List<SimThread> runnable, Execution.Op finished) {
        if (finished != null && changePoints.contains(operations)) {
            // A change point: the thread that just ran drops below every priority given so far.
            priorities.put(finished.thread(), --nextLowPriority - options.depth());
        }
        SimThread best = null;
        long bestPriority = Long.MIN_VALUE;
        for (SimThread t : runnable) {
            long p = priorities.computeIfAbsent(t.id(), id -> 1_000_000L + random.randbelow(1_000_000L));
            if (p > bestPriority) {
                best = t;
                bestPriority = p;
            }
        }
        return best.id();
    }
}
