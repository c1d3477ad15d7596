package lockstep.sim.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One process's object space: the ids of its objects, numbered in the order the program first asks for them
 * ({@code id()}, a default repr, {@code hash()}), so the same program prints the same numbers in every run, JVM and
 * garbage collector. The machine gives each process its own; {@code os.fork()} copies it with the memory, so the
 * child sees the ids its parent saw and goes on numbering from the same point, as a forked CPython keeps its
 * addresses. Narration uses {@link #labels()}, which never hands out an id.
 */
public final class ObjectSpace implements ObjectIds {
    private final IdentityHashMap<PyObject, Long> numbers;
    private long lastNumber;
    private final ObjectLabels labels;

    public ObjectSpace() {
        this(new IdentityHashMap<>(), 0, new IdentityHashMap<>(), 0);
    }

    private ObjectSpace(IdentityHashMap<PyObject, Long> numbers, long lastNumber,
                        IdentityHashMap<PyObject, Long> labelNumbers, long lastLabel) {
        this.numbers = numbers;
        this.lastNumber = lastNumber;
        this.labels = new ObjectLabels(labelNumbers, lastLabel);
    }

    /** The object's number in this space (1 for the first asked for), handing out the next one if it has none. */
    /** How many ids the space has handed out: a new id changes what later ids and addresses will be. */
    public long handedOut() {
        return lastNumber;
    }

    public long numberOf(PyObject o) {
        Long n = numbers.get(o);
        if (n == null) {
            n = ++lastNumber;
            numbers.put(o, n);
            labels.labelOf(o);
        }
        return n;
    }

    @Override
    public long idOf(PyObject o) {
        return ObjectIds.address(numberOf(o));
    }

    /** Addresses for narration, which hand out no id: see {@link ObjectLabels}. */
    public ObjectIds labels() {
        return labels;
    }

    /**
     * The child's space after a fork that {@code copier} made: each object that exists in the child (its copy, or
     * the object itself when processes share it) keeps its number, and numbering continues where the parent was.
     */
    public ObjectSpace copyFor(ObjectCopier copier) {
        return new ObjectSpace(mapped(numbers, copier), lastNumber, mapped(labels.numbers(), copier),
                labels.lastLabel());
    }

    private static IdentityHashMap<PyObject, Long> mapped(IdentityHashMap<PyObject, Long> from, ObjectCopier copier) {
        IdentityHashMap<PyObject, Long> to = new IdentityHashMap<>();
        for (Map.Entry<PyObject, Long> e : from.entrySet()) {
            PyObject inChild = copier.counterpart(e.getKey());
            if (inChild != null) {
                to.put(inChild, e.getValue());
            }
        }
        return to;
    }
}
