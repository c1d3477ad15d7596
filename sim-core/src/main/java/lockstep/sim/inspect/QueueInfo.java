package lockstep.sim.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * A queue: {@code queue.Queue} (and its LIFO and priority kinds) or a multiprocessing queue.
 *
 * @param type            its class, e.g. {@code queue.Queue}, {@code multiprocessing.Queue}
 * @param items           the reprs of its first items (at most {@link #MAX_ITEMS}) in the order they come out; a
 *                        priority queue lists its heap in storage order
 * @param size            how many items it holds
 * @param maxsize         its capacity; 0 for none
 * @param unfinishedTasks puts not yet matched by {@code task_done()} ({@code queue.Queue} only; 0 otherwise)
 * @param getters         threads waiting for an item, in the order they are served
 * @param putters         threads waiting for room, in the order they are served
 * @param joiners         threads in {@code join()}, waiting for every task to be done
 */
public record QueueInfo(String name, String key, String type, List<String> items, int size, long maxsize,
                        long unfinishedTasks, List<ThreadRef> getters, List<ThreadRef> putters, List<ThreadRef> joiners)
        implements SyncInfo {
    /** Items beyond this many are counted, not listed. */
    public static final int MAX_ITEMS = 50;

    public QueueInfo {
        items = List.copyOf(items);
        getters = List.copyOf(getters);
        putters = List.copyOf(putters);
        joiners = List.copyOf(joiners);
    }

    /** Getters, putters, then joiners. */
    @Override
    public List<ThreadRef> waiters() {
        List<ThreadRef> all = new ArrayList<>(getters);
        all.addAll(putters);
        all.addAll(joiners);
        return List.copyOf(all);
    }
}
