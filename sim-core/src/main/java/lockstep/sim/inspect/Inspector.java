package lockstep.sim.inspect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;

/**
 * Pictures of a run at any step, for stepping forward and back. The simulator is deterministic, so the picture after
 * N steps is had by running the program again to step N; the run is then kept paused, and stepping forward continues
 * it (costing only the steps made). Going back starts a new run, which stops {@link #BACK_WINDOW} steps before the
 * target and takes a picture after each of those steps, so the next steps back are already at hand.
 *
 * <p>Safe to call from any one thread at a time (calls are serialised); never from a UI thread, as a re-run takes
 * time in proportion to the step asked for (see the benchmark {@code InspectorTiming}).
 */
public final class Inspector implements AutoCloseable {
    /** Pictures taken behind a step reached by a new run, for stepping back without another run. */
    public static final int BACK_WINDOW = 64;
    /** The history covers at most this many steps: longer runs are long computations, not races to follow. */
    public static final long HISTORY_MAX_STEPS = 10_000_000;
    /** Pictures kept, the least recently used dropped first. */
    private static final int CACHE_SIZE = 1024;

    private final Program program;
    private final RunOptions options;
    private final Map<Long, Snapshot> cache = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Snapshot> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private PausedRun run;
    /** The run's last step once a run has reached its end; -1 until then. */
    private long lastStep = -1;
    private Snapshot end;
    private VariableHistory history;
    /** How many runs were started, for tests and measurements. */
    private int runsStarted;

    /** An inspector of {@code program} run with {@code options} (a step listener in them is ignored). */
    public Inspector(Program program, RunOptions options) {
        this.program = program;
        this.options = options.withStepListener(null);
    }

    /**
     * The machine after {@code step} steps (0: before the first). Past the end of the run, the picture at its end,
     * whose {@link Snapshot#step()} says where that is.
     */
    public synchronized Snapshot snapshotAt(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("step " + step + " is before the start");
        }
        if (lastStep >= 0 && step >= lastStep) {
            return end;
        }
        Snapshot cached = cache.get(step);
        if (cached != null) {
            return cached;
        }
        try {
            if (run == null || run.finished() || step < run.step()) {
                restart();
                remember(run.advanceTo(step, step - BACK_WINDOW));
            } else {
                // Forward: the previous step's picture comes along, as a view shows what changed.
                remember(run.advanceTo(step, step - 1));
            }
        } catch (IllegalStateException e) {
            // Interrupted or failed: this run is of no more use; the next request starts another.
            close();
            throw e;
        }
        Snapshot reached = cache.get(step);
        return reached != null ? reached : end;
    }

    /** The run's last step, once some request has reached the end of the run; -1 before. */
    public synchronized long lastStep() {
        return lastStep;
    }

    /**
     * When each shared variable changed over the run (its first {@link #HISTORY_MAX_STEPS} steps). Made once, by a
     * run of its own that looks at the variables after every step (a few times slower than a plain run), and kept.
     */
    public synchronized VariableHistory history() {
        if (history == null) {
            long limit = Math.min(options.maxSteps(), HISTORY_MAX_STEPS);
            history = VariableHistory.record(Simulator.prepare(program, options.withMaxSteps(limit)),
                    limit < options.maxSteps());
        }
        return history;
    }

    /** How many runs this inspector has started for pictures (not counting the history's). */
    public synchronized int runsStarted() {
        return runsStarted;
    }

    /** Stops the paused run, if any. Pictures already taken stay available. */
    @Override
    public synchronized void close() {
        if (run != null) {
            run.close();
            run = null;
        }
    }

    private void restart() {
        if (run != null) {
            run.close();
        }
        HeldReads reads = new HeldReads();
        lockstep.sim.machine.Machine machine = Simulator.prepare(program, options, reads);
        run = new PausedRun(machine, reads.watch(machine));
        runsStarted++;
    }

    private void remember(List<Snapshot> snapshots) {
        for (Snapshot s : snapshots) {
            cache.put(s.step(), s);
        }
        if (run.finished()) {
            end = snapshots.get(snapshots.size() - 1);
            lastStep = end.step();
            run.close();
        }
    }
}
