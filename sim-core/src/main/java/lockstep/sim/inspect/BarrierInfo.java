package lockstep.sim.inspect;

import java.util.List;

/**
 * A {@code threading.Barrier}.
 *
 * @param parties how many threads it waits for
 * @param waiting how many are waiting now ({@code n_waiting})
 * @param phase   what it is doing: filling up, letting threads go, resetting, or broken
 * @param waiters the threads waiting, in the order they came
 */
public record BarrierInfo(String name, String key, int parties, int waiting, Phase phase, List<ThreadRef> waiters)
        implements SyncInfo {
    /** CPython's barrier states 0, 1, -1 and -2. */
    public enum Phase { FILLING, DRAINING, RESETTING, BROKEN }

    public BarrierInfo {
        waiters = List.copyOf(waiters);
    }
}
