package lockstep.sim.runtime;

import java.util.LinkedHashMap;

/** A Python dict: insertion-ordered, keyed by Python equality. */
public final class PyDict extends PyObject {
    public final LinkedHashMap<PyObject, PyObject> map;

    public PyDict() {
        this.map = new LinkedHashMap<>();
    }

    public PyDict(LinkedHashMap<PyObject, PyObject> map) {
        this.map = map;
    }

    @Override
    public PyType type() {
        return Types.DICT;
    }
}
