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

    /** Whether its class defines its own {@code __hash__} or {@code __eq__}, which run when it keys a dict. */
    public boolean keyedByItsClass() {
        return UserKeys.custom(this);
    }

    /** Its class's {@code __hash__} when it defines one: see {@link UserKeys}. */
    @Override
    public int hashCode() {
        Long user = UserKeys.userHash(this);
        // Without __hash__, Object's hash only spreads buckets: dicts and sets keep insertion order.
        return user == null ? super.hashCode() : Long.hashCode(user);
    }

    /** Identity, or its class's {@code __eq__} when it defines one: see {@link UserKeys}. */
    @Override
    public boolean equals(Object o) {
        return UserKeys.keyEquals(this, o);
    }
}
