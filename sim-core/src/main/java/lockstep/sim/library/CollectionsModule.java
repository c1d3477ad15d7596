package lockstep.sim.library;

import java.util.Map;
import lockstep.sim.runtime.PyObject;

/**
 * {@code _collections}, the native half of {@code collections} (whose other half, namedtuple and ChainMap, is
 * {@code collections.py}): deque, defaultdict, OrderedDict and Counter, and the making of a namedtuple's class
 * ({@link NamedTuples}).
 */
final class CollectionsModule {
    private CollectionsModule() {}

    static void install(Map<String, PyObject> d) {
        d.put("deque", Deques.DEQUE);
        d.put("defaultdict", DerivedDicts.DEFAULTDICT);
        d.put("OrderedDict", DerivedDicts.ORDERED_DICT);
        d.put("Counter", Counters.COUNTER);
        // namedtuple's classes: program classes based on tuple, made at run time as CPython's namedtuple does.
        Natives.function(d, "_tuple_class", (ctx, a, kw) -> NamedTuples.makeClass(a));
    }
}
