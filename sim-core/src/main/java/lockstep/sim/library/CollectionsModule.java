package lockstep.sim.library;

import java.util.Map;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * {@code _collections}, the native half of {@code collections} (whose other half, namedtuple and ChainMap, is
 * {@code collections.py}): deque, defaultdict, OrderedDict and Counter, and the making of a namedtuple's class.
 */
final class CollectionsModule {
    private CollectionsModule() {}

    static void install(Map<String, PyObject> d) {
        d.put("deque", Deques.DEQUE);
        d.put("defaultdict", DerivedDicts.DEFAULTDICT);
        d.put("OrderedDict", DerivedDicts.ORDERED_DICT);
        d.put("Counter", Counters.COUNTER);
        // namedtuple's class: a program class named at run time, as CPython's namedtuple makes with type().
        Natives.function(d, "_make_class", (ctx, a, kw) -> {
            Args.count("_make_class", a, 3, 3);
            String name = Args.asString(a[0], "_make_class()");
            String module = Args.asString(a[1], "_make_class()");
            if (!(a[2] instanceof PyDict namespace)) {
                throw Errors.typeError("_make_class() namespace must be a dict");
            }
            PyType type = new PyType(name, Types.OBJECT, false, module);
            for (Map.Entry<PyObject, PyObject> e : namespace.map.entrySet()) {
                type.dict.put(((PyStr) e.getKey()).value, e.getValue());
            }
            return type;
        });
        // A namedtuple's fields are set once, past its __setattr__ that refuses every later change.
        Natives.function(d, "_setattr", (ctx, a, kw) -> {
            Args.count("_setattr", a, 3, 3);
            if (!(a[0] instanceof lockstep.sim.runtime.PyInstance instance)) {
                throw Errors.typeError("_setattr() needs an instance");
            }
            instance.dict.put(Args.asString(a[1], "_setattr()"), a[2]);
            return lockstep.sim.runtime.PyNone.NONE;
        });
    }
}
