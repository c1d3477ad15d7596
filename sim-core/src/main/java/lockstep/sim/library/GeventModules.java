package lockstep.sim.library;

import java.util.LinkedHashMap;
import java.util.Set;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.Ops;

/**
 * gevent and its submodules ({@code gevent.queue}, {@code gevent.lock}, {@code gevent.event}, {@code gevent.monkey},
 * {@code gevent.pool}),
 * written in the scenario language over {@code _asyncio}'s coroutine suspension: greenlets are coroutines that a hub
 * in {@code gevent.py} switches between on one thread. gevent's hub, greenlets and queues are compiled (Cython and
 * C) in CPython's gevent, so its code runs at C speed. Each module is compiled once per JVM, when first imported.
 */
final class GeventModules {
    private GeventModules() {}

    static final Set<String> NAMES = Set.of("gevent", "gevent.queue", "gevent.lock", "gevent.event", "gevent.monkey",
            "gevent.pool");

    /** The native helper of the hub: what gevent.py cannot say in the language. */
    static final String NATIVE = "_gevent";

    /**
     * {@code _gevent.print_exception(error, trailer)}: a greenlet's uncaught error on stderr as gevent's hub prints
     * it, the traceback first and then its own line (the time and which greenlet failed).
     */
    static void install(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "print_exception", (ctx, a, kw) -> {
            Args.count("print_exception", a, 2, 2);
            StringBuilder text = new StringBuilder();
            if (a[0] instanceof PyBaseException e) {
                text.append(ctx.output().formatTraceback(e)).append('\n');
            }
            ctx.output().writeError(text.append(Ops.str(ctx, a[1])).toString());
            return PyNone.NONE;
        });
    }

    /** The compiled top level of gevent module {@code name}. */
    static CodeObject code(String name) {
        return switch (name) {
            case "gevent" -> Gevent.CODE;
            case "gevent.queue" -> Queue.CODE;
            case "gevent.lock" -> Lock.CODE;
            case "gevent.event" -> Event.CODE;
            case "gevent.monkey" -> Monkey.CODE;
            case "gevent.pool" -> Pool.CODE;
            default -> throw new IllegalStateException("no gevent module " + name);
        };
    }

    private static CodeObject compile(String name) {
        CodeObject code = Modules.compileLibrary(name);
        code.markRunsAtCSpeed();
        return code;
    }

    private static final class Gevent {
        static final CodeObject CODE = compile("gevent");
    }

    private static final class Queue {
        static final CodeObject CODE = compile("gevent.queue");
    }

    private static final class Lock {
        static final CodeObject CODE = compile("gevent.lock");
    }

    private static final class Event {
        static final CodeObject CODE = compile("gevent.event");
    }

    private static final class Monkey {
        static final CodeObject CODE = compile("gevent.monkey");
    }

    private static final class Pool {
        static final CodeObject CODE = compile("gevent.pool");
    }
}
