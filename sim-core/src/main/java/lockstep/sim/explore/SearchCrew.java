package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads that share an exhaustive search with the thread that started it: subtrees are handed over through one
 * queue, and the thread that handed one over waits for its result when it needs it.
 *
 * <p>A subtree is searched by whichever thread claims it first. The one that handed it over claims it itself if no
 * other thread has by the time it needs the result, after giving an idle thread a moment to: a work-stealing pool
 * let it back the subtrees it had just handed over before the idle thread woke, and the search stayed on one thread.
 * While it waits for a subtree another thread is searching, it is idle and searches what is handed over meanwhile. Waits only ever go
 * from a point to the subtrees below it, so they cannot form a cycle.
 *
 * @param <T> what searching a subtree gives
 */
final class SearchCrew<T> implements AutoCloseable {
    /** How long the thread that handed a subtree over waits for an idle thread to claim it, in spins (~0.2 ms). */
    private static final int CLAIM_SPINS = 20_000;
    /** How long a thread waiting for a subtree another thread searches waits at a time for one to help with. */
    private static final long WAIT_MICROS = 200;

    /** A subtree handed over. */
    final class Job {
        private final Supplier<T> search;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private volatile boolean done;
        private T result;
        private Throwable failure;

        private Job(Supplier<T> search) {
            this.search = search;
        }

        /** Whether a thread has taken the subtree to search it. */
        boolean claimed() {
            return claimed.get();
        }

        /** Searches the subtree here unless another thread has claimed it. */
        private void runIfUnclaimed() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                result = search.get();
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                done = true;
            }
        }

        /** The subtree's result, searching it here if nobody has claimed it, and queued ones while waiting. */
        T join() {
            for (int i = 0; i < CLAIM_SPINS && !claimed.get() && idle.get() > 0; i++) {
                Thread.onSpinWait();
            }
            runIfUnclaimed();
            while (!done) {
                // Waiting, this thread is idle: it takes what is handed over meanwhile, the newest first.
                Job other = take(false, WAIT_MICROS);
                if (other != null) {
                    other.runIfUnclaimed();
                }
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }

    }

    private final LinkedBlockingDeque<Job> queue = new LinkedBlockingDeque<>();
    private final AtomicInteger idle = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closed;

    /** Starts {@code helpers} threads beside the calling one. */
    SearchCrew(int helpers) {
        for (int i = 0; i < helpers; i++) {
            Thread t = new Thread(this::serve, "lockstep-search-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void serve() {
        while (!closed) {
            Job job = take(true, 10_000);
            if (job != null) {
                job.runIfUnclaimed();
            }
        }
    }

    /**
     * Waits, idle, up to {@code micros} for a subtree handed over: the oldest (the largest) for a thread that serves,
     * the newest for one waiting for its own subtree. Null when none came, or when the thread was interrupted (the
     * search is over).
     */
    private Job take(boolean oldest, long micros) {
        idle.incrementAndGet();
        try {
            return oldest ? queue.pollFirst(micros, TimeUnit.MICROSECONDS)
                    : queue.pollLast(micros, TimeUnit.MICROSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            idle.decrementAndGet();
        }
    }

    /** Whether a subtree handed over now would be taken at once: a thread is idle and nothing is queued. */
    boolean wanted() {
        return idle.get() > 0 && queue.isEmpty();
    }

    /** Hands {@code search} over; its result comes from {@link Job#join()}. */
    Job handOver(Supplier<T> search) {
        Job job = new Job(search);
        queue.addLast(job);
        return job;
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : threads) {
            t.interrupt();
        }
    }
}
