package lockstep.sim.runtime;

import java.util.LinkedHashMap;

/**
 * An instance of a class defined by the program (or of {@code object}). {@code nativeState} holds what a built-in
 * base class keeps beyond the attributes (a thread's or a lock's machinery in later modules).
 */
public class PyInstance extends PyObject {
    private final PyType type;
    public final LinkedHashMap<String, PyObject> dict = new LinkedHashMap<>();
    public Object nativeState;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }
}
