package lockstep.app.simulation;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operations;

/**
 * Groups a run's steps into operations and line steps by replaying it once with a step listener, and lays its
 * timeline out at both grains ({@link RunGrains}), on a background thread of its own (a long run must not delay the
 * narration's replays). The latest request wins; the grains of a run
 * no longer asked for are abandoned. Results are delivered on the JavaFX thread. A run longer than
 * {@link #MAX_GROUPED_STEPS} is not grouped (its groups would not fit in memory): it steps by micro-op.
 */
final class GrainService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(GrainService.class.getName());

    /** Runs up to this many steps are grouped. */
    static final long MAX_GROUPED_STEPS = 2_000_000;

    private record Job(RunSession session, Consumer<RunGrains> onReady) {}

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lockstep-grains");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Job> pending = new AtomicReference<>();
    private volatile RunSession wanted;

    void request(RunSession session, Consumer<RunGrains> onReady) {
        wanted = session;
        if (session.steps() > MAX_GROUPED_STEPS) {
            return;
        }
        pending.set(new Job(session, onReady));
        if (!executor.isShutdown()) {
            executor.execute(this::drain);
        }
    }

    @Override
    public void close() {
        wanted = null;
        executor.shutdownNow();
    }

    private void drain() {
        Job job = pending.getAndSet(null);
        if (job == null || job.session() != wanted) {
            return;
        }
        RunGrains grains;
        try {
            grains = group(job.session());
        } catch (CancellationException e) {
            return;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "grouping the steps into operations failed", e);
            return;
        }
        Platform.runLater(() -> job.onReady().accept(grains));
    }

    private RunGrains group(RunSession session) {
        Operations.Recorder operations = Operations.recorder(Grain.OPERATION);
        Operations.Recorder lines = Operations.recorder(Grain.LINE);
        RunResult replay = Simulator.run(session.program(), session.options().withStepListener(step -> {
                    if (wanted != session) {
                        throw new CancellationException();
                    }
                    operations.onStep(step);
                    lines.onStep(step);
                }));
        return new RunGrains(session, operations.finish(replay.trace()), lines.finish(replay.trace()));
    }
}
