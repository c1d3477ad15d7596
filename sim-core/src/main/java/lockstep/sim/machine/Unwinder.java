package lockstep.sim.machine;

import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * Exceptions in the interpreter: what {@code raise} raises, whether an except clause matches, and the unwinding of
 * frames to the innermost handler, adding each frame left to the traceback.
 */
final class Unwinder {
    private final Interpreter interpreter;

    Unwinder(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /**
     * Routes an exception raised in frame {@code f} to its handler, unwinding frames as needed. Returns the frame to
     * continue in, or null when the thread ended; throws when the exception leaves a call made from Java.
     */
    Frame handle(Frame f, PyBaseException e, boolean reraise, Frame boundary) {
        SimThread t = interpreter.thread;
        if (!reraise) {
            if (e.context == null && t.handledException != null && t.handledException != e) {
                e.context = t.handledException;
            }
            addEntry(e, f);
        }
        while (true) {
            while (f.blockCount > 0) {
                int kind = f.topBlockKind();
                if (kind == Frame.BLOCK_EXCEPT_HANDLER) {
                    t.handledException = f.topBlockSavedException();
                    f.popBlock();
                    continue;
                }
                int handler = f.topBlockHandler();
                int level = f.topBlockLevel();
                f.popBlock();
                interpreter.generators.dropped.closeDropped(f, level);
                for (int i = level; i < f.sp; i++) {
                    f.stack[i] = null;
                }
                f.sp = level;
                f.pushBlock(Frame.BLOCK_EXCEPT_HANDLER, -1, level, t.handledException);
                t.handledException = e;
                f.stack[f.sp++] = e;
                f.pc = handler;
                return f;
            }
            interpreter.generators.dropped.closeDropped(f, 0);
            Frame caller = f.back;
            t.depth--;
            t.frame = caller;
            if (f.generator != null || f.returnMode == Frame.ReturnMode.FOR_ITER_NEXT
                    || f.returnMode == Frame.ReturnMode.NEXT_WITH_DEFAULT) {
                PyBaseException[] escaping = {e};
                Frame resumed = interpreter.generators.leaving(t, f, caller, escaping);
                if (resumed != null) {
                    return resumed;
                }
                e = escaping[0];
            }
            if (f.coroutine != null) {
                f.coroutine.close();
                if (f.returnMode == Frame.ReturnMode.SEND) {
                    CoroutineSwitch.leaveTask(t);
                }
            }
            if (f == boundary || f.returnMode == Frame.ReturnMode.TO_JAVA) {
                throw new PyRaise(e);
            }
            if (caller == null) {
                // As CPython: the traceback is printed now; the main thread then runs threading's exit hooks and
                // atexit's functions, and still ends with this exception.
                interpreter.machine.uncaughtRaised(t, e);
                Frame shutdown = interpreter.topLevelEnd.shutdownAfterUncaught(t);
                if (shutdown != null) {
                    return shutdown;
                }
                interpreter.machine.threadFinished(t, null);
                return null;
            }
            f = caller;
            addEntry(e, f);
        }
    }

    /** {@code RAISE_VARARGS}: the exception a {@code raise} statement raises. */
    PyBaseException raise(Frame f, int arg) {
        if (arg == 0) {
            PyBaseException current = interpreter.thread.handledException;
            if (current == null) {
                throw Errors.raise(Types.RUNTIME_ERROR, "No active exception to reraise");
            }
            return current;
        }
        PyObject cause = arg == 2 ? f.stack[--f.sp] : null;
        PyBaseException e = toException(f.stack[--f.sp]);
        if (cause != null) {
            e.cause = cause == PyNone.NONE ? null : toException(cause);
            e.suppressContext = true;
        }
        return e;
    }

    private PyBaseException toException(PyObject o) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        if (o instanceof PyType type && type.isSubtypeOf(Types.BASE_EXCEPTION)) {
            PyObject made = interpreter.context.call(type);
            return (PyBaseException) made;
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    /** {@code CHECK_EXC_MATCH}: whether an except clause naming {@code type} (or a tuple of types) catches {@code exc}. */
    boolean exceptionMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject item : t.items) {
                if (exceptionMatches(exc, item)) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof PyType cls) || !cls.isSubtypeOf(Types.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf(cls);
    }

    /**
     * Puts frame {@code f} at the head of {@code e}'s traceback, unless it runs what CPython does in C (the
     * iteration of a built-in, see {@link lockstep.sim.library.Modules#standsForBuiltIn}), which has no entry.
     */
    static void addEntry(PyBaseException e, Frame f) {
        if (!lockstep.sim.library.Modules.standsForBuiltIn(f.code.fileName)) {
            e.traceback.add(0, new PyBaseException.TracebackEntry(f.code.fileName, f.currentLine(), f.code.name));
        }
    }
}
