package lockstep.sim.runtime;

import java.util.IdentityHashMap;

/**
 * The addresses narration shows, numbered apart from the ids so that watching a run never changes the ids (and
 * hashes) the program sees: an object is labelled when narration first shows it or when the program first gets its
 * id, whichever comes first. Unwatched, labels and ids are the same numbers; watched, narration keeps showing
 * each object at the address it first showed for it.
 */
final class ObjectLabels implements ObjectIds {
    private final IdentityHashMap<PyObject, Long> numbers;
    private long lastLabel;

    ObjectLabels(IdentityHashMap<PyObject, Long> numbers, long lastLabel) {
        this.numbers = numbers;
        this.lastLabel = lastLabel;
    }

    @Override
    public long idOf(PyObject o) {
        return ObjectIds.address(labelOf(o));
    }

    /** The object's label, the next one if it has none yet. */
    long labelOf(PyObject o) {
        Long label = numbers.get(o);
        if (label == null) {
            label = ++lastLabel;
            numbers.put(o, label);
        }
        return label;
    }

    IdentityHashMap<PyObject, Long> numbers() {
        return numbers;
    }

    long lastLabel() {
        return lastLabel;
    }
}
