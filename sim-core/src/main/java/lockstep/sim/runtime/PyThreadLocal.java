package lockstep.sim.runtime;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code threading.local()}: an object whose attributes each thread sees separately. */
public final class PyThreadLocal extends PyInstance {
    /** Looked up by thread id only, never iterated. */
    private final Map<Integer, LinkedHashMap<String, PyObject>> perThread = new HashMap<>();

    public PyThreadLocal(PyType type) {
        super(type);
    }

    /** Copies the forking thread's attributes into a fork's copy, under the child's thread. */
    void copyInto(PyThreadLocal copy, ObjectCopier copier) {
        for (Map.Entry<Integer, LinkedHashMap<String, PyObject>> e : new java.util.TreeMap<>(perThread).entrySet()) {
            LinkedHashMap<String, PyObject> attributes = copy.attributesOf(copier.threadId(e.getKey()));
            e.getValue().forEach((k, v) -> attributes.put(k, copier.copy(v)));
        }
    }

    /** The attributes the thread with this id sees. */
    public LinkedHashMap<String, PyObject> attributesOf(int threadId) {
        return perThread.computeIfAbsent(threadId, id -> new LinkedHashMap<>());
    }
}
