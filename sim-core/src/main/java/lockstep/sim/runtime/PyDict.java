package lockstep.sim.runtime;

import java.util.LinkedHashMap;

/**
 * A Python dict: insertion-ordered, keyed by Python equality. The library's dict subtypes written in C in CPython
 * (defaultdict, OrderedDict) and Counter extend it, so every dict operation applies to them as it does in CPython.
 */
public class PyDict extends PyObject {
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

    /**
     * A special method ({@code __missing__}, {@code __repr__}, {@code __eq__}, {@code __add__}, ...) that a dict
     * subtype defines below {@code dict} itself, or null: plain dicts have none.
     */
    public final PyObject ownSpecial(String name) {
        for (PyType t = type(); t != null && t != Types.DICT; t = t.base) {
            PyObject v = t.dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** An empty dict of the same kind, for a fork's copy; a subtype carries over what it keeps beside the items. */
    public PyDict emptyCopy(ObjectCopier copier) {
        return new PyDict();
    }
}
