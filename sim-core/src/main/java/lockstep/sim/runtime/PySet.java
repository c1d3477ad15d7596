package lockstep.sim.runtime;

import java.util.LinkedHashSet;

/**
 * A Python set. Its items are kept in insertion order, so iteration is deterministic; CPython's order (by hash)
 * is reproduced only when printing, see {@link Ops#repr}.
 */
public final class PySet extends PyObject {
    public final LinkedHashSet<PyObject> items;
    public final boolean frozen;
    /** Where {@code pop()} goes on from; made by the first pop. */
    SetPopCursor popCursor;

    public PySet() {
        this(new LinkedHashSet<>(), false);
    }

    public PySet(LinkedHashSet<PyObject> items, boolean frozen) {
        this.items = items;
        this.frozen = frozen;
    }

    /** The state {@code set.pop()} keeps between calls, as CPython's table and search finger do. */
    public SetPopCursor popCursor() {
        if (popCursor == null) {
            popCursor = new SetPopCursor();
        }
        return popCursor;
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
