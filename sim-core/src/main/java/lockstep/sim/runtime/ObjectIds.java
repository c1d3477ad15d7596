package lockstep.sim.runtime;

import java.util.IdentityHashMap;

/**
 * Deterministic identities for {@code id()} and the addresses in default reprs: numbered in the order they are first
 * asked for within a run, so the same program prints the same text on every machine.
 */
public final class ObjectIds {
    private static final ThreadLocal<IdentityHashMap<PyObject, Long>> IDS = ThreadLocal.withInitial(IdentityHashMap::new);

    private ObjectIds() {}

    /** Forgets every identity; the machine calls it when a run starts. */
    public static void reset() {
        IDS.set(new IdentityHashMap<>());
    }

    public static long idOf(PyObject o) {
        IdentityHashMap<PyObject, Long> ids = IDS.get();
        return ids.computeIfAbsent(o, k -> (long) ids.size() + 1);
    }
}
