package lockstep.sim.analysis;

import java.util.Objects;

/** Two observers told the same things, in order: the machine has one observer, a run has several analyses. */
public final class SyncObservers implements SyncObserver {
    private final SyncObserver first;
    private final SyncObserver second;

    private SyncObservers(SyncObserver first, SyncObserver second) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
    }

    /** An observer that tells {@code first}, then {@code second}, of everything. */
    public static SyncObserver both(SyncObserver first, SyncObserver second) {
        return new SyncObservers(first, second);
    }

    @Override
    public void threadStarted(int parent, int child) {
        first.threadStarted(parent, child);
        second.threadStarted(parent, child);
    }

    @Override
    public void threadJoined(int waiter, int finished) {
        first.threadJoined(waiter, finished);
        second.threadJoined(waiter, finished);
    }

    @Override
    public void released(int thread, String object) {
        first.released(thread, object);
        second.released(thread, object);
    }

    @Override
    public void acquired(int thread, String object) {
        first.acquired(thread, object);
        second.acquired(thread, object);
    }

    @Override
    public void read(int thread, String variable, long step, int line) {
        first.read(thread, variable, step, line);
        second.read(thread, variable, step, line);
    }

    @Override
    public void read(int thread, String variable, long step, int line, Object value) {
        first.read(thread, variable, step, line, value);
        second.read(thread, variable, step, line, value);
    }

    @Override
    public void wrote(int thread, String variable, long step, int line) {
        first.wrote(thread, variable, step, line);
        second.wrote(thread, variable, step, line);
    }

    @Override
    public void wrote(int thread, String variable, long step, int line, Object value) {
        first.wrote(thread, variable, step, line, value);
        second.wrote(thread, variable, step, line, value);
    }
}
