package lockstep.sim.trace;

/**
 * A synchronization object of a run, as the trace's object table keeps it.
 *
 * @param key  its key, unique in the run: its kind and number in order of creation, {@code lock#2}
 * @param kind {@code lock}, {@code rlock} or {@code channel}
 * @param name the name the program gave it (the global that holds it, or what waits on it, such as the end of a thread),
 *             or null while it has none; events keep the name the object had when they happened
 */
public record TraceObject(String key, String kind, ObjectName name) {
    /** The name, or the key's kind and number while it has none. */
    public ObjectName shownName() {
        if (name != null) {
            return name;
        }
        ObjectName numbered = ObjectName.ofKey(key);
        return numbered != null ? numbered : new ObjectName.Variable(key);
    }
}
