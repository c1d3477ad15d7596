package lockstep.sim.inspect;

import java.util.List;

/**
 * A {@code Lock} or {@code RLock}.
 *
 * @param reentrant    an RLock
 * @param owner        the thread holding it, or null when free
 * @param ownerAbsent  the owner is not a thread of this process: a lock copied by a fork while another thread held
 *                     it, which nobody can ever release
 * @param count        how many times an RLock's owner holds it; 1 for a held Lock, 0 when free
 * @param waiters      the threads blocked acquiring it, in the order they came
 * @param shared       a multiprocessing lock, the same in every process
 */
public record LockInfo(String name, String key, boolean reentrant, ThreadRef owner, boolean ownerAbsent, long count,
                       List<ThreadRef> waiters, boolean shared) implements SyncInfo {
    public LockInfo {
        waiters = List.copyOf(waiters);
    }
}
