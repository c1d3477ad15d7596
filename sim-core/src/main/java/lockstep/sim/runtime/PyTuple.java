package lockstep.sim.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * A Python tuple; equal tuples hash alike so they can key dicts. The classes {@code collections.namedtuple} makes
 * extend it, so their instances are tuples in every operation, as in CPython.
 */
public class PyTuple extends PyValue {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    public final PyObject[] items;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(List<PyObject> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObject[0]));
    }

    public List<PyObject> asList() {
        return Arrays.asList(items);
    }

    @Override
    public PyType type() {
        return Types.TUPLE;
    }

    /** A special method ({@code __repr__}) a tuple subtype defines below {@code tuple} itself, or null. */
    public final PyObject ownSpecial(String name) {
        for (PyType t = type(); t != null && t != Types.TUPLE; t = t.base) {
            PyObject v = t.dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A tuple of the same kind holding {@code copiedItems}, for a fork's copy. */
    public PyTuple copyWith(PyObject[] copiedItems, ObjectCopier copier) {
        return new PyTuple(copiedItems);
    }
}
