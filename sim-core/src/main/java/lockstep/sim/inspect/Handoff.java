package lockstep.sim.inspect;

import java.util.concurrent.SynchronousQueue;
import java.util.function.Consumer;

/**
 * Runs a machine on a thread of its own that stops where the machine calls back (a probe, a scheduling choice) and
 * goes on when the caller asks: a coroutine made of two threads of which only one works at any time, handing over
 * through synchronous queues (which also publish what one wrote to the other). The machine's run is exactly the run
 * it would make alone.
 *
 * @param <Q> what the caller asks for
 * @param <R> what the machine's thread reports
 */
final class Handoff<Q, R> {
    /** Stack for the machine's thread: calls made from native code (a sort key, a repr) nest Java frames. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    /** Unwinds the machine's thread when the caller lets the run go. */
    static final class Abandoned extends Error {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    private static final Object ABANDON = new Object();

    private record Failure(Throwable cause) {}

    private final SynchronousQueue<Object> toWorker = new SynchronousQueue<>();
    private final SynchronousQueue<Object> toCaller = new SynchronousQueue<>();
    private final Thread worker;
    private volatile boolean over;

    /**
     * Prepares {@code body} to run on the machine's thread, which {@link #start()} starts; the body begins with
     * {@link #firstRequest()}, so it fails only while the caller waits for a report.
     */
    Handoff(String name, Consumer<Handoff<Q, R>> body) {
        worker = new Thread(null, () -> {
            try {
                body.accept(this);
            } catch (Abandoned e) {
                // The caller has let the run go.
            } catch (Throwable failure) {
                if (!over) {
                    over = true;
                    offer(new Failure(failure));
                }
            }
        }, name, STACK_BYTES);
        worker.setDaemon(true);
    }

    /** Starts the machine's thread. */
    Handoff<Q, R> start() {
        worker.start();
        return this;
    }

    // ------------------------------------------------------------------ the caller's side

    /** Hands {@code request} to the machine's thread and waits for its report. */
    @SuppressWarnings("unchecked")
    R call(Q request) {
        if (over) {
            throw new IllegalStateException("the run is over");
        }
        Object report;
        try {
            toWorker.put(request);
            report = toCaller.take();
        } catch (InterruptedException e) {
            // The caller gives up (a newer request superseded this one): the run stops at its next check.
            abandon();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the run was going on", e);
        }
        if (report instanceof Failure f) {
            throw new IllegalStateException("the run failed: " + f.cause(), f.cause());
        }
        return (R) report;
    }

    /** Lets the run go: the machine's thread unwinds and ends. */
    void abandon() {
        if (!over) {
            over = true;
            toWorker.offer(ABANDON);
            worker.interrupt();
        }
    }

    // ------------------------------------------------------------------ the machine's side

    /** Throws {@link Abandoned} when the caller has let the run go: for the machine's thread to check now and then. */
    void checkAbandoned() {
        if (over && Thread.currentThread() == worker) {
            throw new Abandoned();
        }
    }

    /** Waits for the first request. */
    Q firstRequest() {
        return take();
    }

    /** Reports and waits for the next request; throws {@link Abandoned} when the caller lets the run go. */
    Q reply(R report) {
        offer(report);
        return take();
    }

    /** Reports for the last time: the run is over. */
    void finish(R report) {
        over = true;
        offer(report);
    }

    @SuppressWarnings("unchecked")
    private Q take() {
        Object request;
        try {
            request = toWorker.take();
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
        if (request == ABANDON) {
            throw new Abandoned();
        }
        return (Q) request;
    }

    private void offer(Object report) {
        try {
            toCaller.put(report);
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
    }
}
