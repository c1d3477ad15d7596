package lockstep.app.simulation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import lockstep.sim.Simulator;
import lockstep.sim.trace.Step;

/**
 * The detail of the steps around the cursor (line, micro-op, narration with values), which the compact trace does
 * not keep: recomputed by replaying the run up to there with a step listener, on a background thread, and cached.
 * Each replay keeps a window of steps around the cursor, so stepping and playing nearby need no further replay.
 * The latest request wins; a replay for a run no longer shown is abandoned.
 */
public final class StepDetailService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StepDetailService.class.getName());
    private static final int MAX_CACHED_STEPS = 100_000;
    private static final long MIN_WINDOW = 2_048;
    private static final long MAX_WINDOW = 32_768;

    private record Job(RunSession session, long position, Consumer<StepContext> onReady) {}

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lockstep-step-detail");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Job> pending = new AtomicReference<>();
    /** The operations and line steps of a run, grouped by a replay of their own. */
    private final GrainService grains = new GrainService();
    /** The session whose steps are cached; replays for another one stop. */
    private volatile RunSession current;
    private final Map<Long, Step> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Step> eldest) {
            return size() > MAX_CACHED_STEPS;
        }
    };

    /** What is known of {@code position} now, from the cache; {@code complete} says whether anything is missing. */
    public StepContext contextNow(RunSession session, long position) {
        synchronized (cache) {
            if (session != current) {
                cache.clear();
                current = session;
            }
            long total = session.steps();
            Step done = position >= 1 && position - 1 < total ? cache.get(position - 1) : null;
            Step next = position < total ? cache.get(position) : null;
            boolean complete = (position < 1 || position - 1 >= total || done != null)
                    && (position >= total || next != null);
            Map<ThreadKey, Integer> lines = new LinkedHashMap<>();
            for (ThreadKey thread : session.threads()) {
                if (session.ended(thread, position)) {
                    continue;
                }
                long last = session.lastStepBefore(thread, position);
                ThreadKey runsNext = position < total ? session.threadOfStep(position) : null;
                if (thread.equals(runsNext)) {
                    if (next != null) {
                        lines.put(thread, next.line());
                    }
                } else if (last >= 0) {
                    Step step = cache.get(last);
                    if (step != null) {
                        lines.put(thread, step.line());
                    } else {
                        complete = false;
                    }
                }
            }
            return new StepContext(session, position, done, next, lines, complete);
        }
    }

    /** Computes what {@link #contextNow} lacks, then gives the complete context on the JavaFX thread. */
    public void request(RunSession session, long position, Consumer<StepContext> onReady) {
        pending.set(new Job(session, position, onReady));
        if (!executor.isShutdown()) {
            executor.execute(this::drain);
        }
    }

    /**
     * Groups {@code session}'s steps into operations and line steps, in the background; {@code onReady} gets them on
     * the JavaFX thread. A later request supersedes this one.
     */
    public void requestGrains(RunSession session, Consumer<RunGrains> onReady) {
        grains.request(session, onReady);
    }

    @Override
    public void close() {
        current = null;
        executor.shutdownNow();
        grains.close();
    }

    private void drain() {
        Job job = pending.getAndSet(null);
        if (job == null || job.session() != current) {
            return;
        }
        try {
            fetch(job.session(), job.position());
        } catch (CancellationException e) {
            return;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "replaying for step detail failed", e);
            return;
        }
        StepContext context = contextNow(job.session(), job.position());
        Platform.runLater(() -> job.onReady().accept(context));
    }

    /** Replays up to the window around {@code position} and caches its steps, and each live thread's last step. */
    private void fetch(RunSession session, long position) {
        long total = session.steps();
        long window = Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, position / 4));
        long from = Math.max(0, position - window);
        long to = Math.min(total, position + window);
        Set<Long> wanted = new TreeSet<>();
        for (ThreadKey thread : session.threads()) {
            long last = session.lastStepBefore(thread, position);
            if (last >= 0 && last < from) {
                wanted.add(last);
            }
        }
        long limit = Math.min(total, to + 64);
        Map<Long, Step> found = new LinkedHashMap<>();
        Simulator.run(session.program(), session.options().withMaxSteps(Math.max(1, limit)).withStepListener(step -> {
            if (current != session) {
                throw new CancellationException();
            }
            long i = step.index();
            if ((i >= from && i < to) || wanted.contains(i)) {
                found.put(i, step);
            }
        }));
        synchronized (cache) {
            if (current == session) {
                cache.putAll(found);
            }
        }
    }
}
