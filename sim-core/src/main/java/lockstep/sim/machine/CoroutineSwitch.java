package lockstep.sim.machine;

import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.Types;

/**
 * Coroutine switching on a thread: {@code await} entering a coroutine like a call, {@code send}/{@code throw}
 * attaching a coroutine's frames to the thread, {@code _suspend} detaching them, and the task each step runs in.
 */
final class CoroutineSwitch {
    private final Interpreter interpreter;

    CoroutineSwitch(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** A step that switches tasks is reported under the task that ran when it began. */
    static void rememberTaskAtStepStart(SimThread t) {
        t.taskAtStepStart = t.currentTask;
        t.switchedTask = true;
    }

    /** The task's coroutine has returned or raised: the steps that follow are the event loop's. */
    static void leaveTask(SimThread t) {
        rememberTaskAtStepStart(t);
        t.currentTask = null;
    }

    /**
     * Carries out the yield or resume a native asked for in frame {@code f}; returns the frame to go on in. A thrown
     * exception is raised in the resumed coroutine's innermost frame.
     */
    Frame switchCoroutine(Frame f, Frame boundary, MachineRequest request) {
        SimThread thread = interpreter.thread;
        rememberTaskAtStepStart(thread);
        if (request instanceof MachineRequest.Yield yield) {
            return Coroutine.detach(thread, f, boundary, yield.value);
        }
        MachineRequest.Resume resume = (MachineRequest.Resume) request;
        Coroutine c = (Coroutine) resume.coroutine;
        PyObject value = resume.value;
        PyBaseException thrown = resume.thrown;
        if (thread.depth + c.frameCount >= Interpreter.MAX_DEPTH) {
            throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        Frame resumed = c.attach(thread, f, value, thrown);
        if (thrown != null) {
            interpreter.raiseFrame = resumed;
            throw new PyRaise(thrown);
        }
        return resumed;
    }

    /** {@code await x}: runs coroutine {@code x}, or the coroutine {@code x.__await__()} returns, as a call. */
    Frame await(Frame f, PyObject awaitable) {
        if (awaitable instanceof lockstep.sim.runtime.AsyncGenStep step) {
            return interpreter.generators.awaitStep(f, step);
        }
        PyObject target = awaitable;
        if (!(target instanceof Coroutine)) {
            PyObject method = target.type().lookup("__await__");
            if (method == null) {
                throw Errors.typeError("object " + target.type().name + " can't be used in 'await' expression");
            }
            target = interpreter.context.call(method, target);
            if (!(target instanceof Coroutine)) {
                throw Errors.typeError("__await__() returned non-iterator of type '" + target.type().name + "'");
            }
        }
        Coroutine c = (Coroutine) target;
        if (c.state != Coroutine.State.CREATED) {
            throw Errors.raise(Types.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
        }
        c.state = Coroutine.State.RUNNING;
        c.base.returnMode = Frame.ReturnMode.PUSH;
        interpreter.calls.enter(c.base, f);
        return c.base;
    }
}
