package lockstep.sim.library;

import java.util.Map;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.ObjectCopier;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyProperty;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * The classes {@code collections.namedtuple} makes: program classes based on {@code tuple}, so their instances are
 * tuples (equality, hashing, ordering, unpacking, indexing) with a read-only property per field. The argument
 * checks and the methods written in Python ({@code _replace}, {@code _asdict}, the repr) come from
 * {@code collections.py}; the class and its native {@code __new__} are made here.
 */
final class NamedTuples {
    private NamedTuples() {}

    /** An instance of a namedtuple class (or of a program's subclass of one). */
    static final class Value extends PyTuple {
        private final PyType type;

        Value(PyType type, PyObject[] items) {
            super(items);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyTuple copyWith(PyObject[] copiedItems, ObjectCopier copier) {
            return new Value((PyType) copier.copy(type), copiedItems);
        }
    }

    /**
     * {@code _tuple_class(typename, module, fields, namespace, bind)}: the class, with the namespace's attributes,
     * a property per field, and {@code __new__(cls, *args, **kwargs)} taking the field values from
     * {@code bind(args, kwargs)}.
     */
    static PyObject makeClass(PyObject[] a) {
        Args.count("_tuple_class", a, 5, 5);
        String name = Args.asString(a[0], "_tuple_class()");
        String module = Args.asString(a[1], "_tuple_class()");
        if (!(a[2] instanceof PyTuple fields) || !(a[3] instanceof PyDict namespace)) {
            throw Errors.typeError("_tuple_class() needs the fields as a tuple and the namespace as a dict");
        }
        PyObject bind = a[4];
        PyType type = new PyType(name, Types.TUPLE, false, module);
        for (Map.Entry<PyObject, PyObject> e : namespace.map.entrySet()) {
            type.dict.put(((PyStr) e.getKey()).value, e.getValue());
        }
        for (int i = 0; i < fields.items.length; i++) {
            int index = i;
            String field = ((PyStr) fields.items[i]).value;
            type.dict.put(field, new PyProperty(new PyNativeFunction(field, (ctx, g, kw) ->
                    ((PyTuple) g[0]).items[index]), null));
        }
        type.dict.put("__new__", new PyNativeFunction("__new__", (ctx, g, kw) -> {
            if (g.length == 0 || !(g[0] instanceof PyType cls)) {
                throw Errors.typeError(name + ".__new__(): not enough arguments");
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(g, 1, g.length);
            PyObject values = ctx.call(bind, PyTuple.of(rest), kw == null ? new PyDict() : kw);
            return new Value(cls, ((PyTuple) values).items);
        }));
        return type;
    }
}
