package lockstep.sim.machine;

import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;

/**
 * CPython's interpreter shutdown for {@code atexit}: once the main thread's program has ended, it waits for the
 * non-daemon threads and runs the registered functions, last first ({@code atexit._shutdown}, in the language).
 */
final class ExitHandlers {
    private ExitHandlers() {}

    /** The main thread's frame that runs {@code atexit}'s functions, or null when the process registered none. */
    static Frame shutdownFrame(Interpreter interpreter, PyModule atexit) {
        if (atexit == null || atexit.dict.get("_ran") != PyBool.FALSE) {
            return null;
        }
        PyObject handlers = atexit.dict.get("_exithandlers");
        if (!(handlers instanceof PyList registered) || registered.items.isEmpty()) {
            return null;
        }
        return interpreter.entryFrame(atexit.dict.get("_shutdown"), new PyObject[0]);
    }
}
