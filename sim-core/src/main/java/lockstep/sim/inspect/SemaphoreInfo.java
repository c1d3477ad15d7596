package lockstep.sim.inspect;

import java.util.List;

/**
 * A {@code threading.Semaphore} or {@code BoundedSemaphore}.
 *
 * @param value   its counter
 * @param bound   a BoundedSemaphore's initial value (the most it may hold), or -1 for a plain semaphore
 * @param waiters the threads waiting in {@code acquire()}, in the order a release serves them
 */
public record SemaphoreInfo(String name, String key, long value, long bound, List<ThreadRef> waiters)
        implements SyncInfo {
    public SemaphoreInfo {
        waiters = List.copyOf(waiters);
    }
}
