package lockstep.sim.machine;

import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.Types;

/**
 * What a thread runs once its bottom frame has returned or raised: a spawned process's multiprocessing bootstrap
 * after the top level it re-ran as {@code __mp_main__}, and on the run's main thread CPython's interpreter shutdown
 * (threading's exit hooks, then atexit's functions, then asyncio's destroyed pending tasks), part by part.
 */
final class TopLevelEnd {
    private final Interpreter interpreter;
    /** Whether threading's exit hooks have been run (they run once, even after an uncaught exception). */
    private boolean exitHooksRan;
    /** Whether the pending tasks of closed event loops have been reported destroyed (once, last). */
    private boolean destroyedTasksReported;

    TopLevelEnd(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /**
     * What a thread whose bottom frame returned runs next, or null when it has finished: a spawned process's
     * multiprocessing bootstrap after its top level; for the run's main thread, CPython's interpreter shutdown.
     */
    Frame next(SimThread t) {
        if (t.spawnEntry != null) {
            return spawnEntryFrame(t);
        }
        return mainShutdownFrame(t);
    }

    /**
     * The main thread's program ended with an uncaught exception (SystemExit included), already reported: as
     * CPython, the shutdown still runs. Returns its frame, entered, or null when there is nothing to run.
     */
    Frame shutdownAfterUncaught(SimThread t) {
        Frame shutdown = mainShutdownFrame(t);
        if (shutdown != null) {
            t.depth = 0;
            interpreter.calls.enter(shutdown, null);
        }
        return shutdown;
    }

    /**
     * The next part of CPython's shutdown on the run's main thread, not yet entered, or null once it is all done:
     * threading's exit hooks first ({@code threading._shutdown}), then atexit's functions after the non-daemon
     * threads. Each part runs once, so asking again after a part has returned gives the next.
     */
    private Frame mainShutdownFrame(SimThread t) {
        if (t != interpreter.machine.mainThread) {
            return null;
        }
        Frame hooks = threadingExitHooks(t);
        if (hooks != null) {
            return hooks;
        }
        Frame atexit = atexitFunctions(t);
        return atexit != null ? atexit : destroyedTasksReport(t);
    }

    /**
     * The frame that reports, as CPython's collector does at exit, the tasks still pending on event loops the program
     * closed ({@code asyncio._report_destroyed_pending}); null when there are none, so other runs take no step more.
     */
    private Frame destroyedTasksReport(SimThread t) {
        PyModule asyncio = t.process.modules.get("asyncio");
        if (destroyedTasksReported || asyncio == null || !(asyncio.dict.get("_all_tasks") instanceof PyList tasks)) {
            return null;
        }
        for (PyObject task : tasks.items) {
            if (task instanceof PyInstance inst && PyStr.of("PENDING").equals(inst.dict.get("_state"))
                    && inst.dict.get("_loop") instanceof PyInstance loop && loop.dict.get("_closed") == PyBool.TRUE) {
                destroyedTasksReported = true;
                return interpreter.entryFrame(asyncio.dict.get("_report_destroyed_pending"), new PyObject[0]);
            }
        }
        return null;
    }

    /**
     * The frame that runs {@code threading}'s exit hooks, newest first, as CPython's {@code threading._shutdown}
     * runs them before waiting for the other threads ({@code concurrent.futures} shuts its executors down there);
     * null once they have run or when none is registered.
     */
    private Frame threadingExitHooks(SimThread t) {
        PyModule threading = t.process.modules.get("threading");
        if (exitHooksRan || threading == null
                || !(threading.dict.get("_threading_atexits") instanceof PyList hooks) || hooks.items.isEmpty()) {
            return null;
        }
        exitHooksRan = true;
        return interpreter.entryFrame(threading.dict.get("_run_exit_hooks"), new PyObject[0]);
    }

    /**
     * The frame that runs {@code atexit._shutdown}: it waits for the non-daemon threads, then calls the registered
     * functions, last first; null when the process registered none or they have run.
     */
    private Frame atexitFunctions(SimThread t) {
        PyModule atexit = interpreter.machine.modules.moduleOf(t, "atexit");
        if (atexit == null || atexit.dict.get("_ran") != PyBool.FALSE
                || !(atexit.dict.get("_exithandlers") instanceof PyList registered) || registered.items.isEmpty()) {
            return null;
        }
        return interpreter.entryFrame(atexit.dict.get("_shutdown"), new PyObject[0]);
    }

    /** The frame that calls {@code multiprocessing._spawn_bootstrap} in a spawned process. */
    private Frame spawnEntryFrame(SimThread t) {
        PyModule mp = interpreter.machine.modules.moduleOf(t, "multiprocessing");
        String entry = t.spawnEntry;
        PyObject[] args = t.spawnArgs;
        t.spawnEntry = null;
        t.spawnArgs = null;
        PyObject function = mp == null ? null : mp.dict.get(entry);
        if (function == null) {
            throw Errors.raise(Types.RUNTIME_ERROR, "the spawned process did not import multiprocessing");
        }
        return interpreter.entryFrame(function, args);
    }
}
