package lockstep.app.explore;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import lockstep.sim.explore.ExploreMonitor;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreProgress;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Explorer;
import lockstep.sim.lang.ProgramError;

/**
 * Explores programs on one background thread, so the window never waits for a search. The latest request wins: a
 * new request stops the search under way through its monitor and drops its result. {@link #cancel()} stops the
 * search under way too, but its result (what was found so far, marked not complete) is still delivered. Progress
 * and results are delivered on the JavaFX thread; progress reports are merged so that a fast search cannot flood it.
 */
public final class ExploreService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ExploreService.class.getName());

    /** The search: {@link Explorer#explore} in the app, a stand-in in tests. */
    @FunctionalInterface
    public interface Search {
        ExploreResult explore(Program program, RunOptions run, ExploreOptions options, ExploreMonitor monitor);
    }

    /** One request, with its own stop flag so that cancelling one search never stops the next. */
    private final class Job implements ExploreMonitor {
        final long generation;
        final ExploreRequest request;
        final Consumer<ExploreProgress> onProgress;
        final Consumer<ExploreFinished> onFinished;
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicReference<ExploreProgress> latest = new AtomicReference<>();
        final AtomicBoolean progressQueued = new AtomicBoolean();

        Job(long generation, ExploreRequest request, Consumer<ExploreProgress> onProgress,
            Consumer<ExploreFinished> onFinished) {
            this.generation = generation;
            this.request = request;
            this.onProgress = onProgress;
            this.onFinished = onFinished;
        }

        boolean current() {
            return generation == ExploreService.this.generation.get();
        }

        @Override
        public boolean stopRequested() {
            return cancelled.get() || !current();
        }

        @Override
        public void progress(ExploreProgress progress) {
            latest.set(progress);
            if (progressQueued.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    progressQueued.set(false);
                    if (current()) {
                        onProgress.accept(latest.get());
                    }
                });
            }
        }
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lockstep-explore");
        t.setDaemon(true);
        return t;
    });
    private final Search search;
    private final AtomicLong generation = new AtomicLong();
    /** The latest request, waiting or under way: the one {@link #cancel()} stops. */
    private final AtomicReference<Job> latest = new AtomicReference<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ExploreService(Search search) {
        this.search = search;
    }

    /** The explorer of sim-core. */
    public static ExploreService withExplorer() {
        return new ExploreService(Explorer::explore);
    }

    // Properties

    /** True from a request until its result is delivered (or it is superseded and nothing follows). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // Commands

    /**
     * Explores as {@code request} says, stopping any search under way; {@code onProgress} hears how far it has got
     * and {@code onFinished} how it ended, both on the JavaFX thread and only while it is the latest request.
     */
    public void submit(ExploreRequest request, Consumer<ExploreProgress> onProgress,
                       Consumer<ExploreFinished> onFinished) {
        Job job = new Job(generation.incrementAndGet(), request, onProgress, onFinished);
        latest.set(job);
        busy.set(true);
        if (!executor.isShutdown()) {
            executor.execute(() -> run(job));
        }
    }

    /** Stops the search under way; what it found so far is still delivered. */
    public void cancel() {
        Job job = latest.get();
        if (job != null) {
            job.cancelled.set(true);
        }
    }

    /** Stops the search under way and drops its result. */
    public void discard() {
        generation.incrementAndGet();
        busy.set(false);
    }

    @Override
    public void close() {
        discard();
        executor.shutdownNow();
    }

    private void run(Job job) {
        if (!job.current()) {
            return;
        }
        ExploreFinished finished;
        try {
            finished = explore(job);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.log(Level.SEVERE, "the explorer failed", e);
            finished = new ExploreFinished.Failed(job.request, e.toString());
        }
        ExploreFinished result = finished;
        Platform.runLater(() -> {
            if (job.current()) {
                busy.set(false);
                job.onFinished.accept(result);
            }
        });
    }

    private ExploreFinished explore(Job job) {
        ExploreRequest request = job.request;
        Program program;
        try {
            program = Simulator.compile(request.document().scenario().fileName(), request.program());
        } catch (ProgramError e) {
            return new ExploreFinished.NotCompiled(request, e);
        }
        ExploreResult result = search.explore(program, request.run().withStepListener(null), request.options(), job);
        return new ExploreFinished.Done(request, result);
    }
}
