package lockstep.sim.library;

import java.util.Map;
import java.util.Set;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.runtime.PyObject;

/**
 * The general-purpose modules tutorials import beside the concurrency ones: itertools, collections, operator,
 * string, heapq, bisect and copy. Where CPython writes a module in Python (string, heapq, bisect, most of
 * collections) it is written in the scenario language as a resource; where CPython writes it in C it is native.
 */
final class UtilityModules {
    static final Set<String> NAMES = Set.of("itertools", "collections", "_collections", "operator", "string", "heapq",
            "bisect", "copy");
    static final Set<String> IN_PYTHON = Set.of("collections", "string", "heapq", "bisect");

    private UtilityModules() {}

    /** The compiled top level of one of these modules written in Python. */
    static CodeObject pythonSource(String name) {
        return switch (name) {
            case "collections" -> Compiled.Collections.CODE;
            case "string" -> Compiled.StringModule.CODE;
            case "heapq" -> Compiled.Heapq.CODE;
            case "bisect" -> Compiled.Bisect.CODE;
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

        private static final class Heapq {
            static final CodeObject CODE = Modules.compileLibrary("heapq");
        }

        private static final class Bisect {
            static final CodeObject CODE = Modules.compileLibrary("bisect");
        }
    }
}
