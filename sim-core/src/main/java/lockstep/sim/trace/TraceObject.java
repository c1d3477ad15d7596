package lockstep.sim.trace;

/**
 * A synchronization object of a run, as the trace's object table keeps it.
 *
 * <p>An object is the <em>program's</em> when the program's own code made it ({@code threading.Lock()}), or when the
 * constructor of a library object that the program's code made directly made it for that object ({@code Condition()}'s
 * lock, {@code Queue()}'s mutex, the locks of {@code Event()}, {@code Semaphore()} and {@code Barrier()}, a
 * {@code multiprocessing.Queue}'s channel). Every other object is <em>internal</em>: one library object's lock made
 * for another ({@code Thread()}'s {@code _started} Event), a lock made inside a library method (a condition's
 * per-waiter lock in {@code wait()}), or one made on a thread that runs none of the program's code (a thread's join
 * lock, made in its start-up code; an executor's work queue). The machine decides it once, when the object is made,
 * from the frames of the thread that made it. The views fold an internal object's events into the program's
 * operation that ran them.
 *
 * @param key      its key, unique in the run: its kind and number in order of creation, {@code lock#2}
 * @param kind     {@code lock}, {@code rlock} or {@code channel}
 * @param name     the name the program gave it (the global that holds it, or what waits on it, such as the end of a
 *                 thread), or null while it has none; events keep the name the object had when they happened
 * @param internal whether a library made it for its own use, out of the program's sight (see above)
 */
public record TraceObject(String key, String kind, ObjectName name, boolean internal) {
    /** An object of the program's. */
    public TraceObject(String key, String kind, ObjectName name) {
        this(key, kind, name, false);
    }

    /** The name, or the key's kind and number while it has none. */
    public ObjectName shownName() {
        if (name != null) {
            return name;
        }
        ObjectName numbered = ObjectName.ofKey(key);
        return numbered != null ? numbered : new ObjectName.Variable(key);
    }
}
