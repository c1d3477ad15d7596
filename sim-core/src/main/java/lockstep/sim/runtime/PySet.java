package lockstep.sim.runtime;

import java.util.LinkedHashSet;

/**
 * A Python set. Its items are kept in insertion order, so iteration is deterministic; CPython's order (by hash)
 * is reproduced only when printing, see {@link Ops#repr}.
 */
public final class PySet extends PyObject {
    public final LinkedHashSet<PyObject> items;
    public final boolean frozen;

    public PySet() {
        this(new LinkedHashSet<>(), false);
    }

    public PySet(LinkedHashSet<PyObject> items, boolean frozen) {
        this.items = items;
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? Types.FROZENSET : Types.SET;
    }

    @Override
    public boolean equals(Object o) {
        return frozen && o instanceof PySet s && s.items.equals(items);
    }

    @Override
    public int hashCode() {
        return frozen ? items.hashCode() : 0;
    }
}
