package lockstep.sim.machine;

import java.util.LinkedHashMap;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.compile.Opcode;
import lockstep.sim.lang.BinaryOperator;
import lockstep.sim.lang.CompareOperator;
import lockstep.sim.library.Builtins;
import lockstep.sim.runtime.Arith;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Suggestions;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyCell;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.ProgramIterator;
import lockstep.sim.runtime.SyncObject;
import lockstep.sim.runtime.Types;

/**
 * Executes micro-ops on a thread: the eval loop. One call of {@link #run} executes steps until the thread suspends,
 * ends, or the step budget the machine granted is spent; calls from Java into program code run a nested loop on the
 * same thread until that call returns. The hot micro-ops are executed here; the others by {@link Instructions},
 * calls by {@link Calls}, exceptions by {@link Unwinder}, coroutine switches by {@link CoroutineSwitch} and class
 * statements by {@link ClassBuilder}. Natives reach the machine through {@link ThreadContext}.
 */
final class Interpreter {
    /** CPython's default recursion limit. */
    static final int MAX_DEPTH = 1000;
    private static final BinaryOperator[] BINARY = BinaryOperator.values();
    private static final CompareOperator[] COMPARE = CompareOperator.values();

    final Machine machine;
    /** What the natives this interpreter calls may ask of the machine. */
    final ThreadContext context;
    final Calls calls;
    final Unwinder unwinder;
    final CoroutineSwitch coroutines;
    final GeneratorSwitch generators;
    final UnawaitedCoroutines unawaitedCoroutines;
    final ClassBuilder classes;
    /** What a thread runs after its bottom frame: a spawned process's bootstrap, the main thread's shutdown. */
    final TopLevelEnd topLevelEnd;
    private final Instructions instructions;
    SimThread thread;
    /** The step at which the current slice must stop. */
    private long stepLimit;
    /** The frame an exception thrown by a coroutine switch is raised in, when not the frame of the current step. */
    Frame raiseFrame;
    /** The value of the frame whose return ended {@link #execute}. */
    private PyObject returned;
    /**
     * A request of a native that was not called by a {@code CALL} of the program (but by Java code, or by
     * {@code CALL_EX}): carried out once the current step's instruction is done.
     */
    private MachineRequest deferred;

    Interpreter(Machine machine) {
        this.machine = machine;
        this.context = new ThreadContext(this, machine);
        this.calls = new Calls(this);
        this.unwinder = new Unwinder(this);
        this.coroutines = new CoroutineSwitch(this);
        this.generators = new GeneratorSwitch(this);
        this.unawaitedCoroutines = new UnawaitedCoroutines(this);
        this.classes = new ClassBuilder(this);
        this.topLevelEnd = new TopLevelEnd(this);
        this.instructions = new Instructions(this, machine, context);
    }

    /** Thrown through nested calls when the run's step budget is exhausted. */
    static final class OutOfSteps extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfSteps() {
            super(null, null, false, false);
        }
    }

    /** Runs {@code t} until it suspends or ends or {@code limit} steps have been executed in the run. */
    void run(SimThread t, long limit) {
        this.thread = t;
        this.stepLimit = limit;
        if (t.pushOnResume != null) {
            t.frame.stack[t.frame.sp++] = t.pushOnResume;
            t.pushOnResume = null;
        }
        try {
            machine.signals.deliver(t, this);
            if (t.frame == null) {
                return;
            }
            execute(null);
        } catch (OutOfSteps e) {
            // The thread stays where it is; the machine decides what the budget meant.
        }
    }

    /** True while an expression is evaluated after the run: its steps are not part of the run's trace. */
    private boolean evaluating;

    /** Evaluates an expression's code on a thread of its own, after the run; the run's counters are left as they were. */
    PyObject evaluate(SimThread t, Frame frame) {
        evaluating = true;
        machine.recorder.quiet = true;
        SimThread savedThread = thread;
        long savedSteps = machine.steps;
        long savedClock = machine.clockNanos;
        thread = t;
        frame.returnMode = Frame.ReturnMode.TO_JAVA;
        t.depth = 1;
        machine.steps = 0;
        try {
            return execute(frame);
        } finally {
            machine.steps = savedSteps;
            machine.clockNanos = savedClock;
            thread = savedThread;
            evaluating = false;
            machine.recorder.quiet = false;
        }
    }

    /** {@code str(e)} for a traceback's last line; CPython's placeholder when that fails. */
    String describe(PyBaseException e) {
        try {
            return Ops.str(context, e);
        } catch (PyRaise | OutOfSteps failure) {
            return "<exception str() failed>";
        }
    }

    /**
     * The most steps a library module's top level may take. Its steps are not the run's, so the run's step limit
     * does not bound them (a run stopped at its limit in the middle of an import would leave the module half made).
     */
    private static final long MODULE_BODY_STEPS = 10_000_000L;

    /** True while a library module's top level runs. */
    private boolean loadingModule;

    /** True while a library module's body runs outside the run's step accounting. */
    boolean loadingModule() {
        return loadingModule;
    }

    /** The step count a native's charge may not pass: the run's limit, or a library module body's own. */
    long chargeLimit() {
        return loadingModule ? MODULE_BODY_STEPS : machine.maxSteps;
    }

    /** The virtual time one step of the running thread's current code adds to the clock. */
    long stepNanos() {
        Frame f = thread == null ? null : thread.frame;
        return f != null && f.code.runsAtCSpeed ? machine.cStepClockNanos : machine.stepClockNanos;
    }

    /** Runs a library module's top level, written in Python, outside the run's step accounting and trace. */
    void runModuleBody(CodeObject code, LinkedHashMap<String, PyObject> globals) {
        PyFunction fn = new PyFunction(code, globals, new PyObject[0], null, new PyCell[0]);
        Frame frame = new Frame(code, fn, globals, null);
        frame.returnMode = Frame.ReturnMode.TO_JAVA;
        long savedSteps = machine.steps;
        long savedClock = machine.clockNanos;
        boolean savedEvaluating = evaluating;
        boolean savedQuiet = machine.recorder.quiet;
        boolean savedLoading = loadingModule;
        evaluating = true;
        loadingModule = true;
        machine.recorder.quiet = true;
        machine.steps = 0;
        try {
            calls.enter(frame, thread.frame);
            execute(frame);
        } finally {
            machine.steps = savedSteps;
            machine.clockNanos = savedClock;
            evaluating = savedEvaluating;
            loadingModule = savedLoading;
            machine.recorder.quiet = savedQuiet;
        }
    }

    /** The bottom frame of a new thread that calls {@code function(*args)}. */
    Frame entryFrame(PyObject function, PyObject[] args) {
        Frame f = calls.prepareCall(function, args, 0, args.length, null);
        if (f == null) {
            throw Errors.typeError("a thread's target must be a function defined in the program");
        }
        f.returnMode = Frame.ReturnMode.PUSH;
        return f;
    }

    // ------------------------------------------------------------------ the loop

    /**
     * Executes steps of the current thread. With {@code boundary} null, runs until the thread suspends, ends, or the
     * step limit; otherwise until {@code boundary} returns, and returns its value.
     * <p>
     * Its shape is measured, not just tidy: the step's bookkeeping, the hot micro-ops and the global loads and stores
     * stay written out here, every other micro-op goes through {@link #slowPath}. Moving the bookkeeping or the global
     * accesses into methods of their own made the prime-check benchmark about 10% slower (the JIT compiles the loop
     * differently), although they are not on its hot path.
     */
    PyObject execute(Frame boundary) {
        final Machine m = machine;
        final SimThread t = thread;
        Frame f = t.frame;
        while (true) {
            if (f == null) {
                return null;
            }
            long limit = boundary == null ? stepLimit : loadingModule ? MODULE_BODY_STEPS : m.maxSteps;
            if (m.steps >= limit && (boundary != null || m.planner.mayStopAt(f))) {
                throw new OutOfSteps();
            }
            if (m.steps >= m.probeStep && !m.recorder.quiet) {
                m.probeStep = m.probe.reached(t);
            }
            final Frame stepFrame = f;
            final long stepIndex = m.steps;
            final long stepStart = m.clockNanos;
            final PyObject[] stack = f.stack;
            final int pc = f.pc;
            final int op = f.code.opcodes[pc];
            final int arg = f.code.args[pc];
            f.pc = pc + 1;
            m.steps++;
            m.clockNanos += f.code.runsAtCSpeed ? m.cStepClockNanos : m.stepClockNanos;
            try {
                switch (op) {
                    case Opcode.LOAD_FAST: {
                        PyObject v = f.locals[arg];
                        if (v == null) {
                            throw unboundLocal(f.code, arg);
                        }
                        stack[f.sp++] = v;
                        break;
                    }
                    case Opcode.STORE_FAST:
                        f.locals[arg] = stack[--f.sp];
                        break;
                    case Opcode.LOAD_CONST:
                        stack[f.sp++] = (PyObject) f.code.constants[arg];
                        break;
                    case Opcode.BINARY_OP: {
                        PyObject b = stack[--f.sp];
                        PyObject a = stack[f.sp - 1];
                        stack[f.sp - 1] = binary(arg, a, b);
                        break;
                    }
                    case Opcode.INPLACE_OP: {
                        PyObject b = stack[--f.sp];
                        stack[f.sp - 1] = inPlace(arg, stack[f.sp - 1], b);
                        break;
                    }
                    case Opcode.COMPARE_OP: {
                        PyObject b = stack[--f.sp];
                        PyObject a = stack[f.sp - 1];
                        stack[f.sp - 1] = PyBool.of(compare(arg, a, b));
                        break;
                    }
                    case Opcode.POP_JUMP_IF_FALSE: {
                        PyObject v = stack[--f.sp];
                        if (v == PyBool.FALSE || (v != PyBool.TRUE && !Ops.truthy(context, v))) {
                            f.pc = arg;
                        }
                        break;
                    }
                    case Opcode.POP_JUMP_IF_TRUE: {
                        PyObject v = stack[--f.sp];
                        if (v == PyBool.TRUE || (v != PyBool.FALSE && Ops.truthy(context, v))) {
                            f.pc = arg;
                        }
                        break;
                    }
                    case Opcode.JUMP:
                        f.pc = arg;
                        break;
                    case Opcode.FOR_ITER: {
                        PyObject iterator = stack[f.sp - 1];
                        PyObject next = iterator instanceof ProgramIterator ? null
                                : ((PyIterator) iterator).next(context);
                        if (next != null) {
                            stack[f.sp++] = next;
                        } else {
                            f = exhaustedOrProgramIterator(f, iterator, arg);
                        }
                        break;
                    }
                    case Opcode.LOAD_GLOBAL:
                        stack[f.sp++] = loadGlobal(f, f.code.names[arg]);
                        if (m.trackAccesses && f.globals == m.mainGlobals && f.globals.containsKey(f.code.names[arg])) {
                            m.observer.read(t.id, f.code.names[arg], m.steps - 1, f.code.lines[pc], stack[f.sp - 1]);
                        }
                        break;
                    case Opcode.STORE_GLOBAL: {
                        PyObject v = stack[--f.sp];
                        f.globals.put(f.code.names[arg], v);
                        if ((v instanceof SyncObject || v instanceof PyInstance) && m.hasSyncObjects()) {
                            nameSyncObjects(v, f.code.names[arg], 0);
                        }
                        if (m.trackAccesses && f.globals == m.mainGlobals) {
                            m.observer.wrote(t.id, f.code.names[arg], m.steps - 1, f.code.lines[pc], v);
                        }
                        break;
                    }
                    default:
                        f = slowPath(f, op, arg, boundary, stepFrame, pc, stepIndex, stepStart);
                        if (f == null) {
                            return takeReturned();
                        }
                        break;
                }
                if (m.listener != null) {
                    recordStep(stepFrame, pc, stepIndex, stepStart);
                }
            } catch (PyRaise | StackOverflowError failure) {
                f = raisedAtStep(pythonError(failure), stepFrame, failure instanceof PyRaise && reraises(op, arg),
                        boundary, pc, stepIndex, stepStart);
            }
        }
    }

    /**
     * The exception a failed step raises in the program: its own, or RecursionError for a Java stack overflow from
     * deep recursion in the runtime's Java code (the hash of tuples nested a million deep).
     */
    private static PyBaseException pythonError(Throwable failure) {
        return failure instanceof PyRaise r ? r.exception : NativeFailures.recursionError().exception;
    }

    /**
     * FOR_ITER with no item from Java: an iterator whose items come from program code (a generator, a class's
     * {@code __next__}) runs that code on the thread's frames; any other is exhausted, and the loop ends.
     */
    private Frame exhaustedOrProgramIterator(Frame f, PyObject iterator, int arg) {
        if (iterator instanceof ProgramIterator programIterator) {
            return generators.forIter(f, programIterator);
        }
        f.sp--;
        f.pc = arg;
        return f;
    }

    /**
     * Whether the micro-op raises an exception again (keeping its traceback) rather than a new one: RERAISE,
     * END_ASYNC_FOR, and a bare {@code raise}, which CPython re-raises without adding a traceback entry.
     */
    private static boolean reraises(int op, int arg) {
        return op == Opcode.RERAISE || op == Opcode.END_ASYNC_FOR || op == Opcode.RAISE_VARARGS && arg == 0;
    }

    private PyObject inPlace(int arg, PyObject a, PyObject b) {
        return a instanceof PyInt && b instanceof PyInt ? binary(arg, a, b) : Arith.inPlace(context, BINARY[arg], a, b);
    }

    /**
     * {@link #raised} for the exception a step raised, then the step's record: after the unwinding, so that an
     * exception ending the thread is told with the step that raised it.
     */
    private Frame raisedAtStep(PyBaseException e, Frame stepFrame, boolean reraise, Frame boundary, int pc,
                               long stepIndex, long stepStart) {
        try {
            return raised(e, stepFrame, reraise, boundary);
        } finally {
            recordStep(stepFrame, pc, stepIndex, stepStart);
        }
    }

    /** Sends an exception raised by the step begun in {@code stepFrame} to its handler; null when the thread ended. */
    private Frame raised(PyBaseException e, Frame stepFrame, boolean reraise, Frame boundary) {
        Frame raisedIn = raiseFrame != null ? raiseFrame : stepFrame;
        raiseFrame = null;
        return unwinder.handle(raisedIn, e, reraise, boundary);
    }

    /**
     * The micro-ops of the loop's second tier: calls, returns, and through {@link Instructions} all but the hottest.
     * Returns the frame to go on in, or null when {@link #execute} ends, with {@link #returned} as its value.
     */
    private Frame slowPath(Frame f, int op, int arg, Frame boundary, Frame stepFrame, int pc, long stepIndex,
                           long stepStart) {
        RunMeter meter = context.meter();
        if (machine.steps >= meter.censusStep) {
            meter.census(); // off the hot path: a loop of only hot micro-ops makes nothing that stays
        }
        Frame next;
        switch (op) {
            case Opcode.CALL: {
                Frame callee = calls.prepareStackCall(f, arg);
                next = callee != null ? calls.enter(callee, f) : afterDirectCall(f, boundary);
                break;
            }
            case Opcode.RETURN_VALUE:
                return returnFrom(f, boundary, stepFrame, pc, stepIndex, stepStart);
            case Opcode.YIELD_VALUE:
                next = generators.yieldValue(f);
                break;
            case Opcode.SEND:
                next = generators.send(f, arg);
                break;
            default:
                next = instructions.execute(f, op, arg);
                if (deferred != null && actOnDeferred(thread, boundary)) {
                    next = null;
                }
                break;
        }
        if (next == null) {
            // The thread stops here: it waits, sleeps, or its process ended.
            recordStep(stepFrame, pc, stepIndex, stepStart);
            returned = null;
        }
        return next;
    }

    /** The value of the frame whose return ended {@link #execute}; cleared. */
    private PyObject takeReturned() {
        PyObject v = returned;
        returned = null;
        return v;
    }

    private static PyRaise unboundLocal(CodeObject code, int local) {
        return Errors.raise(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                + code.localNames[local] + "' where it is not associated with a value");
    }

    /**
     * A call in frame {@code f} completed without a frame of its own: pushes its value, or carries out what the
     * native asked for. Returns the frame to go on in, or null when the thread must stop here.
     */
    private Frame afterDirectCall(Frame f, Frame boundary) {
        PyObject result = calls.takeResult();
        if (result instanceof MachineRequest request) {
            return act(f, request, boundary);
        }
        f.stack[f.sp++] = result;
        return deferred != null && actOnDeferred(thread, boundary) ? null : f;
    }

    /** Carries out what a native called in frame {@code f} asked for. Returns the frame to go on in, or null. */
    private Frame act(Frame f, MachineRequest request, Frame boundary) {
        SimThread t = thread;
        if (request instanceof MachineRequest.Exit exit) {
            machine.processTable.exitProcess(t, exit.code);
            return null;
        }
        if (request instanceof MachineRequest.Yield || request instanceof MachineRequest.Resume) {
            return coroutines.switchCoroutine(f, boundary, request);
        }
        if (request instanceof MachineRequest.Advance advance) {
            return generators.advance(f, advance);
        }
        if (request instanceof MachineRequest.NextItem nextItem) {
            return generators.nextItem(f, nextItem);
        }
        if (request instanceof MachineRequest.IterateInProgram iterate) {
            return generators.iterateInProgram(f, iterate);
        }
        // A wait's call returns what its blocker gives when the wait ends; a suspension's returns None.
        f.stack[f.sp++] = PyNone.NONE;
        return suspendAfterCall(t, boundary, request) ? null : f;
    }

    /**
     * Takes a request of a native the program did not call directly (see {@link #deferred}); the caller receives
     * None. Returns None. {@code os._exit} acts at once, the process's threads ending inside the call.
     */
    PyObject defer(MachineRequest request) {
        if (request instanceof MachineRequest.Exit exit) {
            machine.processTable.exitProcess(thread, exit.code);
        } else {
            deferred = request;
        }
        return PyNone.NONE;
    }

    private boolean actOnDeferred(SimThread t, Frame boundary) {
        MachineRequest request = deferred;
        deferred = null;
        return suspendAfterCall(t, boundary, request);
    }

    /**
     * {@code RETURN_VALUE} in frame {@code f}: returns the frame to go on in, or null when {@link #execute} ends
     * (with {@link #returned} as its value).
     */
    private Frame returnFrom(Frame f, Frame boundary, Frame stepFrame, int pc, long stepIndex, long stepStart) {
        SimThread t = thread;
        PyObject v = f.stack[--f.sp];
        Frame caller = f.back;
        t.depth--;
        t.frame = caller;
        Frame.ReturnMode mode = f.returnMode;
        if (f.generator != null) {
            Frame next = generators.returned(f.generator, caller, v);
            if (next == null) {
                recordStep(stepFrame, pc, stepIndex, stepStart);
            }
            return next;
        }
        if (mode == Frame.ReturnMode.PUSH_INSTANCE) {
            Calls.checkInitResult(v);
            v = f.instanceBeingInitialized;
        }
        if (f.coroutine != null) {
            f.coroutine.close();
            if (mode == Frame.ReturnMode.SEND) {
                CoroutineSwitch.leaveTask(t);
                // The coroutine's send() raises StopIteration carrying the value, in the sender.
                raiseFrame = caller;
                throw new PyRaise(Coroutine.stopIteration(v));
            }
        }
        if (f == boundary || mode == Frame.ReturnMode.TO_JAVA) {
            recordStep(stepFrame, pc, stepIndex, stepStart);
            returned = v;
            return null;
        }
        Frame next = caller == null ? topLevelEnd.next(t) : null;
        if (next != null) {
            recordStep(stepFrame, pc, stepIndex, stepStart);
            t.depth = 0;
            calls.enter(next, null);
            return next;
        }
        if (caller == null) {
            recordStep(stepFrame, pc, stepIndex, stepStart);
            machine.threadFinished(t, null);
            returned = null;
            return null;
        }
        if (mode == Frame.ReturnMode.DISCARD) {
            if (machine.signals.sleepsOn(t)) {
                recordStep(stepFrame, pc, stepIndex, stepStart);
                returned = null;
                return null;
            }
            return caller;
        }
        caller.stack[caller.sp++] = v;
        return caller;
    }

    /**
     * Acts on a suspension a native call asked for. Returns true when the thread now waits and the loop must stop;
     * inside a call made from Java the thread cannot leave, so the time simply passes.
     */
    private boolean suspendAfterCall(SimThread t, Frame boundary, MachineRequest request) {
        if (request instanceof MachineRequest.Block block) {
            if (boundary != null) {
                throw Errors.raise(Types.RUNTIME_ERROR,
                        "a thread cannot wait inside a call made by a built-in (such as a sort key)");
            }
            machine.timers.block(t, block.blocker, block.timeoutNanos);
            return true;
        }
        MachineRequest.Suspend suspend = (MachineRequest.Suspend) request;
        long nanos = suspend.nanos;
        if (boundary != null) {
            machine.clockNanos += nanos;
            return false;
        }
        if (nanos == 0 && suspend.kind == MachineRequest.SuspendKind.COMPUTE) {
            return false;
        }
        machine.timers.suspend(t, nanos, suspend.kind.key());
        return true;
    }

    private void recordStep(Frame frame, int pc, long stepIndex, long stepStart) {
        if (machine.listener != null && !evaluating) {
            machine.recorder.step(thread, frame, pc, stepIndex, stepStart, machine.currentCore);
        }
    }

    static PyObject loadGlobal(Frame f, String name) {
        PyObject v = f.globals.get(name);
        if (v == null) {
            v = Builtins.get(name);
            if (v == null) {
                throw Suggestions.withNameScope(Errors.nameError(name), name, f.code.localNames, f.globals);
            }
        }
        return v;
    }

    private PyObject binary(int arg, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null
                && !(a instanceof PyBool) && !(b instanceof PyBool)) {
            long p = x.value;
            long q = y.value;
            switch (arg) {
                case 0: { // ADD
                    long r = p + q;
                    if (((p ^ r) & (q ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                    break;
                }
                case 1: { // SUB
                    long r = p - q;
                    if (((p ^ q) & (p ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                    break;
                }
                case 6: // MOD
                    if (q != 0) {
                        return PyInt.of(Math.floorMod(p, q));
                    }
                    break;
                default:
                    break;
            }
        }
        return Arith.binary(context, BINARY[arg], a, b);
    }

    private boolean compare(int arg, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null) {
            long p = x.value;
            long q = y.value;
            switch (arg) {
                case 0:
                    return p == q;
                case 1:
                    return p != q;
                case 2:
                    return p < q;
                case 3:
                    return p <= q;
                case 4:
                    return p > q;
                case 5:
                    return p >= q;
                default:
                    break;
            }
        }
        CompareOperator op = COMPARE[arg];
        return switch (op) {
            case EQ -> Ops.eq(context, a, b);
            case NE -> notEqual(a, b);
            default -> Ops.compare(context, a, b, op.symbol);
        };
    }

    private boolean notEqual(PyObject a, PyObject b) {
        if (a instanceof PyInstance && !(a instanceof PyBaseException)) {
            PyObject ne = a.type().lookup("__ne__");
            if (ne != null) {
                return Ops.truthy(context, context.call(ne, a, b));
            }
        }
        return !Ops.eq(context, a, b);
    }

    /**
     * Names the synchronization objects a global holds, directly or in attributes up to two levels down (a queue's
     * mutex, an event's lock), after that global, so narration says {@code q} rather than {@code lock#4}.
     */
    private void nameSyncObjects(PyObject value, String name, int depth) {
        if (value instanceof lockstep.sim.runtime.SyncObject so) {
            machine.nameObject(so.key(), new lockstep.sim.trace.ObjectName.Variable(name));
        } else if (value instanceof PyInstance inst && depth < 3 && !(value instanceof PyBaseException)) {
            for (PyObject attribute : inst.dict.values()) {
                nameSyncObjects(attribute, name, depth + 1);
            }
        }
    }

    /** Reports an access to a data attribute of a program object (not to methods or modules) to the observer. */
    void trackAttribute(Frame f, PyObject obj, String name, boolean write, PyObject written) {
        if (!(obj instanceof PyInstance inst) || obj instanceof lockstep.sim.runtime.PyThreadLocal
                || (!write && !inst.dict.containsKey(name))) {
            return;
        }
        String variable = obj.type().name + "#" + thread.process.objects.numberOf(obj) + "." + name;
        int line = f.code.lines[f.pc - 1];
        if (write) {
            machine.observer.wrote(thread.id, variable, machine.steps - 1, line, written);
        } else {
            machine.observer.read(thread.id, variable, machine.steps - 1, line, inst.dict.get(name));
        }
    }

}
