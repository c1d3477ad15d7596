package lockstep.sim.library;

import java.util.List;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.ThreadHandle;

/**
 * Read-only views of the native synchronization objects ({@code _thread}'s locks and the channels between
 * processes), for inspecting a machine's state without changing it.
 */
public final class NativeSyncState {
    private NativeSyncState() {}

    /**
     * A native lock's state.
     *
     * @param key       its stable key, e.g. {@code lock#3}
     * @param reentrant an {@code RLock}
     * @param owner     the thread holding it, or null; after a fork possibly a thread of another process
     * @param count     how many times an RLock's owner holds it (1 or 0 for a plain lock)
     * @param signal    a lock used as a signal (a condition's waiter, a thread's end), not as a mutex
     * @param shared    a multiprocessing lock: the same object in every process
     */
    public record Lock(String key, boolean reentrant, ThreadHandle owner, long count, boolean signal,
                       boolean shared) {}

    /**
     * A channel between processes (behind multiprocessing's Queue and Pipe).
     *
     * @param capacity the most items it holds; 0 for no limit
     * @param items    what it holds, oldest first (the live objects: read, never change them)
     */
    public record Channel(String key, long capacity, List<PyObject> items) {}

    /** The state of {@code o} if it is a native lock, else null. */
    public static Lock lock(PyObject o) {
        if (o instanceof Locks.Lock l) {
            return new Lock(l.key, false, l.owner, l.owner == null ? 0 : 1, l.signal, l.shared);
        }
        if (o instanceof Locks.RLock r) {
            return new Lock(r.key, true, r.owner, r.count, false, r.shared);
        }
        return null;
    }

    /** The state of {@code o} if it is a channel, else null. */
    public static Channel channel(PyObject o) {
        if (o instanceof Channels.Channel c) {
            return new Channel(c.key, c.capacity, List.copyOf(c.items));
        }
        return null;
    }
}
