package lockstep.sim.inspect;

import java.util.List;

/** A {@code threading.Event}: whether it is set, and the threads in {@code wait()}. */
public record EventInfo(String name, String key, boolean set, List<ThreadRef> waiters) implements SyncInfo {
    public EventInfo {
        waiters = List.copyOf(waiters);
    }
}
