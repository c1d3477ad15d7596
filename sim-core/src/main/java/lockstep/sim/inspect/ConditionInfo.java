package lockstep.sim.inspect;

import java.util.List;

/**
 * A {@code threading.Condition}.
 *
 * @param lockOwner the thread holding the condition's lock, or null
 * @param waiters   the threads in {@code wait()}, in the order {@code notify()} wakes them
 */
public record ConditionInfo(String name, String key, ThreadRef lockOwner, List<ThreadRef> waiters)
        implements SyncInfo {
    public ConditionInfo {
        waiters = List.copyOf(waiters);
    }
}
