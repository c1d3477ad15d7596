package lockstep.sim.machine;

import lockstep.sim.library.Modules;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;

/**
 * CPython's {@code RuntimeWarning: coroutine 'f' was never awaited}: a coroutine a CALL made and the very next
 * instruction discarded ({@code f()} or {@code asyncio.sleep(1)} written as a statement, without {@code await}) was
 * seen by nothing else, so that POP_TOP drops CPython's only reference and the coroutine is finalized there, unstarted:
 * CPython warns at once, through {@code warnings}, at the line of the frame that dropped it. Without reference
 * counting this is the one drop that is certain; a coroutine kept in a name and never awaited is finalized when the
 * garbage collector decides, and is not followed.
 */
final class UnawaitedCoroutines {
    private final Interpreter interpreter;

    UnawaitedCoroutines(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** A POP_TOP in frame {@code f} discarded coroutine {@code c}, which a CALL had made. */
    void popped(Frame f, Coroutine c) {
        boolean dropped = c.madeIn == f && c.madeBefore == f.pc - 1 && c.state == Coroutine.State.CREATED;
        c.madeIn = null;
        // The library's own code never drops a coroutine it made; only the program's drops are CPython's.
        if (!dropped || Modules.isLibraryFile(f.code.fileName)) {
            return;
        }
        c.close();
        SimThread t = interpreter.thread;
        PyModule warnings = interpreter.machine.modules.importModule(t.process, "warnings");
        try {
            interpreter.calls.callFromJava(warnings.dict.get("_warn_unawaited_coroutine"), new PyObject[] {c}, null);
        } catch (PyRaise r) {
            // As CPython's finalizer: a warning turned into an error cannot propagate, it is printed as ignored.
            if (r.exception.traceback.isEmpty()) {
                Unwinder.addEntry(r.exception, f);
            }
            Machine machine = interpreter.machine;
            machine.writeError("Exception ignored in: " + Ops.repr(interpreter.context, c) + "\n"
                    + Traceback.formatUnchained(r.exception, interpreter.describe(r.exception), machine.source())
                    + "\n");
        }
    }
}
