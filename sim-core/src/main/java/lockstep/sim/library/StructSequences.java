package lockstep.sim.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.ObjectCopier;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyProperty;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * CPython's struct sequences ({@code Objects/structseq.c}), such as {@code time.struct_time}: a tuple subclass whose
 * first {@code n_sequence_fields} named fields are the tuple's items and whose remaining named fields
 * ({@code tm_zone}, {@code tm_gmtoff}) are read-only attributes outside the tuple, kept in the value itself rather
 * than in an instance dict (a struct sequence has none). {@code _time._structseq_class} makes the class once per
 * process, when {@code time.py} is imported.
 */
final class StructSequences {
    private StructSequences() {}

    /** An instance: a tuple of the sequence fields, with the other fields' values beside it. */
    static final class Value extends PyTuple {
        private final PyType type;
        private final PyObject[] extra;

        Value(PyType type, PyObject[] items, PyObject[] extra) {
            super(items);
            this.type = type;
            this.extra = extra;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyTuple copyWith(PyObject[] copiedItems, ObjectCopier copier) {
            PyObject[] copiedExtra = new PyObject[extra.length];
            for (int i = 0; i < extra.length; i++) {
                copiedExtra[i] = copier.copy(extra[i]);
            }
            return new Value((PyType) copier.copy(type), copiedItems, copiedExtra);
        }
    }

    /**
     * {@code _structseq_class(name, module, fields, n_sequence_fields, doc)}: the class, its repr
     * {@code module.name(field=value, ...)} over the sequence fields.
     */
    static void install(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "_structseq_class", (ctx, a, kw) -> {
            Args.count("_structseq_class", a, 5, 5);
            String name = Args.asString(a[0], "_structseq_class()");
            String module = Args.asString(a[1], "_structseq_class()");
            if (!(a[2] instanceof PyTuple fieldTuple) || !(a[3] instanceof PyInt visible)) {
                throw Errors.typeError("_structseq_class() needs the fields as a tuple and their count in the tuple");
            }
            List<String> fields = new ArrayList<>();
            for (PyObject f : fieldTuple.items) {
                fields.add(Args.asString(f, "_structseq_class()"));
            }
            return makeClass(name, module, fields, visible.toBig().intValueExact(), a[4]);
        });
    }

    private static PyType makeClass(String name, String module, List<String> fields, int visible, PyObject doc) {
        String fullName = module + "." + name;
        PyType type = new PyType(name, Types.TUPLE, false, module);
        type.dict.put("__doc__", doc);
        type.dict.put("n_fields", PyInt.of(fields.size()));
        type.dict.put("n_sequence_fields", PyInt.of(visible));
        type.dict.put("n_unnamed_fields", PyInt.of(0));
        PyObject[] matchArgs = new PyObject[visible];
        for (int i = 0; i < fields.size(); i++) {
            int index = i;
            String field = fields.get(i);
            if (i < visible) {
                matchArgs[i] = PyStr.of(field);
            }
            PyNativeFunction readonly = new PyNativeFunction(field, (ctx, g, kw) -> {
                throw Errors.attributeError("readonly attribute");
            });
            type.dict.put(field, new PyProperty(new PyNativeFunction(field, (ctx, g, kw) -> {
                Value v = (Value) g[0];
                return index < visible ? v.items[index] : v.extra[index - visible];
            }), readonly, readonly));
        }
        type.dict.put("__match_args__", PyTuple.of(matchArgs));
        type.dict.put("__new__", new PyNativeFunction("__new__", (ctx, g, kw) -> {
            if (g.length < 2) {
                throw Errors.typeError("structseq() missing required argument 'sequence' (pos 1)");
            }
            if (!(g[0] instanceof PyType cls)) {
                throw Errors.typeError(fullName + ".__new__(X): X is not a type object");
            }
            PyIterator it;
            try {
                it = Items.iter(ctx, g[1]);
            } catch (PyRaise notIterable) {
                throw Errors.typeError("constructor requires a sequence");
            }
            List<PyObject> values = new ArrayList<>();
            for (PyObject x = it.next(ctx); x != null; x = it.next(ctx)) {
                values.add(x);
            }
            if (values.size() < visible) {
                throw Errors.typeError(fullName + "() takes an at least " + visible + "-sequence ("
                        + values.size() + "-sequence given)");
            }
            if (values.size() > fields.size()) {
                throw Errors.typeError(fullName + "() takes an at most " + fields.size() + "-sequence ("
                        + values.size() + "-sequence given)");
            }
            PyDict named = g.length > 2 && g[2] instanceof PyDict dict ? dict : null;
            PyObject[] extra = new PyObject[fields.size() - visible];
            for (int i = visible; i < fields.size(); i++) {
                PyObject given = i < values.size() ? values.get(i)
                        : named == null ? null : named.map.get(PyStr.of(fields.get(i)));
                extra[i - visible] = given == null ? PyNone.NONE : given;
            }
            return new Value(cls, values.subList(0, visible).toArray(new PyObject[0]), extra);
        }));
        // Not Natives.method: a fork copies this type, and the copy's instances must pass too.
        type.dict.put("__repr__", new PyNativeFunction("__repr__", (ctx, g, kw) -> {
            PyTuple t = self(g, fullName, "__repr__");
            StringBuilder text = new StringBuilder(fullName).append('(');
            for (int i = 0; i < visible; i++) {
                text.append(i == 0 ? "" : ", ").append(fields.get(i)).append('=').append(Ops.repr(ctx, t.items[i]));
            }
            return PyStr.of(text.append(')').toString());
        }));
        type.dict.put("__reduce__", new PyNativeFunction("__reduce__", (ctx, g, kw) -> {
            Value v = self(g, fullName, "__reduce__");
            PyDict named = new PyDict();
            for (int i = visible; i < fields.size(); i++) {
                named.map.put(PyStr.of(fields.get(i)), v.extra[i - visible]);
            }
            return PyTuple.of(v.type(), PyTuple.of(PyTuple.of(Arrays.copyOf(v.items, visible)), named));
        }));
        return type;
    }

    /** The struct sequence a method was called on, checked as CPython's descriptors check self. */
    private static Value self(PyObject[] args, String typeName, String method) {
        if (args.length == 0) {
            throw lockstep.sim.runtime.Errors.typeError("descriptor '" + method + "' of '" + typeName
                    + "' object needs an argument");
        }
        if (!(args[0] instanceof Value v)) {
            throw lockstep.sim.runtime.Errors.typeError("descriptor '" + method + "' requires a '" + typeName
                    + "' object but received a '" + args[0].type().name + "'");
        }
        return v;
    }
}
