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
            return PyInt.of(ctx.threads().startThread(a[0], args.items, null, false).id());
        });
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
                ctx.sync().label(so.key(), Ops.str(ctx, a[1]));
            }
            if (a.length >= 3 && a[0] instanceof Locks.Lock lock) {
                lock.signal = Ops.truthy(ctx, a[2]);
                lock.blockedState = a.length == 4 && Ops.truthy(ctx, a[3]);
            }
            return PyNone.NONE;
        });
        Natives.function(d, "_thread_name", (ctx, a, kw) -> PyStr.of(ctx.threads().currentThread().name()));
    }
}
