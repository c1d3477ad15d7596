package lockstep.sim.runtime;

import java.util.Arrays;
import java.util.List;

/** A Python tuple; equal tuples hash alike so they can key dicts. */
public final class PyTuple extends PyValue {
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
}
