package lockstep.sim.runtime;

import java.util.ArrayList;
import java.util.List;

/** A Python list. */
public final class PyList extends PyObject {
    public final ArrayList<PyObject> items;

    public PyList() {
        this.items = new ArrayList<>();
    }

    public PyList(List<PyObject> items) {
        this.items = new ArrayList<>(items);
    }

    public PyList(ArrayList<PyObject> items, boolean adopt) {
        this.items = adopt ? items : new ArrayList<>(items);
    }

    @Override
    public PyType type() {
        return Types.LIST;
    }
}
