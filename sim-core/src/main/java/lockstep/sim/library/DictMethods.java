package lockstep.sim.library;

import static lockstep.sim.library.TypeMethods.noArgs;
import static lockstep.sim.library.TypeMethods.noKeywords;
import static lockstep.sim.library.TypeMethods.positional;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import lockstep.sim.runtime.Attrs;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.DictView;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.ItemCount;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Lengths;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBoundMethod;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;
import lockstep.sim.runtime.WorkMeter;

/** The methods of {@code dict}, and the class method {@code dict.fromkeys}. */
final class DictMethods {
    private DictMethods() {}

    static void install() {
        Natives.method(Types.DICT, "get", (ctx, a, kw) -> {
            Map<PyObject, PyObject> map = self(a, "get");
            positional("get", "dict.get", a, kw, 1, 2);
            PyObject v = map.get(Ops.checkHashable(a[1]));
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        view("keys", DictView.Kind.KEYS);
        view("values", DictView.Kind.VALUES);
        view("items", DictView.Kind.ITEMS);
        Natives.method(Types.DICT, "pop", (ctx, a, kw) -> {
            Map<PyObject, PyObject> map = self(a, "pop");
            positional("pop", "dict.pop", a, kw, 1, 2);
            if (map.isEmpty()) {
                if (a.length > 2) {
                    return a[2];
                }
                throw Errors.keyError(a[1]);
            }
            PyObject v = map.remove(Ops.checkHashable(a[1]));
            if (v != null) {
                return v;
            }
            if (a.length > 2) {
                return a[2];
            }
            throw Errors.keyError(a[1]);
        });
        Natives.method(Types.DICT, "popitem", (ctx, a, kw) -> {
            Map<PyObject, PyObject> map = self(a, "popitem");
            noArgs("dict.popitem", a, kw);
            if (map.isEmpty()) {
                throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
            }
            Map.Entry<PyObject, PyObject> last = null;
            for (Iterator<Map.Entry<PyObject, PyObject>> it = map.entrySet().iterator(); it.hasNext(); ) {
                last = it.next();
            }
            map.remove(last.getKey());
            return PyTuple.of(last.getKey(), last.getValue());
        });
        Natives.method(Types.DICT, "setdefault", (ctx, a, kw) -> {
            Map<PyObject, PyObject> map = self(a, "setdefault");
            positional("setdefault", "dict.setdefault", a, kw, 1, 2);
            PyObject key = Ops.checkHashable(a[1]);
            PyObject v = map.get(key);
            if (v != null) {
                return v;
            }
            v = a.length > 2 ? a[2] : PyNone.NONE;
            map.put(key, v);
            return v;
        });
        Natives.method(Types.DICT, "update", (ctx, a, kw) -> {
            PyDict d = TypeMethods.self(a, PyDict.class, Types.DICT, "update");
            int n = a.length - 1;
            if (n > 1) {
                throw Errors.typeError("update expected at most 1 argument, got " + n);
            }
            if (n == 1) {
                update(ctx, d, a[1]);
            }
            if (kw != null) {
                d.map.putAll(kw.map);
            }
            return PyNone.NONE;
        });
        Natives.method(Types.DICT, "copy", (ctx, a, kw) -> {
            Map<PyObject, PyObject> map = self(a, "copy");
            noArgs("dict.copy", a, kw);
            return new PyDict(new LinkedHashMap<>(map));
        });
        Natives.method(Types.DICT, "clear", (ctx, a, kw) -> {
            Map<PyObject, PyObject> map = self(a, "clear");
            noArgs("dict.clear", a, kw);
            map.clear();
            return PyNone.NONE;
        });
        Natives.method(Types.DICT, "__len__", (ctx, a, kw) -> {
            return PyInt.of(TypeMethods.wrapperSelf(a, kw, PyDict.class, Types.DICT, "__len__").map.size());
        });
        // A class method: stored already bound to the type, so dict.fromkeys(...) and d.fromkeys(...) both
        // receive the class first, as in CPython.
        PyNativeFunction fromKeys = new PyNativeFunction("fromkeys", DictMethods::fromKeys);
        Types.DICT.dict.put("fromkeys", new PyBoundMethod(Types.DICT, fromKeys));
    }

    private static Map<PyObject, PyObject> self(PyObject[] a, String method) {
        return TypeMethods.self(a, PyDict.class, Types.DICT, method).map;
    }

    private static void view(String name, DictView.Kind kind) {
        Natives.method(Types.DICT, name, (ctx, a, kw) -> {
            PyDict d = TypeMethods.self(a, PyDict.class, Types.DICT, name);
            noArgs("dict." + name, a, kw);
            return new DictView(d, kind);
        });
    }

    /**
     * {@code dict.update(other)}: a dict, an object with {@code keys()} (read as a mapping), or an iterable of
     * pairs.
     */
    static void update(CallContext ctx, PyDict d, PyObject other) {
        if (other instanceof PyInstance && Attrs.find(other, "keys") != null) {
            PyObject keys = ctx.call(Attrs.get(ctx, other, "keys"));
            PyIterator it = Items.iter(ctx, keys);
            for (PyObject k = it.next(ctx); k != null; k = it.next(ctx)) {
                d.map.put(Ops.checkHashable(k), Items.getItem(ctx, other, k));
            }
            return;
        }
        Constructors.update(ctx, d, other);
    }

    /** {@code dict.fromkeys(iterable, value=None)}; {@code a[0]} is the class when called through the type. */
    private static PyObject fromKeys(CallContext ctx, PyObject[] a, PyDict kw) {
        noKeywords("dict.fromkeys", kw);
        int from = a.length > 0 && a[0] instanceof PyType ? 1 : 0;
        int n = a.length - from;
        if (n < 1) {
            throw Errors.typeError("fromkeys expected at least 1 argument, got " + n);
        }
        if (n > 2) {
            throw Errors.typeError("fromkeys expected at most 2 arguments, got " + n);
        }
        PyObject value = n > 1 ? a[from + 1] : PyNone.NONE;
        PyDict d = new PyDict();
        ItemCount count = Lengths.chargeDrain(ctx, a[from], WorkMeter.DICT_ENTRY_BYTES);
        PyIterator it = Items.iter(ctx, a[from]);
        for (PyObject k = it.next(ctx); k != null; k = it.next(ctx)) {
            if (count != null) {
                count.add();
            }
            d.map.put(Ops.checkHashable(k), value);
        }
        return d;
    }
}
