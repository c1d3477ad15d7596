package lockstep.sim.runtime;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * {@code dict.keys()}, {@code values()} and {@code items()}: live views of a dict. OrderedDict's views
 * ({@code odict_keys}, ...) extend it with types of their own.
 */
public class DictView extends PyObject {
    /** Which part of the dict the view shows. */
    public enum Kind { KEYS, VALUES, ITEMS }

    public final PyDict dict;
    public final Kind kind;

    public DictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public Iterator<PyObject> javaIterator() {
        Iterator<Map.Entry<PyObject, PyObject>> it = dict.map.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public PyObject next() {
                Map.Entry<PyObject, PyObject> e = it.next();
                return switch (kind) {
                    case KEYS -> e.getKey();
                    case VALUES -> e.getValue();
                    case ITEMS -> PyTuple.of(e.getKey(), e.getValue());
                };
            }
        };
    }

    LinkedHashSet<PyObject> asSet() {
        LinkedHashSet<PyObject> set = new LinkedHashSet<>();
        javaIterator().forEachRemaining(set::add);
        return set;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> Types.DICT_KEYS;
            case VALUES -> Types.DICT_VALUES;
            case ITEMS -> Types.DICT_ITEMS;
        };
    }
}
