package lockstep.sim.library;

import lockstep.sim.compile.CodeObject;

/**
 * The standard library modules the tutorials use that are written in the scenario language: {@code time} and
 * {@code sys} over their natives, {@code logging} and {@code logging.handlers}, {@code atexit}, {@code datetime},
 * {@code json}, {@code pprint}, {@code uuid} and {@code warnings}. Each is compiled once per JVM, when first imported.
 */
final class StdlibModules {
    private StdlibModules() {}

    /** The compiled top level of library module {@code name}. */
    static CodeObject code(String name) {
        return switch (name) {
            case "time" -> Time.CODE;
            case "sys" -> Sys.CODE;
            case "logging" -> Logging.CODE;
            case "logging.handlers" -> LoggingHandlers.CODE;
            case "atexit" -> Atexit.CODE;
            case "datetime" -> Datetime.CODE;
            case "json" -> Json.CODE;
            case "pprint" -> Pprint.CODE;
            case "uuid" -> Uuid.CODE;
            case "warnings" -> Warnings.CODE;
            default -> throw new IllegalStateException("no compiled library module " + name);
        };
    }

    /** Modules that are C in CPython ({@code time}, {@code sys}, {@code _datetime}, {@code _json}) run at C speed. */
    static boolean runsAtCSpeed(String name) {
        return switch (name) {
            case "time", "sys", "datetime", "json", "warnings" -> true;
            default -> false;
        };
    }

    private static final class Time {
        static final CodeObject CODE = Modules.compileLibrary("time");
    }

    private static final class Sys {
        static final CodeObject CODE = Modules.compileLibrary("sys");
    }

    private static final class Logging {
        static final CodeObject CODE = Modules.compileLibrary("logging");
    }

    private static final class LoggingHandlers {
        static final CodeObject CODE = Modules.compileLibrary("logging.handlers");
    }

    private static final class Atexit {
        static final CodeObject CODE = Modules.compileLibrary("atexit");
    }

    private static final class Datetime {
        static final CodeObject CODE = Modules.compileLibrary("datetime");
    }

    private static final class Json {
        static final CodeObject CODE = Modules.compileLibrary("json");
    }

    private static final class Pprint {
        static final CodeObject CODE = Modules.compileLibrary("pprint");
    }

    private static final class Uuid {
        static final CodeObject CODE = Modules.compileLibrary("uuid");
    }

    /** CPython's warnings machinery is C ({@code _warnings}); the module runs at C speed. */
    private static final class Warnings {
        static final CodeObject CODE = Modules.compileLibrary("warnings");
    }
}
