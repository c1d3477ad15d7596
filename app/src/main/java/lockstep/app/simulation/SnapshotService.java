package lockstep.app.simulation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import lockstep.sim.inspect.Inspector;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.inspect.VariableHistory;

/**
 * Pictures of the machine at the cursor and one step before, for the objects panel: made by the simulator's
 * {@link Inspector} (one per run shown) on a background thread, the latest request winning. The variables' history
 * is made once per run after its first picture, for runs short enough to record.
 */
public final class SnapshotService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SnapshotService.class.getName());
    /** Longer runs get no history: recording it looks at the variables after every step. */
    public static final long HISTORY_MAX_STEPS = 2_000_000;

    /** The picture at a position and the one a step before (null at the start). */
    public record Pictures(RunSession session, long position, Snapshot current, Snapshot previous) {}

    private record Job(RunSession session, long position, Consumer<Pictures> onReady,
                       Consumer<VariableHistory> onHistory) {}

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lockstep-inspector");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Job> pending = new AtomicReference<>();
    private RunSession inspected;
    private Inspector inspector;
    private boolean historyDone;

    /** Pictures {@code position} of {@code session}; {@code onReady} gets them on the JavaFX thread. */
    public void request(RunSession session, long position, Consumer<Pictures> onReady,
                        Consumer<VariableHistory> onHistory) {
        pending.set(new Job(session, position, onReady, onHistory));
        if (!executor.isShutdown()) {
            executor.execute(this::drain);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void drain() {
        Job job = pending.getAndSet(null);
        if (job == null) {
            return;
        }
        try {
            if (job.session() != inspected) {
                if (inspector != null) {
                    inspector.close();
                }
                inspected = job.session();
                inspector = new Inspector(job.session().program(), job.session().options());
                historyDone = false;
            }
            Snapshot current = inspector.snapshotAt(job.position());
            Snapshot previous = job.position() > 0 ? inspector.snapshotAt(job.position() - 1) : null;
            Pictures pictures = new Pictures(job.session(), job.position(), current, previous);
            Platform.runLater(() -> job.onReady().accept(pictures));
            if (!historyDone && pending.get() == null) {
                historyDone = true;
                if (job.session().steps() <= HISTORY_MAX_STEPS) {
                    VariableHistory history = inspector.history();
                    Platform.runLater(() -> job.onHistory().accept(history));
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.FINE, "no picture of step " + job.position(), e);
        }
    }
}
