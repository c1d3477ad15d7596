package lockstep.sim.machine;

import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;

/**
 * What the main thread runs once the program's top level has ended (normally or by an uncaught exception) and
 * before the interpreter waits for the other threads: {@code threading}'s exit hooks, newest first, as CPython's
 * {@code threading._shutdown} runs them — {@code concurrent.futures} shuts its executors down there.
 */
final class ExitHooks {
    private final Machine machine;
    private boolean ran;

    ExitHooks(Machine machine) {
        this.machine = machine;
    }

    /**
     * The frame, not yet entered, that runs the hooks; null when {@code t} is not the run's main thread, the hooks
     * have run, or none is registered.
     */
    Frame frame(SimThread t) {
        if (ran || t != machine.mainThread) {
            return null;
        }
        PyModule threading = t.process.modules.get("threading");
        if (threading == null || !(threading.dict.get("_threading_atexits") instanceof PyList hooks)
                || hooks.items.isEmpty()) {
            return null;
        }
        ran = true;
        return machine.interpreter.entryFrame(threading.dict.get("_run_exit_hooks"), new PyObject[0]);
    }
}
