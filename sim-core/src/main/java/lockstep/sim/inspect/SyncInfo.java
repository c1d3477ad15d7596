package lockstep.sim.inspect;

import java.util.List;

/**
 * A synchronization object at a step, named after the variable that holds it. Objects written in Python on native
 * locks ({@code threading.Condition}, {@code Semaphore}, {@code Event}, {@code Barrier}, {@code queue.Queue}) are
 * read from their attributes, as their own code keeps them.
 */
public sealed interface SyncInfo permits LockInfo, ConditionInfo, SemaphoreInfo, EventInfo, BarrierInfo, QueueInfo {
    /** The program's name for it: a global ({@code lock}), an attribute ({@code acct.lock}), an item ({@code forks[2]}). */
    String name();

    /** The machine's key of its native lock or channel ({@code lock#3}), as trace events and narration name it. */
    String key();

    /** The threads waiting on it, in the order they are served. */
    List<ThreadRef> waiters();
}
