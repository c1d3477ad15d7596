package lockstep.sim.library;

import java.util.LinkedHashMap;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;

/**
 * The {@code _thread} module: the native locks, thread creation and identity that {@code threading.py} (written in
 * the scenario language, like CPython's) builds on.
 */
final class ThreadModule {
    private ThreadModule() {}

    static void install(LinkedHashMap<String, PyObject> d) {
        d.put("LockType", Locks.LOCK);
        d.put("RLock", Locks.RLOCK);
        d.put("_local", ThreadLocals.LOCAL);
        Natives.function(d, "allocate_lock", (ctx, a, kw) -> ctx.call(Locks.LOCK));
        Natives.function(d, "get_ident", (ctx, a, kw) -> PyInt.of(ctx.threads().currentThread().id()));
        Natives.function(d, "_start", (ctx, a, kw) -> {
            Args.count("_start", a, 3, 3);
            String name = a[1] == PyNone.NONE ? null : Ops.str(ctx, a[1]);
            return PyInt.of(ctx.threads().startThread(a[0], new PyObject[0], name, Ops.truthy(ctx, a[2])).id());
        });
        Natives.function(d, "start_new_thread", (ctx, a, kw) -> {
            Args.count("start_new_thread", a, 2, 3);
            if (!(a[1] instanceof PyTuple args)) {
                throw Errors.typeError("2nd arg must be a tuple");
            }
            if (a.length == 3 && a[2] instanceof lockstep.sim.runtime.PyDict kwargs && !kwargs.map.isEmpty()) {
                throw Errors.typeError("keyword arguments to start_new_thread are outside the scenario language");
            }
            // CPython's interpreter does not wait for these threads at exit: they end with the process.
            return PyInt.of(ctx.threads().startBareThread(a[0], args.items).id());
        });
        d.put("start_new", d.get("start_new_thread"));
        d.put("error", lockstep.sim.runtime.Types.RUNTIME_ERROR);
        d.put("TIMEOUT_MAX", new lockstep.sim.runtime.PyFloat(9223372036.0));
        d.put("allocate", d.get("allocate_lock"));
        Natives.function(d, "get_native_id", (ctx, a, kw) -> PyInt.of(ctx.threads().currentThread().id()));
        Natives.function(d, "exit", (ctx, a, kw) -> {
            throw new lockstep.sim.runtime.PyRaise(new PyBaseException(lockstep.sim.runtime.Types.SYSTEM_EXIT));
        });
        d.put("exit_thread", d.get("exit"));
        Natives.function(d, "stack_size", (ctx, a, kw) -> PyInt.ZERO);
        Natives.function(d, "_excepthook", (ctx, a, kw) -> {
            Args.count("_excepthook", a, 2, 2);
            if (a[1] instanceof PyBaseException e) {
                ctx.output().reportThreadException(Ops.str(ctx, a[0]), e);
            }
            return PyNone.NONE;
        });
        Natives.function(d, "_label", (ctx, a, kw) -> {
            Args.count("_label", a, 2, 4);
            if (a[0] instanceof lockstep.sim.runtime.SyncObject so) {
                ctx.sync().label(so.key(), labelled(ctx, Ops.str(ctx, a[1])));
            }
            if (a.length >= 3 && a[0] instanceof Locks.Lock lock) {
                lock.signal = Ops.truthy(ctx, a[2]);
                lock.blockedState = a.length == 4 && Ops.truthy(ctx, a[3]);
            }
            return PyNone.NONE;
        });
        Natives.function(d, "_thread_name", (ctx, a, kw) -> PyStr.of(ctx.threads().currentThread().name()));
    }

    /**
     * The typed name for a label {@code threading.py} gives a lock it waits on. Its texts are the library's own
     * constants, kept as they are because the library's steps (and so every run's timing) are CPython's code: a
     * thread's join lock is labelled "the end of " and the thread's name, a condition's waiter "a notify", a
     * semaphore's "a semaphore". Any other text is a name as the program wrote it.
     */
    private static lockstep.sim.trace.ObjectName labelled(lockstep.sim.runtime.CallContext ctx, String text) {
        lockstep.sim.runtime.ThreadHandle current = ctx.threads().currentThread();
        if (text.equals("the end of " + current.name())) {
            return new lockstep.sim.trace.ObjectName.ThreadEnd(current.id());
        }
        return switch (text) {
            case "a notify" -> new lockstep.sim.trace.ObjectName.Notify();
            case "a semaphore" -> new lockstep.sim.trace.ObjectName.SemaphoreRelease();
            default -> new lockstep.sim.trace.ObjectName.Variable(text);
        };
    }
}
