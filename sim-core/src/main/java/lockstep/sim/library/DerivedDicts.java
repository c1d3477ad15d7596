package lockstep.sim.library;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.ObjectCopier;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyBoundMethod;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * {@code collections.defaultdict} and {@code collections.OrderedDict}: dicts (every dict operation applies) with
 * the special methods of their own that the runtime asks a dict subtype for ({@code __missing__}, {@code __repr__},
 * {@code __eq__}). Both are C types in CPython, so each method is one atomic call.
 */
final class DerivedDicts {
    static final PyType DEFAULTDICT = new PyType("defaultdict", Types.DICT, true, "collections");
    static final PyType ORDERED_DICT = new PyType("OrderedDict", Types.DICT, true, "collections");
    static final PyType ODICT_KEYS = new PyType("odict_keys", Types.DICT_KEYS, true, "collections");
    static final PyType ODICT_VALUES = new PyType("odict_values", Types.DICT_VALUES, true, "collections");
    static final PyType ODICT_ITEMS = new PyType("odict_items", Types.DICT_ITEMS, true, "collections");

    static {
        // Named as their __name__ is; the module makes their class repr <class 'collections.defaultdict'>.
        DEFAULTDICT.dict.put("__module__", PyStr.of("collections"));
        ORDERED_DICT.dict.put("__module__", PyStr.of("collections"));
        installDefaultDict();
        installOrderedDict();
        DEFAULTDICT.freeze();
        ORDERED_DICT.freeze();
        ODICT_KEYS.freeze();
        ODICT_VALUES.freeze();
        ODICT_ITEMS.freeze();
    }

    private DerivedDicts() {}

    /** A defaultdict: a dict that makes the missing value of a key by calling its factory. */
    static final class DefaultDict extends PyDict {
        PyObject factory;

        DefaultDict(PyObject factory) {
            this.factory = factory;
        }

        @Override
        public PyType type() {
            return DEFAULTDICT;
        }

        @Override
        public PyDict emptyCopy(ObjectCopier copier) {
            return new DefaultDict(copier.copy(factory));
        }
    }

    /** An OrderedDict: a dict whose order counts in equality and that moves keys to either end. */
    static final class OrderedDict extends PyDict {
        @Override
        public PyType type() {
            return ORDERED_DICT;
        }

        @Override
        public PyDict emptyCopy(ObjectCopier copier) {
            return new OrderedDict();
        }
    }

    private static void installDefaultDict() {
        DEFAULTDICT.setConstructor((ctx, t, a, kw) -> {
            PyObject factory = a.length > 0 ? a[0] : PyNone.NONE;
            if (factory != PyNone.NONE && !isCallable(factory)) {
                throw Errors.typeError("first argument must be callable or None");
            }
            DefaultDict d = new DefaultDict(factory);
            fill(ctx, d, "defaultdict", a.length > 0 ? java.util.Arrays.copyOfRange(a, 1, a.length) : a, kw);
            return d;
        });
        Natives.method(DEFAULTDICT, "__missing__", (ctx, a, kw) -> {
            DefaultDict d = (DefaultDict) a[0];
            if (d.factory == PyNone.NONE) {
                throw Errors.keyError(a[1]);
            }
            PyObject value = ctx.call(d.factory);
            d.map.put(Ops.checkHashable(a[1]), value);
            return value;
        });
        Natives.method(DEFAULTDICT, "__repr__", (ctx, a, kw) -> {
            DefaultDict d = (DefaultDict) a[0];
            return PyStr.of("defaultdict(" + Ops.repr(ctx, d.factory) + ", " + Ops.repr(ctx, plain(d)) + ")");
        });
        Natives.method(DEFAULTDICT, "copy", (ctx, a, kw) -> copyOf((DefaultDict) a[0]));
        installMerging(DEFAULTDICT, d -> new DefaultDict(((DefaultDict) d).factory));
        Natives.classLevel(DEFAULTDICT, "fromkeys", (ctx, a, kw) -> {
            Args.count("fromkeys", a, 1, 2);
            DefaultDict d = new DefaultDict(PyNone.NONE);
            for (PyObject key : lockstep.sim.runtime.Items.toList(ctx, a[0])) {
                d.map.put(Ops.checkHashable(key), a.length > 1 ? a[1] : PyNone.NONE);
            }
            return d;
        });
        Natives.method(DEFAULTDICT, "__copy__", (ctx, a, kw) -> copyOf((DefaultDict) a[0]));
        DEFAULTDICT.dict.put("default_factory", new lockstep.sim.runtime.PyProperty(
                new PyNativeFunction("default_factory", (ctx, a, kw) -> ((DefaultDict) a[0]).factory), null));
    }

    private static DefaultDict copyOf(DefaultDict d) {
        DefaultDict copy = new DefaultDict(d.factory);
        copy.map.putAll(d.map);
        return copy;
    }

    /**
     * {@code |}, reflected {@code |}, {@code |=} and {@code fromkeys} of a dict subtype: results of its own kind,
     * as CPython's C methods make them ({@code make} gives an empty one like {@code self}).
     */
    private static void installMerging(PyType type, java.util.function.UnaryOperator<PyDict> make) {
        Natives.method(type, "__or__", (ctx, a, kw) -> {
            PyDict other = mergeable(a[0], a[1], false);
            PyDict result = make.apply((PyDict) a[0]);
            result.map.putAll(((PyDict) a[0]).map);
            result.map.putAll(other.map);
            return result;
        });
        Natives.method(type, "__ror__", (ctx, a, kw) -> {
            PyDict other = mergeable(a[0], a[1], true);
            PyDict result = make.apply((PyDict) a[0]);
            result.map.putAll(other.map);
            result.map.putAll(((PyDict) a[0]).map);
            return result;
        });
        Natives.method(type, "__ior__", (ctx, a, kw) -> {
            Constructors.update(ctx, (PyDict) a[0], a[1]);
            return a[0];
        });
    }

    /** The other operand of {@code self | other} (or, reflected, {@code other | self}): a dict, or CPython's error. */
    private static PyDict mergeable(PyObject self, PyObject other, boolean reflected) {
        if (other instanceof PyDict d) {
            return d;
        }
        PyObject left = reflected ? other : self;
        PyObject right = reflected ? self : other;
        throw Errors.typeError("unsupported operand type(s) for |: '" + Ops.qualifiedName(left.type()) + "' and '"
                + Ops.qualifiedName(right.type()) + "'");
    }

    /** An OrderedDict's keys, values or items: a dict view that names itself odict_keys, ... */
    static final class OrderedView extends lockstep.sim.runtime.DictView {
        OrderedView(PyDict dict, Kind kind) {
            super(dict, kind);
        }

        @Override
        public PyType type() {
            return switch (kind) {
                case KEYS -> ODICT_KEYS;
                case VALUES -> ODICT_VALUES;
                case ITEMS -> ODICT_ITEMS;
            };
        }
    }

    private static void installOrderedDict() {
        installMerging(ORDERED_DICT, d -> new OrderedDict());
        Natives.method(ORDERED_DICT, "keys", (ctx, a, kw) -> new OrderedView((PyDict) a[0], OrderedView.Kind.KEYS));
        Natives.method(ORDERED_DICT, "values", (ctx, a, kw) ->
                new OrderedView((PyDict) a[0], OrderedView.Kind.VALUES));
        Natives.method(ORDERED_DICT, "items", (ctx, a, kw) ->
                new OrderedView((PyDict) a[0], OrderedView.Kind.ITEMS));
        Natives.classLevel(ORDERED_DICT, "fromkeys", (ctx, a, kw) -> {
            Args.count("fromkeys", a, 1, 2);
            OrderedDict d = new OrderedDict();
            for (PyObject key : lockstep.sim.runtime.Items.toList(ctx, a[0])) {
                d.map.put(Ops.checkHashable(key), a.length > 1 ? a[1] : PyNone.NONE);
            }
            return d;
        });
        ORDERED_DICT.setConstructor((ctx, t, a, kw) -> {
            OrderedDict d = new OrderedDict();
            fill(ctx, d, "OrderedDict", a, kw);
            return d;
        });
        Natives.method(ORDERED_DICT, "__repr__", (ctx, a, kw) -> {
            PyDict d = (PyDict) a[0];
            if (d.map.isEmpty()) {
                return PyStr.of("OrderedDict()");
            }
            List<PyObject> pairs = new ArrayList<>();
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                pairs.add(PyTuple.of(e.getKey(), e.getValue()));
            }
            return PyStr.of("OrderedDict(" + Ops.repr(ctx, new lockstep.sim.runtime.PyList(new ArrayList<>(pairs), true)) + ")");
        });
        Natives.method(ORDERED_DICT, "__eq__", (ctx, a, kw) -> {
            PyDict self = (PyDict) a[0];
            if (!(a[1] instanceof OrderedDict other)) {
                return PyBool.of(a[1] instanceof PyDict o && Ops.eq(ctx, plain(self), plain(o)));
            }
            if (self.map.size() != other.map.size()) {
                return PyBool.FALSE;
            }
            Iterator<PyObject> mine = new ArrayList<>(self.map.keySet()).iterator();
            for (PyObject theirs : new ArrayList<>(other.map.keySet())) {
                if (!Ops.eq(ctx, mine.next(), theirs)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.of(Ops.eq(ctx, plain(self), plain(other)));
        });
        Natives.method(ORDERED_DICT, "move_to_end", (ctx, a, kw) -> {
            PyObject[] v = TypeMethods.keywords("move_to_end", a, kw, 2, "key", "last");
            if (v[0] == null) {
                throw Errors.typeError("move_to_end() missing required argument 'key' (pos 1)");
            }
            PyDict d = (PyDict) a[0];
            PyObject key = Ops.checkHashable(v[0]);
            PyObject value = d.map.get(key);
            if (value == null) {
                throw Errors.keyError(v[0]);
            }
            if (v[1] == null || Ops.truthy(ctx, v[1])) {
                d.map.remove(key);
                d.map.put(key, value);
            } else {
                java.util.LinkedHashMap<PyObject, PyObject> rest = new java.util.LinkedHashMap<>(d.map);
                rest.remove(key);
                d.map.clear();
                d.map.put(key, value);
                d.map.putAll(rest);
            }
            return PyNone.NONE;
        });
        Natives.method(ORDERED_DICT, "popitem", (ctx, a, kw) -> {
            PyObject[] v = TypeMethods.keywords("popitem", a, kw, 1, "last");
            PyDict d = (PyDict) a[0];
            if (d.map.isEmpty()) {
                throw Errors.raise(Types.KEY_ERROR, "dictionary is empty");
            }
            boolean last = v[0] == null || Ops.truthy(ctx, v[0]);
            PyObject key = null;
            for (PyObject k : d.map.keySet()) {
                key = k;
                if (!last) {
                    break;
                }
            }
            return PyTuple.of(key, d.map.remove(key));
        });
        Natives.method(ORDERED_DICT, "copy", (ctx, a, kw) -> {
            OrderedDict copy = new OrderedDict();
            copy.map.putAll(((PyDict) a[0]).map);
            return copy;
        });
    }

    /** Fills a new dict as {@code dict(source, **kwargs)} would, with the type's name in the count message. */
    static void fill(CallContext ctx, PyDict d, String name, PyObject[] a, PyDict kw) {
        if (a.length > 1) {
            throw Errors.typeError(name + " expected at most 1 argument, got " + a.length);
        }
        if (a.length == 1) {
            Constructors.update(ctx, d, a[0]);
        }
        if (kw != null) {
            d.map.putAll(kw.map);
        }
    }

    /** The items as a plain dict, for the repr and equality of dict contents. */
    static PyDict plain(PyDict d) {
        return new PyDict(new java.util.LinkedHashMap<>(d.map));
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyNativeFunction || o instanceof PyBoundMethod
                || o instanceof PyType || (o instanceof PyInstance && o.type().lookup("__call__") != null);
    }
}
