package lockstep.sim.machine;

import lockstep.sim.runtime.Attrs;
import lockstep.sim.runtime.EngineIterator;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.MachineRequest.Advance;
import lockstep.sim.runtime.MachineRequest.Advance.How;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyCoroutine;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.ProgramIterator;
import lockstep.sim.runtime.Types;
import lockstep.sim.trace.TraceEvent;

/**
 * Generators on a thread: advancing one attaches its frame above the frame that advanced it ({@code for}, {@code
 * next()}, {@code send}/{@code throw}/{@code close}, an enclosing {@code yield from}, or a built-in running it from
 * Java), {@code yield} detaches it again, and its return or escaping exception goes where its driver says. A
 * {@code for} loop also runs a program class's {@code __next__} on the thread's frames, so the thread may wait there.
 */
final class GeneratorSwitch {
    private final Interpreter interpreter;
    /** The generators {@code for} loops own, closed when their loop is left early. */
    final DroppedGenerators dropped;

    GeneratorSwitch(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.dropped = new DroppedGenerators(interpreter, this);
    }

    /** {@code FOR_ITER} over an iterator whose items come from program code. Returns the frame to continue in. */
    Frame forIter(Frame f, ProgramIterator it) {
        if (it instanceof Generator g) {
            return resume(f, g, Generator.Driver.FOR_LOOP, How.SEND, PyNone.NONE, null, null);
        }
        if (it instanceof EngineIterator lazy) {
            return resume(f, (Generator) lazy.engine(), Generator.Driver.FOR_LOOP, How.SEND, PyNone.NONE, null, null);
        }
        if (it.nextMethod() instanceof PyFunction fn && !fn.code.isGenerator && !fn.code.isCoroutine) {
            Frame callee = interpreter.calls.prepareCall(fn, new PyObject[] {it.self()}, 0, 1, null);
            callee.returnMode = Frame.ReturnMode.FOR_ITER_NEXT;
            return interpreter.calls.enter(callee, f);
        }
        PyObject next = it.next(interpreter.context);
        if (next == null) {
            endLoop(f);
        } else {
            f.stack[f.sp++] = next;
        }
        return f;
    }

    /**
     * {@code next(obj[, default])} of a program class's iterator, called by the program in frame {@code f}: its
     * {@code __next__} runs on the thread's frames. Returns the frame to continue in.
     */
    Frame nextItem(Frame f, lockstep.sim.runtime.MachineRequest.NextItem n) {
        if (n.nextMethod instanceof PyFunction fn && !fn.code.isGenerator && !fn.code.isCoroutine) {
            Frame callee = interpreter.calls.prepareCall(fn, new PyObject[] {n.self}, 0, 1, null);
            if (n.defaultValue != null) {
                callee.returnMode = Frame.ReturnMode.NEXT_WITH_DEFAULT;
                callee.defaultOnStop = n.defaultValue;
            }
            return interpreter.calls.enter(callee, f);
        }
        f.stack[f.sp++] = nextItemFromJava(n);
        return f;
    }

    /** {@code next(obj[, default])} of a program class's iterator, called from Java: runs its {@code __next__} nested. */
    PyObject nextItemFromJava(lockstep.sim.runtime.MachineRequest.NextItem n) {
        try {
            return interpreter.context.call(n.nextMethod, n.self);
        } catch (PyRaise r) {
            if (n.defaultValue != null && r.exception.type().isSubtypeOf(Types.STOP_ITERATION)) {
                return n.defaultValue;
            }
            throw r;
        }
    }

    /**
     * A built-in called by the program in frame {@code f} over items that come from program code: its helper in
     * {@code _iterate} runs on the thread's frames and its return value is the call's. Returns the frame to go on in.
     */
    Frame iterateInProgram(Frame f, lockstep.sim.runtime.MachineRequest.IterateInProgram r) {
        Calls calls = interpreter.calls;
        Frame callee = calls.prepareCall(iterationHelper(r.helper), r.args, 0, r.args.length, null);
        if (callee == null) {
            PyObject value = r.valueOf(calls.takeResult());
            if (value instanceof EngineIterator lazy) {
                dropped.claimArguments(f, lazy);
            }
            f.stack[f.sp++] = value;
            return f;
        }
        return calls.enter(callee, f);
    }

    /** The same built-in called from Java: the helper runs nested, as the built-in's own loop would. */
    PyObject iterateFromJava(lockstep.sim.runtime.MachineRequest.IterateInProgram r) {
        return r.valueOf(interpreter.context.call(iterationHelper(r.helper), r.args));
    }

    private PyObject iterationHelper(String name) {
        SimThread t = interpreter.thread;
        return interpreter.machine.modules.importModule(t.process, "_iterate").dict.get(name);
    }

    /** {@link #endLoop} for an iterator whose items came from program code, which may own generators to close. */
    private void endLoopOver(Frame loop) {
        PyObject iterator = loop.stack[loop.sp - 1];
        endLoop(loop);
        dropped.loopExhausted(loop, iterator);
    }

    /** A {@code for} loop's iterator is exhausted: pops it and jumps past the loop, as FOR_ITER does. */
    static void endLoop(Frame loop) {
        loop.stack[--loop.sp] = null;
        loop.pc = loop.code.args[loop.pc - 1];
    }

    /** {@code next()}, {@code send}, {@code throw} or {@code close} called by the program in frame {@code f}. */
    Frame advance(Frame f, Advance a) {
        Generator g = (Generator) a.generator;
        How how = a.how == How.NEXT ? How.SEND : a.how;
        boolean runs = g.state == Generator.State.SUSPENDED
                || g.state == Generator.State.CREATED && how == How.SEND && a.value == PyNone.NONE;
        g.untold = lockstep.sim.library.Modules.standsForBuiltIn(f.code.fileName)
                || lockstep.sim.library.Modules.isLibraryFile(g.frame.code.fileName);
        if (runs && !g.isAsync() && !g.untold) {
            TraceEvent.Handoff handoff = TraceEvent.Handoff.valueOf(a.how.name());
            tell(g, f, handoff, handoff == TraceEvent.Handoff.THROW ? a.thrown
                    : handoff == TraceEvent.Handoff.SEND ? a.value : null);
        }
        return resume(f, g, Generator.Driver.CALL, how, a.value, a.thrown, a.defaultValue);
    }

    /** Whether hand-offs of {@code g} are told: a generator the program advances itself (not an async one). */
    private static boolean told(Generator g, Generator.Driver driver) {
        return driver == Generator.Driver.CALL && !g.isAsync() && !g.untold;
    }

    /**
     * Tells the trace that control passes into or out of {@code g}, advanced by the program, at the program line of
     * {@code where}: the caller's line for a hand-off into the generator, the generator's for one out of it.
     */
    private void tell(Generator g, Frame where, TraceEvent.Handoff handoff, PyObject value) {
        interpreter.machine.recorder.generatorHandoff(interpreter.thread, where, g.label, handoff, value);
    }

    /** Advances {@code g} for {@code caller}. Returns the frame to continue in: the generator's, or the caller's. */
    Frame resume(Frame caller, Generator g, Generator.Driver driver, How how, PyObject value,
                         PyBaseException thrown, PyObject defaultValue) {
        if (!mayRun(g, how, value)) {
            return finishedAlready(caller, g, driver, how, thrown, defaultValue);
        }
        PyBaseException raise = null;
        if (how != How.SEND && g.delegating()) {
            DelegateOutcome outcome = throwIntoDelegate(g, how, thrown);
            if (outcome.yielded != null) {
                if (told(g, driver)) {
                    tell(g, g.frame, TraceEvent.Handoff.YIELD, outcome.yielded);
                }
                caller.stack[caller.sp++] = outcome.yielded;
                return caller;
            }
            raise = outcome.raised;
        } else if (how == How.SEND && g.state == Generator.State.SUSPENDED) {
            g.frame.stack[g.frame.sp++] = value;
        } else if (how != How.SEND) {
            raise = how == How.CLOSE ? generatorExit() : thrown;
        }
        attach(caller, g, driver, how == How.CLOSE, defaultValue);
        if (raise != null) {
            interpreter.raiseFrame = g.frame;
            throw new PyRaise(raise);
        }
        return g.frame;
    }

    /** Whether {@code g} runs now; false when it has finished (a throw or close before its start finishes it). */
    private static boolean mayRun(Generator g, How how, PyObject value) {
        switch (g.state) {
            case RUNNING -> throw Errors.valueError("generator already executing");
            case CLOSED -> {
                return false;
            }
            case CREATED -> {
                if (how != How.SEND) {
                    g.state = Generator.State.CLOSED;
                    return false;
                }
                if (value != PyNone.NONE) {
                    throw Errors.typeError("can't send non-None value to a just-started " + kindOf(g));
                }
                return true;
            }
            default -> {
                return true;
            }
        }
    }

    /** What advancing a finished generator does for {@code caller}: an exhausted iterator, or the thrown exception. */
    private static Frame finishedAlready(Frame caller, Generator g, Generator.Driver driver, How how,
                                         PyBaseException thrown, PyObject defaultValue) {
        if (how == How.THROW) {
            throw new PyRaise(thrown);
        }
        if (how == How.CLOSE) {
            caller.stack[caller.sp++] = PyNone.NONE;
            return caller;
        }
        switch (driver) {
            case FOR_LOOP -> endLoop(caller);
            case DELEGATE -> {
                caller.stack[caller.sp - 1] = PyNone.NONE;
                caller.pc = caller.code.args[caller.pc - 1];
            }
            default -> {
                if (defaultValue == null) {
                    throw new PyRaise(stop(g, PyNone.NONE));
                }
                caller.stack[caller.sp++] = defaultValue;
            }
        }
        return caller;
    }

    private void attach(Frame caller, Generator g, Generator.Driver driver, boolean closing, PyObject defaultValue) {
        interpreter.calls.enter(g.frame, caller);
        SimThread t = interpreter.thread;
        g.madeIn = null;
        g.callerHandled = t.handledException;
        t.handledException = g.ownHandled;
        g.state = Generator.State.RUNNING;
        g.driver = driver;
        g.closing = closing;
        g.defaultValue = defaultValue;
    }

    /** {@code YIELD_VALUE} in generator frame {@code f}: detaches it. Returns the frame to continue in, or null. */
    Frame yieldValue(Frame f) {
        SimThread t = interpreter.thread;
        PyObject v = f.stack[--f.sp];
        Generator g = f.generator;
        Frame caller = f.back;
        f.back = null;
        t.frame = caller;
        t.depth--;
        g.state = Generator.State.SUSPENDED;
        g.ownHandled = t.handledException;
        t.handledException = g.callerHandled;
        g.callerHandled = null;
        Generator.Driver driver = g.driver;
        boolean closing = g.closing;
        g.driver = null;
        g.closing = false;
        g.defaultValue = null;
        g.handOff = v;
        if (driver == Generator.Driver.JAVA) {
            return null;
        }
        if (told(g, driver)) {
            tell(g, f, TraceEvent.Handoff.YIELD, v);
        }
        if (closing && driver == Generator.Driver.DROPPED) {
            dropped.reportIgnored(g, Errors.raise(Types.RUNTIME_ERROR, kindOf(g) + " ignored GeneratorExit").exception,
                    caller);
            return caller;
        }
        if (closing) {
            interpreter.raiseFrame = caller;
            throw Errors.raise(Types.RUNTIME_ERROR, kindOf(g) + " ignored GeneratorExit");
        }
        caller.stack[caller.sp++] = v;
        return caller;
    }

    /**
     * {@code RETURN_VALUE} in the frame of {@code g}, already left for {@code caller}: the generator is finished.
     * Returns the frame to continue in, or null when a built-in drove it from Java.
     */
    Frame returned(Generator g, Frame caller, PyObject v) {
        g.frame.back = null;
        Generator.Driver driver = g.driver;
        boolean closing = g.closing;
        PyObject defaultValue = g.defaultValue;
        finish(interpreter.thread, g);
        switch (driver) {
            case JAVA -> {
                g.handOff = v;
                return null;
            }
            case FOR_LOOP -> endLoopOver(caller);
            case DELEGATE -> {
                caller.stack[caller.sp - 1] = v;
                caller.pc = caller.code.args[caller.pc - 1];
            }
            case DROPPED -> { }
            default -> {
                if (told(g, driver)) {
                    tell(g, g.frame, TraceEvent.Handoff.RETURN, v);
                }
                if (closing) {
                    caller.stack[caller.sp++] = PyNone.NONE;
                } else if (defaultValue != null) {
                    caller.stack[caller.sp++] = defaultValue;
                } else {
                    interpreter.raiseFrame = caller;
                    throw new PyRaise(stop(g, v));
                }
            }
        }
        return caller;
    }

    private static void finish(SimThread t, Generator g) {
        t.handledException = g.callerHandled;
        g.callerHandled = null;
        g.ownHandled = null;
        g.state = Generator.State.CLOSED;
        g.driver = null;
        g.closing = false;
        g.defaultValue = null;
    }

    /**
     * An exception leaves the frame of {@code g} (already unlinked): the generator is finished, and a StopIteration
     * becomes CPython's RuntimeError. Returns the exception to go on with.
     */
    static PyBaseException escaped(SimThread t, Generator g, PyBaseException e) {
        g.frame.back = null;
        finish(t, g);
        boolean stopAsync = g.isAsync() && e.type().isSubtypeOf(Types.STOP_ASYNC_ITERATION);
        if (!e.type().isSubtypeOf(Types.STOP_ITERATION) && !stopAsync) {
            return e;
        }
        PyBaseException error = new PyBaseException(Types.RUNTIME_ERROR);
        error.args = PyTuple.of(lockstep.sim.runtime.PyStr.of(kindOf(g) + " raised " + e.type().name));
        error.cause = e;
        error.context = e;
        error.traceback.addAll(e.traceback);
        return error;
    }

    /**
     * Where an exception leaving frame {@code f} for {@code caller} goes when {@code f} is a generator's (closing it)
     * or a for loop's {@code __next__}: returns the frame that continues normally, or null to unwind on. The
     * exception to unwind with is left in {@code escaping[0]}.
     */
    Frame leaving(SimThread t, Frame f, Frame caller, PyBaseException[] escaping) {
        PyBaseException e = escaping[0];
        if (f.generator != null && e.type().isSubtypeOf(Types.STOP_ITERATION)
                && lockstep.sim.library.Modules.standsForBuiltIn(f.code.fileName)) {
            return engineStopped(t, f.generator, caller, e);
        }
        if (f.generator != null) {
            Generator g = f.generator;
            boolean closedByProgram = g.closing && g.driver == Generator.Driver.CALL;
            boolean droppedByLoop = g.driver == Generator.Driver.DROPPED;
            if (told(g, g.driver)) {
                tell(g, f, TraceEvent.Handoff.RAISE, e);
            }
            escaping[0] = escaped(t, g, e);
            if (droppedByLoop) {
                if (!e.type().isSubtypeOf(Types.GENERATOR_EXIT)) {
                    dropped.reportIgnored(g, escaping[0], caller);
                }
                return caller;
            }
            if (closedByProgram && e.type().isSubtypeOf(Types.GENERATOR_EXIT)) {
                caller.stack[caller.sp++] = PyNone.NONE;
                return caller;
            }
        } else if (f.returnMode == Frame.ReturnMode.FOR_ITER_NEXT && e.type().isSubtypeOf(Types.STOP_ITERATION)) {
            endLoop(caller);
            return caller;
        } else if (f.returnMode == Frame.ReturnMode.NEXT_WITH_DEFAULT && e.type().isSubtypeOf(Types.STOP_ITERATION)) {
            caller.stack[caller.sp++] = f.defaultOnStop;
            return caller;
        }
        return null;
    }

    /**
     * A StopIteration leaves the engine of a zip, map, enumerate or filter object (one its function raised): as from
     * CPython's C iterator, it ends the iteration rather than becoming a RuntimeError. Returns the frame that goes on
     * normally, or null to raise the StopIteration in the caller ({@code next()} without a default).
     */
    private Frame engineStopped(SimThread t, Generator engine, Frame caller, PyBaseException stop) {
        engine.frame.back = null;
        Generator.Driver driver = engine.driver;
        PyObject defaultValue = engine.defaultValue;
        finish(t, engine);
        switch (driver) {
            case FOR_LOOP -> endLoopOver(caller);
            case DELEGATE -> {
                caller.stack[caller.sp - 1] = stopValue(stop);
                caller.pc = caller.code.args[caller.pc - 1];
            }
            case CALL -> {
                if (defaultValue == null) {
                    return null;
                }
                caller.stack[caller.sp++] = defaultValue;
            }
            default -> {
                return null;
            }
        }
        return caller;
    }

    // ------------------------------------------------------------------ yield from

    /** {@code GET_YIELD_FROM_ITER}: a generator delegates to itself, anything else to its iterator. */
    void getYieldFromIter(Frame f) {
        PyObject o = f.stack[f.sp - 1];
        if (o instanceof Generator g && !g.isAsync()) {
            return;
        }
        if (o instanceof PyCoroutine) {
            throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        f.stack[f.sp - 1] = Items.iter(interpreter.context, o);
    }

    /** {@code SEND}: sends the top of the stack to the sub-iterator below it. Returns the frame to continue in. */
    Frame send(Frame f, int exit) {
        PyObject v = f.stack[--f.sp];
        f.stack[f.sp] = null;
        PyObject sub = f.stack[f.sp - 1];
        if (sub instanceof Generator g) {
            return resume(f, g, Generator.Driver.DELEGATE, How.SEND, v, null, null);
        }
        if (sub instanceof EngineIterator lazy && v == PyNone.NONE) {
            // zip, map, ... over program code: the engine runs on the thread's frames, its end ends the yield from.
            return resume(f, (Generator) lazy.engine(), Generator.Driver.DELEGATE, How.SEND, v, null, null);
        }
        PyObject y;
        PyObject result = PyNone.NONE;
        try {
            y = v == PyNone.NONE && sub instanceof PyIterator it ? it.next(interpreter.context)
                    : interpreter.context.call(Attrs.get(interpreter.context, programObject(sub), "send"), v);
        } catch (PyRaise r) {
            if (!r.exception.type().isSubtypeOf(Types.STOP_ITERATION)) {
                throw r;
            }
            y = null;
            result = stopValue(r.exception);
        }
        if (y == null) {
            f.stack[f.sp - 1] = result;
            f.pc = exit;
        } else {
            f.stack[f.sp++] = y;
        }
        return f;
    }

    /** A program class's iterator stands for its object, whose methods ({@code send}, {@code throw}) are the ones asked for. */
    private static PyObject programObject(PyObject iterator) {
        return iterator instanceof ProgramIterator p && p.self() != null ? p.self() : iterator;
    }

    private static PyObject stopValue(PyBaseException stop) {
        return stop.args.items.length > 0 ? stop.args.items[0] : PyNone.NONE;
    }

    /** What a throw or close into a generator suspended in {@code yield from} does once its sub-iterator had it. */
    private record DelegateOutcome(PyObject yielded, PyBaseException raised) {}

    /**
     * CPython's {@code gen_throw} with a delegate: a close closes the sub-iterator, then raises GeneratorExit in the
     * generator; another exception is thrown into the sub-iterator, whose next item the generator yields, whose
     * return ends the {@code yield from} with its value, and whose exception is raised in the generator. The
     * sub-iterator runs from Java here.
     */
    private DelegateOutcome throwIntoDelegate(Generator g, How how, PyBaseException thrown) {
        PyObject sub = g.delegate();
        boolean closing = how == How.CLOSE || thrown.type().isSubtypeOf(Types.GENERATOR_EXIT);
        try {
            if (closing) {
                closeFromJava(sub);
                return new DelegateOutcome(null, how == How.CLOSE ? generatorExit() : thrown);
            }
            PyObject y;
            if (sub instanceof Generator inner) {
                y = runFromJava(inner, How.THROW, PyNone.NONE, thrown);
                if (y == null) {
                    throw new PyRaise(Coroutine.stopIteration(inner.handOff));
                }
            } else {
                PyObject method = Attrs.find(programObject(sub), "throw");
                if (method == null) {
                    return new DelegateOutcome(null, thrown);
                }
                y = interpreter.context.call(method, thrown);
            }
            return new DelegateOutcome(y, null);
        } catch (PyRaise r) {
            if (!closing && r.exception.type().isSubtypeOf(Types.STOP_ITERATION)) {
                // The sub-iterator finished: the yield from ends with its value, and the generator goes on.
                g.frame.stack[g.frame.sp - 1] = stopValue(r.exception);
                g.frame.pc = g.frame.code.args[g.frame.pc - 2];
                return new DelegateOutcome(null, null);
            }
            return new DelegateOutcome(null, r.exception);
        }
    }

    private void closeFromJava(PyObject sub) {
        if (sub instanceof Generator inner) {
            runFromJava(inner, How.CLOSE, PyNone.NONE, null);
            return;
        }
        PyObject close = Attrs.find(programObject(sub), "close");
        if (close != null) {
            interpreter.context.call(close);
        }
    }

    // ------------------------------------------------------------------ from Java

    /** A native that advances a generator was called from Java: runs it nested and gives the call's value. */
    PyObject callFromJava(Advance a) {
        Generator g = (Generator) a.generator;
        PyObject y = runFromJava(g, a.how == How.NEXT ? How.SEND : a.how, a.value, a.thrown);
        if (y != null) {
            return y;
        }
        if (a.how == How.CLOSE) {
            return PyNone.NONE;
        }
        if (a.defaultValue != null) {
            return a.defaultValue;
        }
        throw new PyRaise(Coroutine.stopIteration(g.handOff));
    }

    /**
     * Runs {@code g} in a nested loop until it yields: returns the value, or null once it has returned (its value in
     * {@link Generator#handOff}) or closed. The thread cannot wait inside.
     */
    PyObject runFromJava(Generator g, How how, PyObject value, PyBaseException thrown) {
        g.handOff = PyNone.NONE;
        if (!mayRun(g, how, value)) {
            if (how == How.THROW) {
                throw new PyRaise(thrown);
            }
            return null;
        }
        PyBaseException raise = null;
        if (how != How.SEND && g.delegating()) {
            DelegateOutcome outcome = throwIntoDelegate(g, how, thrown);
            if (outcome.yielded != null) {
                return outcome.yielded;
            }
            raise = outcome.raised;
        } else if (how == How.SEND && g.state == Generator.State.SUSPENDED) {
            g.frame.stack[g.frame.sp++] = value;
        } else if (how != How.SEND) {
            raise = how == How.CLOSE ? generatorExit() : thrown;
        }
        attach(interpreter.thread.frame, g, Generator.Driver.JAVA, how == How.CLOSE, null);
        try {
            if (raise != null) {
                interpreter.unwinder.handle(g.frame, raise, false, g.frame);
            }
            interpreter.execute(g.frame);
        } catch (PyRaise r) {
            if (how == How.CLOSE && r.exception.type().isSubtypeOf(Types.GENERATOR_EXIT)) {
                return null;
            }
            throw r;
        }
        if (g.state != Generator.State.SUSPENDED) {
            return null;
        }
        if (how == How.CLOSE) {
            throw Errors.raise(Types.RUNTIME_ERROR, "generator ignored GeneratorExit");
        }
        return g.handOff;
    }

    /** "generator" or "async generator", as CPython's messages name them. */
    private static String kindOf(Generator g) {
        return g.isAsync() ? "async generator" : "generator";
    }

    /** What the caller gets when {@code g} returns {@code v}: StopIteration(v), or StopAsyncIteration. */
    private static PyBaseException stop(Generator g, PyObject v) {
        return g.isAsync() ? new PyBaseException(Types.STOP_ASYNC_ITERATION) : Coroutine.stopIteration(v);
    }

    /** {@code await} of an async generator's step: runs the generator for the awaiting frame {@code f}. */
    Frame awaitStep(Frame f, lockstep.sim.runtime.AsyncGenStep step) {
        if (step.awaited) {
            throw Errors.raise(Types.RUNTIME_ERROR, step.how == How.THROW || step.how == How.CLOSE
                    ? "cannot reuse already awaited aclose()/athrow()"
                    : "cannot reuse already awaited __anext__()/asend()");
        }
        step.awaited = true;
        How how = step.how == How.NEXT ? How.SEND : step.how;
        return resume(f, (Generator) step.generator, Generator.Driver.CALL, how, step.value, step.thrown,
                step.defaultValue);
    }

    private static PyBaseException generatorExit() {
        return new PyBaseException(Types.GENERATOR_EXIT);
    }
}
