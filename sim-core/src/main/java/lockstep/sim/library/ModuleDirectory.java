package lockstep.sim.library;

import java.util.List;
import java.util.Map;

/**
 * The modules CPython 3.11's library modules hold as attributes once imported (their submodules, like
 * {@code asyncio.coroutines}, and the modules they import, like {@code asyncio.sys}), which {@code dir()} lists and
 * so "Did you mean" considers: {@code asyncio.coroutine} is answered with {@code 'coroutines'}. The simulated modules
 * are single files without these, so their names are kept here, as {@code python3 -I -S} lists them.
 */
public final class ModuleDirectory {
    private static final Map<String, List<String>> MODULE_ATTRIBUTES = Map.ofEntries(
            Map.entry("asyncio", List.of("base_events", "base_futures", "base_subprocess", "base_tasks", "constants",
                    "coroutines", "events", "exceptions", "format_helpers", "futures", "locks", "log", "mixins",
                    "protocols", "queues", "runners", "selector_events", "sslproto", "staggered", "streams",
                    "subprocess", "sys", "taskgroups", "tasks", "threads", "timeouts", "transports", "trsock",
                    "unix_events")),
            Map.entry("threading", List.of("_os", "_sys", "functools")),
            Map.entry("queue", List.of("threading", "types")),
            Map.entry("os", List.of("abc", "path", "st", "sys")),
            Map.entry("multiprocessing", List.of("context", "process", "reducer", "reduction", "sys")),
            Map.entry("multiprocessing.dummy", List.of("array", "connection", "sys", "threading", "weakref")),
            Map.entry("multiprocessing.pool", List.of("collections", "itertools", "os", "queue", "threading", "time",
                    "traceback", "types", "util", "warnings")),
            Map.entry("logging", List.of("atexit", "collections", "io", "os", "re", "sys", "threading", "time",
                    "traceback", "warnings", "weakref")),
            Map.entry("logging.handlers", List.of("copy", "io", "logging", "os", "pickle", "queue", "re", "socket",
                    "struct", "threading", "time")),
            Map.entry("datetime", List.of("sys")),
            Map.entry("json", List.of("codecs", "decoder", "encoder", "scanner")),
            Map.entry("pprint", List.of("_collections", "_dataclasses", "_sys", "_types", "re")),
            Map.entry("uuid", List.of("_uuid", "os", "platform", "sys")),
            Map.entry("signal", List.of("_signal")),
            Map.entry("dataclasses", List.of("_thread", "abc", "builtins", "copy", "functools", "inspect",
                    "itertools", "keyword", "re", "sys", "types")),
            Map.entry("contextlib", List.of("_collections_abc", "abc", "os", "sys")),
            Map.entry("collections", List.of("_collections_abc", "_sys", "abc")),
            Map.entry("string", List.of("_re", "_string")),
            Map.entry("random", List.of("_os", "_random")),
            Map.entry("warnings", List.of("sys")));

    private ModuleDirectory() {}

    /** The modules CPython's module {@code name} holds as attributes, or none. */
    public static List<String> moduleAttributes(String name) {
        return MODULE_ATTRIBUTES.getOrDefault(name, List.of());
    }
}
