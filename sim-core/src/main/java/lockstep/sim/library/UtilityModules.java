package lockstep.sim.library;

import java.util.Map;
import java.util.Set;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.runtime.PyObject;

/**
 * The general-purpose modules tutorials import beside the concurrency ones: itertools, collections, operator,
 * string, heapq, bisect and copy. Where CPython writes a module in Python (string, namedtuple and ChainMap in
 * collections) it is written in the scenario language as a resource; where CPython runs C (itertools, operator,
 * deque and the dict types, and the accelerators of heapq and bisect, which make their calls atomic between
 * threads) it is native.
 */
final class UtilityModules {
    static final Set<String> NAMES = Set.of("itertools", "collections", "_collections", "operator", "string", "heapq",
            "bisect", "copy");
    static final Set<String> IN_PYTHON = Set.of("collections", "string");

    private UtilityModules() {}

    /** The compiled top level of one of these modules written in Python. */
    static CodeObject pythonSource(String name) {
        return switch (name) {
            case "collections" -> Compiled.Collections.CODE;
            case "string" -> Compiled.StringModule.CODE;
            default -> throw new IllegalStateException("no compiled library module " + name);
        };
    }

    /** Fills a native module's namespace. */
    static void install(String name, Map<String, PyObject> d) {
        switch (name) {
            case "itertools" -> ItertoolsModule.install(d);
            case "_collections" -> CollectionsModule.install(d);
            case "operator" -> OperatorModule.install(d);
            case "copy" -> CopyModule.install(d);
            case "heapq" -> HeapqModule.install(d);
            case "bisect" -> BisectModule.install(d);
            default -> throw new IllegalStateException("no native library module " + name);
        }
    }

    /** Each module compiled once per JVM, when first imported (a class's initializer runs once). */
    private static final class Compiled {
        private Compiled() {}

        private static final class Collections {
            static final CodeObject CODE = Modules.compileLibrary("collections");
        }

        private static final class StringModule {
            static final CodeObject CODE = Modules.compileLibrary("string");
        }
    }
}
