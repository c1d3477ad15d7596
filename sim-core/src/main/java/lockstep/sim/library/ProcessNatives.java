package lockstep.sim.library;

import java.util.LinkedHashMap;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;

/**
 * The natives of {@code _os} that multiprocessing's processes need beyond fork, spawn and wait: signals that end a
 * process, daemonic children, and the report of a process's uncaught exception.
 */
final class ProcessNatives {
    private ProcessNatives() {}

    static void install(LinkedHashMap<String, PyObject> d) {
        SharedMemory.install(d);
        Natives.function(d, "_kill", (ctx, a, kw) -> {
            Args.count("_kill", a, 2, 2);
            MachineRequest ends = ctx.processes().kill((int) Args.asLong(a[0]), (int) Args.asLong(a[1]));
            return ends != null ? ends : PyNone.NONE;
        });
        Natives.function(d, "_signal", (ctx, a, kw) -> {
            Args.count("_signal", a, 2, 2);
            return ctx.processes().setSignalHandler((int) Args.asLong(a[0]), a[1]);
        });
        Natives.function(d, "_getsignal", (ctx, a, kw) -> {
            Args.count("_getsignal", a, 1, 1);
            return ctx.processes().signalHandler((int) Args.asLong(a[0]));
        });
        Natives.function(d, "_setitimer", (ctx, a, kw) -> {
            Args.count("_setitimer", a, 2, 2);
            long[] old = ctx.processes().setAlarm(Math.round(Args.asDouble(a[0]) * 1e9),
                    Math.round(Args.asDouble(a[1]) * 1e9));
            return lockstep.sim.runtime.PyTuple.of(new lockstep.sim.runtime.PyFloat(old[0] / 1e9),
                    new lockstep.sim.runtime.PyFloat(old[1] / 1e9));
        });
        Natives.function(d, "_pause", (ctx, a, kw) -> new MachineRequest.Block(ctx.processes().signalWait(), -1));
        Natives.function(d, "_imported", (ctx, a, kw) -> {
            Args.count("_imported", a, 1, 1);
            return lockstep.sim.runtime.PyBool.of(ctx.processes().imported(Ops.str(ctx, a[0])));
        });
        Natives.function(d, "_daemon_child", (ctx, a, kw) -> {
            Args.count("_daemon_child", a, 1, 1);
            ctx.processes().markDaemonChild((int) Args.asLong(a[0]));
            return PyNone.NONE;
        });
        Natives.function(d, "_process_excepthook", (ctx, a, kw) -> {
            Args.count("_process_excepthook", a, 2, 2);
            if (a[1] instanceof PyBaseException e) {
                ctx.output().reportProcessException(Ops.str(ctx, a[0]), e);
            }
            return PyNone.NONE;
        });
    }
}
