package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.compile.Compiler;
import lockstep.sim.compile.Opcode;
import lockstep.sim.lang.BinaryOperator;
import lockstep.sim.lang.CompareOperator;
import lockstep.sim.library.Builtins;
import lockstep.sim.runtime.Arith;
import lockstep.sim.runtime.Attrs;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Formatting;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyBoundMethod;
import lockstep.sim.runtime.PyCell;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.PySlice;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PySuper;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PythonRandom;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * Executes micro-ops on a thread. One call of {@link #run} executes steps until the thread suspends, ends, or the
 * step budget the machine granted is spent; calls from Java into program code ({@link #call}) run a nested loop
 * on the same thread until that call returns.
 */
final class Interpreter implements CallContext {
    /** CPython's default recursion limit. */
    static final int MAX_DEPTH = 1000;
    private static final BinaryOperator[] BINARY = BinaryOperator.values();
    private static final CompareOperator[] COMPARE = CompareOperator.values();

    private final Machine machine;
    private SimThread thread;
    /** The step at which the current slice must stop. */
    private long stepLimit;

    Interpreter(Machine machine) {
        this.machine = machine;
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
            return Ops.str(this, e);
        } catch (PyRaise | OutOfSteps failure) {
            return "<exception str() failed>";
        }
    }

    // ------------------------------------------------------------------ CallContext

    @Override
    public PyObject call(PyObject callable, PyObject[] args, PyDict kwargs) {
        if (callable instanceof PyNativeFunction n) {
            return n.body.call(this, args, kwargs);
        }
        if (callable instanceof PyBoundMethod m) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = m.self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return call(m.function, withSelf, kwargs);
        }
        PyTuple kwNames = null;
        PyObject[] all = args;
        if (kwargs != null && !kwargs.map.isEmpty()) {
            all = new PyObject[args.length + kwargs.map.size()];
            System.arraycopy(args, 0, all, 0, args.length);
            PyObject[] names = new PyObject[kwargs.map.size()];
            int i = 0;
            for (Map.Entry<PyObject, PyObject> e : kwargs.map.entrySet()) {
                names[i] = e.getKey();
                all[args.length + i] = e.getValue();
                i++;
            }
            kwNames = PyTuple.of(names);
        }
        Frame callee = prepareCall(callable, all, 0, args.length, kwNames);
        if (callee == null) {
            PyObject r = resultOfDirectCall;
            resultOfDirectCall = null;
            return r;
        }
        boolean init = callee.returnMode == Frame.ReturnMode.PUSH_INSTANCE;
        PyObject instance = callee.instanceBeingInitialized;
        callee.returnMode = Frame.ReturnMode.TO_JAVA;
        enter(callee, thread.frame);
        PyObject r = execute(callee);
        if (init) {
            checkInitResult(r);
            return instance;
        }
        return r;
    }

    @Override
    public void print(String text) {
        machine.print(thread, text);
    }

    @Override
    public long nowNanos() {
        return machine.clockNanos;
    }

    @Override
    public void suspend(long nanos, String kind) {
        thread.pendingSuspendNanos = nanos;
        thread.pendingSuspendKind = kind;
    }

    @Override
    public PythonRandom random() {
        return machine.random;
    }

    @Override
    public String moduleName() {
        return "__main__";
    }

    @Override
    public lockstep.sim.runtime.ThreadHandle currentThread() {
        return thread;
    }

    @Override
    public void block(lockstep.sim.runtime.Blocker blocker, long timeoutNanos) {
        thread.pendingBlocker = blocker;
        thread.pendingTimeoutNanos = timeoutNanos;
    }

    @Override
    public lockstep.sim.runtime.ThreadHandle startThread(PyObject function, PyObject[] args, String name,
                                                         boolean daemon) {
        return machine.startThread(thread, function, args, name, daemon, this);
    }

    @Override
    public void released(String object) {
        machine.recordRelease(thread, object);
    }

    @Override
    public void acquired(String object) {
        machine.recordAcquire(thread, object);
    }

    @Override
    public String newObjectKey(String kind) {
        return machine.newObjectKey(kind);
    }

    @Override
    public void reportThreadException(String threadName, PyBaseException exception) {
        machine.writeError("Exception in thread " + threadName + ":\n"
                + Traceback.format(exception, describe(exception), machine.source()) + "\n");
    }

    @Override
    public void setPriority(int priority) {
        thread.priority = priority;
    }

    @Override
    public void label(String key, String text) {
        machine.nameObject(key, text);
    }

    /**
     * The most steps a library module's top level may take. Its steps are not the run's, so the run's step limit
     * does not bound them (a run stopped at its limit in the middle of an import would leave the module half made).
     */
    private static final long MODULE_BODY_STEPS = 10_000_000L;

    /** True while a library module's top level runs. */
    private boolean loadingModule;

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
            enter(frame, thread.frame);
            execute(frame);
        } finally {
            machine.steps = savedSteps;
            machine.clockNanos = savedClock;
            evaluating = savedEvaluating;
            loadingModule = savedLoading;
            machine.recorder.quiet = savedQuiet;
        }
    }

    /** The frame that calls {@code multiprocessing._spawn_bootstrap} in a spawned process. */
    private Frame spawnEntryFrame(SimThread t) {
        PyModule mp = machine.moduleOf(t, "multiprocessing");
        String entry = t.spawnEntry;
        PyObject[] args = t.spawnArgs;
        t.spawnEntry = null;
        t.spawnArgs = null;
        PyObject function = mp == null ? null : mp.dict.get(entry);
        if (function == null) {
            throw Errors.raise(Types.RUNTIME_ERROR, "the spawned process did not import multiprocessing");
        }
        return entryFrame(function, args);
    }

    @Override
    public int spawn(PyObject[] bootstrapArgs, boolean viaServer) {
        return machine.spawn(thread, bootstrapArgs, viaServer);
    }

    @Override
    public PyObject processExitCode(int pid) {
        Integer code = machine.exitCodeOf(pid);
        return code == null ? PyNone.NONE : PyInt.of(code);
    }

    @Override
    public PyObject mainModule() {
        return machine.moduleOf(thread, "__main__");
    }

    /** The bottom frame of a new thread that calls {@code function(*args)}. */
    Frame entryFrame(PyObject function, PyObject[] args) {
        Frame f = prepareCall(function, args, 0, args.length, null);
        if (f == null) {
            throw Errors.typeError("a thread's target must be a function defined in the program");
        }
        f.returnMode = Frame.ReturnMode.PUSH;
        return f;
    }

    // ------------------------------------------------------------------ coroutines

    /** Set by a native asking to suspend the running coroutine ({@code _suspend}): the value it yields. */
    private PyObject pendingYield;
    /** Set by a coroutine's {@code send}/{@code throw}: the coroutine to run, and what it receives. */
    private Coroutine pendingResume;
    private PyObject pendingResumeValue;
    private PyBaseException pendingResumeThrown;
    /** The frame an exception thrown by a coroutine switch is raised in, when not the frame of the current step. */
    private Frame raiseFrame;

    @Override
    public void resume(lockstep.sim.runtime.PyCoroutine coroutine, PyObject value, PyBaseException thrown) {
        pendingResume = (Coroutine) coroutine;
        pendingResumeValue = value;
        pendingResumeThrown = thrown;
    }

    @Override
    public void yieldFromCoroutine(PyObject value) {
        pendingYield = value;
    }

    @Override
    public String formatTraceback(PyBaseException e) {
        return Traceback.format(e, describe(e), machine.source());
    }

    @Override
    public void writeError(String text) {
        machine.writeError(text);
    }

    @Override
    public void loopEvent(String kind, String narrationKey, Object... args) {
        machine.recordLoopEvent(thread, thread.frame, kind, narrationKey, args);
    }

    @Override
    public void loopEventAt(lockstep.sim.runtime.PyCoroutine coroutine, String kind, String narrationKey,
                            Object... args) {
        Frame where = ((Coroutine) coroutine).top;
        machine.recordLoopEvent(thread, where != null ? where : thread.frame, kind, narrationKey, args);
    }

    /** A step that switches tasks is reported under the task that ran when it began. */
    private static void rememberTaskAtStepStart(SimThread t) {
        t.taskAtStepStart = t.currentTask;
        t.switchedTask = true;
    }

    /** The task's coroutine has returned or raised: the steps that follow are the event loop's. */
    private static void leaveTask(SimThread t) {
        rememberTaskAtStepStart(t);
        t.currentTask = null;
    }

    private boolean coroutineSwitchPending() {
        return pendingYield != null || pendingResume != null;
    }

    /**
     * Carries out the yield or resume a native asked for in frame {@code f}; returns the frame to go on in. A thrown
     * exception is raised in the resumed coroutine's innermost frame.
     */
    private Frame switchCoroutine(Frame f, Frame boundary) {
        rememberTaskAtStepStart(thread);
        if (pendingYield != null) {
            PyObject value = pendingYield;
            pendingYield = null;
            return Coroutine.detach(thread, f, boundary, value);
        }
        Coroutine c = pendingResume;
        PyObject value = pendingResumeValue;
        PyBaseException thrown = pendingResumeThrown;
        pendingResume = null;
        pendingResumeValue = null;
        pendingResumeThrown = null;
        if (thread.depth + c.frameCount >= MAX_DEPTH) {
            throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        Frame resumed = c.attach(thread, f, value, thrown);
        if (thrown != null) {
            raiseFrame = resumed;
            throw new PyRaise(thrown);
        }
        return resumed;
    }

    /** {@code await x}: runs coroutine {@code x}, or the coroutine {@code x.__await__()} returns, as a call. */
    private Frame await(Frame f, PyObject awaitable) {
        PyObject target = awaitable;
        if (!(target instanceof Coroutine)) {
            PyObject method = target.type().lookup("__await__");
            if (method == null) {
                throw Errors.typeError("object " + target.type().name + " can't be used in 'await' expression");
            }
            target = call(method, target);
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
        enter(c.base, f);
        return c.base;
    }

    // ------------------------------------------------------------------ calls

    /** The result of the last call that completed without a frame (natives, built-in constructors). */
    private PyObject resultOfDirectCall;

    /**
     * Starts a call. Returns the new frame for program functions (not yet entered), or null when the call completed
     * at once, leaving its value in {@link #resultOfDirectCall}.
     */
    private Frame prepareCall(PyObject callable, PyObject[] args, int from, int positional, PyTuple kwNames) {
        if (callable instanceof PyFunction fn) {
            Frame f = newFrame(fn, args, from, positional, kwNames);
            if (fn.code.isCoroutine) {
                resultOfDirectCall = new Coroutine(f);
                return null;
            }
            return f;
        }
        if (callable instanceof PyBoundMethod m) {
            PyObject[] withSelf = new PyObject[positional + kwCount(kwNames) + 1];
            withSelf[0] = m.self;
            System.arraycopy(args, from, withSelf, 1, positional + kwCount(kwNames));
            return prepareCall(m.function, withSelf, 0, positional + 1, kwNames);
        }
        if (callable instanceof PyNativeFunction n) {
            PyObject[] argv = new PyObject[positional];
            System.arraycopy(args, from, argv, 0, positional);
            resultOfDirectCall = n.body.call(this, argv, kwDict(args, from + positional, kwNames));
            return null;
        }
        if (callable instanceof PyType type) {
            return instantiate(type, args, from, positional, kwNames);
        }
        if (callable instanceof PyInstance) {
            PyObject m = callable.type().lookup("__call__");
            if (m != null) {
                return prepareCall(new PyBoundMethod(callable, m), args, from, positional, kwNames);
            }
        }
        throw Errors.typeError("'" + callable.type().name + "' object is not callable");
    }

    private static int kwCount(PyTuple kwNames) {
        return kwNames == null ? 0 : kwNames.items.length;
    }

    private static PyDict kwDict(PyObject[] args, int from, PyTuple kwNames) {
        if (kwNames == null) {
            return null;
        }
        PyDict d = new PyDict();
        for (int i = 0; i < kwNames.items.length; i++) {
            d.map.put(kwNames.items[i], args[from + i]);
        }
        return d;
    }

    private Frame newFrame(PyFunction fn, PyObject[] args, int from, int positional, PyTuple kwNames) {
        CodeObject code = fn.code;
        Frame f = new Frame(code, fn, fn.globals, code.kind == CodeObject.Kind.CLASS_BODY ? new LinkedHashMap<>() : null);
        ArgumentBinder.bind(fn, f.locals, args, from, positional, kwNames);
        for (int i = 0; i < code.cellCount; i++) {
            int p = code.cellParameterIndex[i];
            f.cells[i] = new PyCell(p >= 0 ? f.locals[p] : null);
        }
        for (int i = 0; i < code.freeCount(); i++) {
            f.cells[code.cellCount + i] = fn.closure[i];
        }
        return f;
    }

    /** Calls a class: creates the instance and runs {@code __init__} (in a frame when the program defines it). */
    private Frame instantiate(PyType type, PyObject[] args, int from, int positional, PyTuple kwNames) {
        if (type.isSubtypeOf(Types.BASE_EXCEPTION)) {
            PyBaseException e = new PyBaseException(type);
            PyObject[] exArgs = new PyObject[positional];
            System.arraycopy(args, from, exArgs, 0, positional);
            e.args = PyTuple.of(exArgs);
            return runInit(type, e, args, from, positional, kwNames, true);
        }
        if (type.builtin) {
            PyType.Constructor c = type.constructor();
            if (c == null) {
                throw Errors.typeError("cannot create '" + type.name + "' instances");
            }
            PyObject[] argv = new PyObject[positional];
            System.arraycopy(args, from, argv, 0, positional);
            resultOfDirectCall = c.construct(this, type, argv, kwDict(args, from + positional, kwNames));
            return null;
        }
        PyType nativeBase = type;
        while (!nativeBase.builtin) {
            nativeBase = nativeBase.base;
        }
        PyInstance instance;
        if (nativeBase == Types.OBJECT) {
            instance = new PyInstance(type);
        } else {
            PyObject made = nativeBase.constructor() == null ? null
                    : nativeBase.constructor().construct(this, type, new PyObject[0], null);
            if (!(made instanceof PyInstance i)) {
                throw Errors.typeError("subclassing the built-in type '" + nativeBase.name
                        + "' is outside the scenario language");
            }
            instance = i;
        }
        return runInit(type, instance, args, from, positional, kwNames, false);
    }

    private Frame runInit(PyType type, PyObject instance, PyObject[] args, int from, int positional, PyTuple kwNames,
                          boolean isException) {
        PyObject init = type.lookup("__init__");
        if (init instanceof PyFunction fn) {
            PyObject[] withSelf = new PyObject[positional + kwCount(kwNames) + 1];
            withSelf[0] = instance;
            System.arraycopy(args, from, withSelf, 1, positional + kwCount(kwNames));
            Frame f = newFrame(fn, withSelf, 0, positional + 1, kwNames);
            f.returnMode = Frame.ReturnMode.PUSH_INSTANCE;
            f.instanceBeingInitialized = instance;
            return f;
        }
        if (init instanceof PyNativeFunction n) {
            PyObject[] withSelf = new PyObject[positional + 1];
            withSelf[0] = instance;
            System.arraycopy(args, from, withSelf, 1, positional);
            n.body.call(this, withSelf, kwDict(args, from + positional, kwNames));
        } else if (!isException && (positional > 0 || kwNames != null)) {
            throw Errors.typeError(type.name + "() takes no arguments");
        }
        resultOfDirectCall = instance;
        return null;
    }

    private static void checkInitResult(PyObject r) {
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + r.type().name + "'");
        }
    }

    private void enter(Frame callee, Frame caller) {
        if (thread.depth >= MAX_DEPTH) {
            throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        callee.back = caller;
        thread.frame = callee;
        thread.depth++;
    }

    // ------------------------------------------------------------------ the loop

    /**
     * Executes steps of the current thread. With {@code boundary} null, runs until the thread suspends, ends, or the
     * step limit; otherwise until {@code boundary} returns, and returns its value.
     */
    private PyObject execute(Frame boundary) {
        final Machine m = machine;
        final SimThread t = thread;
        Frame f = t.frame;
        while (true) {
            if (f == null) {
                return null;
            }
            long limit = boundary == null ? stepLimit : loadingModule ? MODULE_BODY_STEPS : m.maxSteps;
            if (m.steps >= limit && !pastSliceEndToEvalBreaker(f, boundary)) {
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
                            throw Errors.raise(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                                    + f.code.localNames[arg] + "' where it is not associated with a value");
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
                        PyObject a = stack[f.sp - 1];
                        stack[f.sp - 1] = a instanceof PyInt && b instanceof PyInt ? binary(arg, a, b)
                                : Arith.inPlace(this, BINARY[arg], a, b);
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
                        if (v == PyBool.FALSE || (v != PyBool.TRUE && !Ops.truthy(this, v))) {
                            f.pc = arg;
                        }
                        break;
                    }
                    case Opcode.POP_JUMP_IF_TRUE: {
                        PyObject v = stack[--f.sp];
                        if (v == PyBool.TRUE || (v != PyBool.FALSE && Ops.truthy(this, v))) {
                            f.pc = arg;
                        }
                        break;
                    }
                    case Opcode.JUMP:
                        f.pc = arg;
                        break;
                    case Opcode.FOR_ITER: {
                        PyObject next = ((PyIterator) stack[f.sp - 1]).next(this);
                        if (next == null) {
                            f.sp--;
                            f.pc = arg;
                        } else {
                            stack[f.sp++] = next;
                        }
                        break;
                    }
                    case Opcode.LOAD_GLOBAL:
                        stack[f.sp++] = loadGlobal(f, f.code.names[arg]);
                        if (m.trackAccesses && f.globals == m.mainGlobals && f.globals.containsKey(f.code.names[arg])) {
                            m.observer.read(t.id, f.code.names[arg], m.steps - 1, f.code.lines[pc]);
                        }
                        break;
                    case Opcode.STORE_GLOBAL: {
                        PyObject v = stack[--f.sp];
                        f.globals.put(f.code.names[arg], v);
                        if ((v instanceof lockstep.sim.runtime.SyncObject || v instanceof PyInstance)
                                && m.hasSyncObjects()) {
                            nameSyncObjects(v, f.code.names[arg], 0);
                        }
                        if (m.trackAccesses && f.globals == m.mainGlobals) {
                            m.observer.wrote(t.id, f.code.names[arg], m.steps - 1, f.code.lines[pc]);
                        }
                        break;
                    }
                    case Opcode.CALL: {
                        int n = arg & 0xffff;
                        PyTuple kwNames = f.pendingKwNames;
                        f.pendingKwNames = null;
                        int positional = n - kwCount(kwNames);
                        boolean method = (arg & Opcode.CALL_METHOD_FLAG) != 0;
                        int base = f.sp - n - (method ? 2 : 1);
                        PyObject callable = stack[base];
                        Frame callee;
                        if (method && callable != null) {
                            callee = prepareCall(callable, stack, base + 1, positional + 1, kwNames);
                        } else {
                            callee = prepareCall(method ? stack[base + 1] : callable, stack, base + (method ? 2 : 1),
                                    positional, kwNames);
                        }
                        for (int i = base; i < f.sp; i++) {
                            stack[i] = null;
                        }
                        f.sp = base;
                        if (callee == null) {
                            if (t.exitRequested) {
                                recordStep(stepFrame, pc, stepIndex, stepStart);
                                return null;
                            }
                            if (coroutineSwitchPending()) {
                                resultOfDirectCall = null;
                                f = switchCoroutine(f, boundary);
                                break;
                            }
                            stack[f.sp++] = resultOfDirectCall;
                            resultOfDirectCall = null;
                            if ((t.pendingSuspendNanos >= 0 || t.pendingBlocker != null)
                                    && suspendAfterCall(t, boundary)) {
                                recordStep(stepFrame, pc, stepIndex, stepStart);
                                return null;
                            }
                        } else {
                            enter(callee, f);
                            f = callee;
                        }
                        break;
                    }
                    case Opcode.RETURN_VALUE: {
                        PyObject v = stack[--f.sp];
                        Frame caller = f.back;
                        t.depth--;
                        t.frame = caller;
                        Frame.ReturnMode mode = f.returnMode;
                        if (mode == Frame.ReturnMode.PUSH_INSTANCE) {
                            checkInitResult(v);
                            v = f.instanceBeingInitialized;
                        }
                        if (f.coroutine != null) {
                            f.coroutine.close();
                            if (mode == Frame.ReturnMode.SEND) {
                                leaveTask(t);
                                // The coroutine's send() raises StopIteration carrying the value, in the sender.
                                f = caller;
                                raiseFrame = caller;
                                throw new PyRaise(Coroutine.stopIteration(v));
                            }
                        }
                        if (f == boundary || mode == Frame.ReturnMode.TO_JAVA) {
                            recordStep(stepFrame, pc, stepIndex, stepStart);
                            return v;
                        }
                        if (caller == null && t.spawnEntry != null) {
                            // A spawned process has run its top level: now multiprocessing's bootstrap runs.
                            recordStep(stepFrame, pc, stepIndex, stepStart);
                            Frame entry = spawnEntryFrame(t);
                            t.depth = 0;
                            enter(entry, null);
                            f = entry;
                            break;
                        }
                        if (caller == null) {
                            recordStep(stepFrame, pc, stepIndex, stepStart);
                            m.threadFinished(t, null);
                            return null;
                        }
                        f = caller;
                        f.stack[f.sp++] = v;
                        break;
                    }
                    default:
                        f = general(f, op, arg);
                        if ((t.pendingSuspendNanos >= 0 || t.pendingBlocker != null)
                                && suspendAfterCall(t, boundary)) {
                            recordStep(stepFrame, pc, stepIndex, stepStart);
                            return null;
                        }
                        break;
                }
                if (m.listener != null) {
                    recordStep(stepFrame, pc, stepIndex, stepStart);
                }
            } catch (PyRaise r) {
                recordStep(stepFrame, pc, stepIndex, stepStart);
                Frame raisedIn = raiseFrame != null ? raiseFrame : stepFrame;
                raiseFrame = null;
                f = handle(raisedIn, r.exception, op == Opcode.RERAISE, boundary);
                if (f == null) {
                    return null;
                }
            }
        }
    }

    /**
     * Under the modern GIL a thread whose time is up keeps running until an eval-breaker point — the start of a
     * function or a loop's backward jump — as CPython 3.10+ only checks for a GIL drop request there.
     */
    private boolean pastSliceEndToEvalBreaker(Frame f, Frame boundary) {
        if (boundary != null || !machine.gilActive || machine.gilClassic || machine.steps >= machine.maxSteps) {
            return false;
        }
        if (f.pc == 0) {
            return false;
        }
        int op = f.code.opcodes[f.pc];
        return !(op == Opcode.JUMP && f.code.args[f.pc] < f.pc);
    }

    /**
     * Acts on a suspension a native call asked for. Returns true when the thread now waits and the loop must stop;
     * inside a call made from Java the thread cannot leave, so the time simply passes.
     */
    private boolean suspendAfterCall(SimThread t, Frame boundary) {
        if (t.pendingBlocker != null) {
            lockstep.sim.runtime.Blocker blocker = t.pendingBlocker;
            t.pendingBlocker = null;
            if (boundary != null) {
                throw Errors.raise(Types.RUNTIME_ERROR,
                        "a thread cannot wait inside a call made by a built-in (such as a sort key)");
            }
            machine.block(t, blocker, t.pendingTimeoutNanos);
            return true;
        }
        long nanos = t.pendingSuspendNanos;
        String kind = t.pendingSuspendKind;
        t.pendingSuspendNanos = -1;
        t.pendingSuspendKind = null;
        if (boundary != null) {
            machine.clockNanos += nanos;
            return false;
        }
        if (nanos == 0 && "compute".equals(kind)) {
            return false;
        }
        machine.suspend(t, nanos, kind);
        return true;
    }

    private void recordStep(Frame frame, int pc, long stepIndex, long stepStart) {
        if (machine.listener != null && !evaluating) {
            machine.recorder.step(thread, frame, pc, stepIndex, stepStart, machine.currentCore);
        }
    }

    /**
     * Routes an exception raised in frame {@code f} to its handler, unwinding frames as needed. Returns the frame to
     * continue in, or null when the thread ended; throws when the exception leaves a call made from Java.
     */
    private Frame handle(Frame f, PyBaseException e, boolean reraise, Frame boundary) {
        SimThread t = thread;
        if (!reraise) {
            if (e.context == null && t.handledException != null && t.handledException != e) {
                e.context = t.handledException;
            }
            e.traceback.add(0, new PyBaseException.TracebackEntry(f.code.fileName, f.currentLine(), f.code.name));
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
            Frame caller = f.back;
            t.depth--;
            t.frame = caller;
            if (f.coroutine != null) {
                f.coroutine.close();
                if (f.returnMode == Frame.ReturnMode.SEND) {
                    leaveTask(t);
                }
            }
            if (f == boundary || f.returnMode == Frame.ReturnMode.TO_JAVA) {
                throw new PyRaise(e);
            }
            if (caller == null) {
                machine.threadFinished(t, e);
                return null;
            }
            f = caller;
            e.traceback.add(0, new PyBaseException.TracebackEntry(f.code.fileName, f.currentLine(), f.code.name));
        }
    }

    private PyObject loadGlobal(Frame f, String name) {
        PyObject v = f.globals.get(name);
        if (v == null) {
            v = Builtins.get(name);
            if (v == null) {
                throw Errors.nameError(name);
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
        return Arith.binary(this, BINARY[arg], a, b);
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
            case EQ -> Ops.eq(this, a, b);
            case NE -> notEqual(a, b);
            default -> Ops.compare(this, a, b, op.symbol);
        };
    }

    private boolean notEqual(PyObject a, PyObject b) {
        if (a instanceof PyInstance && !(a instanceof PyBaseException)) {
            PyObject ne = a.type().lookup("__ne__");
            if (ne != null) {
                return Ops.truthy(this, call(ne, a, b));
            }
        }
        return !Ops.eq(this, a, b);
    }

    /**
     * Names the synchronization objects a global holds, directly or in attributes up to two levels down (a queue's
     * mutex, an event's lock), after that global, so narration says {@code q} rather than {@code lock#4}.
     */
    private void nameSyncObjects(PyObject value, String name, int depth) {
        if (value instanceof lockstep.sim.runtime.SyncObject so) {
            machine.nameObject(so.key(), name);
        } else if (value instanceof PyInstance inst && depth < 3 && !(value instanceof PyBaseException)) {
            for (PyObject attribute : inst.dict.values()) {
                nameSyncObjects(attribute, name, depth + 1);
            }
        }
    }

    /** Reports an access to a data attribute of a program object (not to methods or modules) to the observer. */
    private void trackAttribute(Frame f, PyObject obj, String name, boolean write) {
        if (!(obj instanceof PyInstance inst) || obj instanceof lockstep.sim.runtime.PyThreadLocal
                || (!write && !inst.dict.containsKey(name))) {
            return;
        }
        String variable = obj.type().name + "#" + thread.process.objects.numberOf(obj) + "." + name;
        int line = f.code.lines[f.pc - 1];
        if (write) {
            machine.observer.wrote(thread.id, variable, machine.steps - 1, line);
        } else {
            machine.observer.read(thread.id, variable, machine.steps - 1, line);
        }
    }

    /** The less frequent micro-ops. Returns the frame to continue in. */
    private Frame general(Frame f, int op, int arg) {
        PyObject[] stack = f.stack;
        CodeObject code = f.code;
        switch (op) {
            case Opcode.NOP:
                break;
            case Opcode.POP_TOP:
                stack[--f.sp] = null;
                break;
            case Opcode.DUP_TOP:
                stack[f.sp] = stack[f.sp - 1];
                f.sp++;
                break;
            case Opcode.DUP_TOP_TWO:
                stack[f.sp] = stack[f.sp - 2];
                stack[f.sp + 1] = stack[f.sp - 1];
                f.sp += 2;
                break;
            case Opcode.ROT_TWO: {
                PyObject top = stack[f.sp - 1];
                stack[f.sp - 1] = stack[f.sp - 2];
                stack[f.sp - 2] = top;
                break;
            }
            case Opcode.ROT_THREE: {
                PyObject top = stack[f.sp - 1];
                stack[f.sp - 1] = stack[f.sp - 2];
                stack[f.sp - 2] = stack[f.sp - 3];
                stack[f.sp - 3] = top;
                break;
            }
            case Opcode.DELETE_FAST:
                if (f.locals[arg] == null) {
                    throw Errors.raise(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                            + code.localNames[arg] + "' where it is not associated with a value");
                }
                f.locals[arg] = null;
                break;
            case Opcode.LOAD_DEREF: {
                PyObject v = f.cells[arg].value;
                if (v == null) {
                    String name = code.cellNames[arg];
                    if (arg < code.cellCount) {
                        throw Errors.raise(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                                + "' where it is not associated with a value");
                    }
                    throw Errors.raise(Types.NAME_ERROR, "cannot access free variable '" + name
                            + "' where it is not associated with a value in enclosing scope");
                }
                stack[f.sp++] = v;
                break;
            }
            case Opcode.STORE_DEREF:
                f.cells[arg].value = stack[--f.sp];
                break;
            case Opcode.LOAD_CLOSURE:
                stack[f.sp++] = f.cells[arg];
                break;
            case Opcode.DELETE_GLOBAL:
                if (f.globals.remove(code.names[arg]) == null) {
                    throw Errors.nameError(code.names[arg]);
                }
                break;
            case Opcode.LOAD_NAME: {
                String name = code.names[arg];
                PyObject v = f.namespace != null ? f.namespace.get(name) : null;
                stack[f.sp++] = v != null ? v : loadGlobal(f, name);
                break;
            }
            case Opcode.STORE_NAME:
                (f.namespace != null ? f.namespace : f.globals).put(code.names[arg], stack[--f.sp]);
                break;
            case Opcode.DELETE_NAME:
                if ((f.namespace != null ? f.namespace : f.globals).remove(code.names[arg]) == null) {
                    throw Errors.nameError(code.names[arg]);
                }
                break;
            case Opcode.LOAD_ATTR:
                if (machine.trackAccesses && f.globals == machine.mainGlobals) {
                    trackAttribute(f, stack[f.sp - 1], code.names[arg], false);
                }
                stack[f.sp - 1] = Attrs.get(this, stack[f.sp - 1], code.names[arg]);
                break;
            case Opcode.STORE_ATTR: {
                PyObject obj = stack[--f.sp];
                PyObject value = stack[--f.sp];
                Attrs.set(this, obj, code.names[arg], value);
                if (machine.trackAccesses && f.globals == machine.mainGlobals) {
                    trackAttribute(f, obj, code.names[arg], true);
                }
                break;
            }
            case Opcode.DELETE_ATTR:
                Attrs.delete(this, stack[--f.sp], code.names[arg]);
                break;
            case Opcode.LOAD_METHOD: {
                PyObject obj = stack[f.sp - 1];
                PyObject method = Attrs.findMethod(obj, code.names[arg]);
                if (method != null) {
                    stack[f.sp - 1] = method;
                    stack[f.sp++] = obj;
                } else {
                    stack[f.sp - 1] = null;
                    stack[f.sp++] = Attrs.get(this, obj, code.names[arg]);
                }
                break;
            }
            case Opcode.UNARY_NEGATIVE:
                stack[f.sp - 1] = Arith.negate(this, stack[f.sp - 1]);
                break;
            case Opcode.UNARY_POSITIVE:
                stack[f.sp - 1] = Arith.positive(this, stack[f.sp - 1]);
                break;
            case Opcode.UNARY_NOT:
                stack[f.sp - 1] = PyBool.of(!Ops.truthy(this, stack[f.sp - 1]));
                break;
            case Opcode.UNARY_INVERT:
                stack[f.sp - 1] = Arith.invert(this, stack[f.sp - 1]);
                break;
            case Opcode.CONTAINS_OP: {
                PyObject container = stack[--f.sp];
                boolean in = Items.contains(this, container, stack[f.sp - 1]);
                stack[f.sp - 1] = PyBool.of(in != (arg == 1));
                break;
            }
            case Opcode.IS_OP: {
                PyObject b = stack[--f.sp];
                stack[f.sp - 1] = PyBool.of((stack[f.sp - 1] == b) != (arg == 1));
                break;
            }
            case Opcode.BINARY_SUBSCR: {
                PyObject key = stack[--f.sp];
                stack[f.sp - 1] = Items.getItem(this, stack[f.sp - 1], key);
                break;
            }
            case Opcode.STORE_SUBSCR: {
                PyObject key = stack[--f.sp];
                PyObject obj = stack[--f.sp];
                PyObject value = stack[--f.sp];
                Items.setItem(this, obj, key, value);
                break;
            }
            case Opcode.DELETE_SUBSCR: {
                PyObject key = stack[--f.sp];
                Items.delItem(this, stack[--f.sp], key);
                break;
            }
            case Opcode.BUILD_SLICE: {
                PyObject step = arg == 3 ? stack[--f.sp] : PyNone.NONE;
                PyObject stop = stack[--f.sp];
                PyObject start = stack[--f.sp];
                stack[f.sp++] = new PySlice(start, stop, step);
                break;
            }
            case Opcode.BUILD_TUPLE: {
                PyObject[] items = new PyObject[arg];
                f.sp -= arg;
                System.arraycopy(stack, f.sp, items, 0, arg);
                stack[f.sp++] = PyTuple.of(items);
                break;
            }
            case Opcode.BUILD_LIST: {
                ArrayList<PyObject> items = new ArrayList<>(Math.max(arg, 4));
                f.sp -= arg;
                for (int i = 0; i < arg; i++) {
                    items.add(stack[f.sp + i]);
                }
                stack[f.sp++] = new PyList(items, true);
                break;
            }
            case Opcode.BUILD_SET: {
                LinkedHashSet<PyObject> items = new LinkedHashSet<>();
                f.sp -= arg;
                for (int i = 0; i < arg; i++) {
                    items.add(Ops.checkHashable(stack[f.sp + i]));
                }
                stack[f.sp++] = new PySet(items, false);
                break;
            }
            case Opcode.BUILD_MAP: {
                PyDict d = new PyDict();
                f.sp -= 2 * arg;
                for (int i = 0; i < arg; i++) {
                    d.map.put(Ops.checkHashable(stack[f.sp + 2 * i]), stack[f.sp + 2 * i + 1]);
                }
                stack[f.sp++] = d;
                break;
            }
            case Opcode.LIST_APPEND: {
                PyObject v = stack[--f.sp];
                ((PyList) stack[f.sp - arg]).items.add(v);
                break;
            }
            case Opcode.SET_ADD: {
                PyObject v = stack[--f.sp];
                ((PySet) stack[f.sp - arg]).items.add(Ops.checkHashable(v));
                break;
            }
            case Opcode.MAP_ADD: {
                PyObject v = stack[--f.sp];
                PyObject k = stack[--f.sp];
                ((PyDict) stack[f.sp - arg]).map.put(Ops.checkHashable(k), v);
                break;
            }
            case Opcode.LIST_EXTEND: {
                PyObject v = stack[--f.sp];
                ((PyList) stack[f.sp - arg]).items.addAll(Items.toList(this, v));
                break;
            }
            case Opcode.SET_UPDATE: {
                PyObject v = stack[--f.sp];
                for (PyObject item : Items.toList(this, v)) {
                    ((PySet) stack[f.sp - arg]).items.add(Ops.checkHashable(item));
                }
                break;
            }
            case Opcode.DICT_UPDATE:
            case Opcode.DICT_MERGE: {
                PyObject v = stack[--f.sp];
                if (!(v instanceof PyDict src)) {
                    throw Errors.typeError(op == Opcode.DICT_MERGE
                            ? "argument after ** must be a mapping, not " + v.type().name
                            : "'" + v.type().name + "' object is not a mapping");
                }
                PyDict target = (PyDict) stack[f.sp - arg];
                if (op == Opcode.DICT_MERGE) {
                    for (PyObject k : src.map.keySet()) {
                        if (target.map.containsKey(k)) {
                            throw Errors.typeError("got multiple values for keyword argument '" + Ops.str(this, k) + "'");
                        }
                    }
                }
                target.map.putAll(src.map);
                break;
            }
            case Opcode.LIST_TO_TUPLE:
                stack[f.sp - 1] = PyTuple.of(((PyList) stack[f.sp - 1]).items);
                break;
            case Opcode.BUILD_STRING: {
                StringBuilder sb = new StringBuilder();
                f.sp -= arg;
                for (int i = 0; i < arg; i++) {
                    sb.append(((PyStr) stack[f.sp + i]).value);
                    stack[f.sp + i] = null;
                }
                stack[f.sp++] = PyStr.of(sb.toString());
                break;
            }
            case Opcode.FORMAT_VALUE: {
                String spec = "";
                if ((arg & Opcode.FORMAT_WITH_SPEC) != 0) {
                    spec = ((PyStr) stack[--f.sp]).value;
                }
                PyObject v = Formatting.convert(this, stack[f.sp - 1], (char) (arg & 0xffff));
                stack[f.sp - 1] = PyStr.of(Formatting.format(this, v, spec));
                break;
            }
            case Opcode.JUMP_IF_FALSE_OR_POP:
                if (!Ops.truthy(this, stack[f.sp - 1])) {
                    f.pc = arg;
                } else {
                    f.sp--;
                }
                break;
            case Opcode.JUMP_IF_TRUE_OR_POP:
                if (Ops.truthy(this, stack[f.sp - 1])) {
                    f.pc = arg;
                } else {
                    f.sp--;
                }
                break;
            case Opcode.GET_ITER:
                stack[f.sp - 1] = Items.iter(this, stack[f.sp - 1]);
                break;
            case Opcode.UNPACK_SEQUENCE: {
                PyObject seq = stack[--f.sp];
                List<PyObject> items = Items.toList(this, seq);
                if (items.size() != arg) {
                    if (items.size() > arg) {
                        throw Errors.valueError("too many values to unpack (expected " + arg + ")");
                    }
                    throw Errors.valueError("not enough values to unpack (expected " + arg + ", got " + items.size() + ")");
                }
                for (int i = arg - 1; i >= 0; i--) {
                    stack[f.sp++] = items.get(i);
                }
                break;
            }
            case Opcode.UNPACK_EX: {
                int before = arg & 0xff;
                int after = arg >> 8;
                List<PyObject> items = Items.toList(this, stack[--f.sp]);
                if (items.size() < before + after) {
                    throw Errors.valueError("not enough values to unpack (expected at least " + (before + after)
                            + ", got " + items.size() + ")");
                }
                for (int i = items.size() - 1; i >= items.size() - after; i--) {
                    stack[f.sp++] = items.get(i);
                }
                stack[f.sp++] = new PyList(new ArrayList<>(items.subList(before, items.size() - after)), true);
                for (int i = before - 1; i >= 0; i--) {
                    stack[f.sp++] = items.get(i);
                }
                break;
            }
            case Opcode.KW_NAMES:
                f.pendingKwNames = (PyTuple) code.constants[arg];
                break;
            case Opcode.CALL_EX: {
                PyDict kwargs = (arg & 1) != 0 ? (PyDict) stack[--f.sp] : null;
                PyTuple args = (PyTuple) stack[--f.sp];
                PyObject callable = stack[--f.sp];
                PyTuple kwNames = null;
                PyObject[] all = args.items;
                if (kwargs != null && !kwargs.map.isEmpty()) {
                    all = new PyObject[args.items.length + kwargs.map.size()];
                    System.arraycopy(args.items, 0, all, 0, args.items.length);
                    PyObject[] names = new PyObject[kwargs.map.size()];
                    int i = 0;
                    for (Map.Entry<PyObject, PyObject> e : kwargs.map.entrySet()) {
                        if (!(e.getKey() instanceof PyStr)) {
                            throw Errors.typeError("keywords must be strings");
                        }
                        names[i] = e.getKey();
                        all[args.items.length + i++] = e.getValue();
                    }
                    kwNames = PyTuple.of(names);
                }
                Frame callee = prepareCall(callable, all, 0, args.items.length, kwNames);
                if (callee == null && coroutineSwitchPending()) {
                    resultOfDirectCall = null;
                    return switchCoroutine(f, null);
                } else if (callee == null) {
                    stack[f.sp++] = resultOfDirectCall;
                    resultOfDirectCall = null;
                } else {
                    enter(callee, f);
                    return callee;
                }
                break;
            }
            case Opcode.MAKE_FUNCTION: {
                PyObject[] closureCells = null;
                if ((arg & Opcode.MAKE_CLOSURE) != 0) {
                    closureCells = ((PyTuple) stack[--f.sp]).items;
                }
                LinkedHashMap<String, PyObject> kwDefaults = null;
                if ((arg & Opcode.MAKE_KW_DEFAULTS) != 0) {
                    kwDefaults = new LinkedHashMap<>();
                    for (Map.Entry<PyObject, PyObject> e : ((PyDict) stack[--f.sp]).map.entrySet()) {
                        kwDefaults.put(((PyStr) e.getKey()).value, e.getValue());
                    }
                }
                PyObject[] defaults = new PyObject[0];
                if ((arg & Opcode.MAKE_DEFAULTS) != 0) {
                    defaults = ((PyTuple) stack[--f.sp]).items;
                }
                PyCell[] cells = new PyCell[closureCells == null ? 0 : closureCells.length];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = (PyCell) closureCells[i];
                }
                CodeObject fnCode = (CodeObject) code.constants[arg & 0xfffff];
                stack[f.sp++] = new PyFunction(fnCode, f.globals, defaults, kwDefaults, cells);
                break;
            }
            case Opcode.MAKE_CLASS: {
                PyTuple bases = (PyTuple) stack[--f.sp];
                PyStr name = (PyStr) stack[--f.sp];
                PyFunction body = (PyFunction) stack[--f.sp];
                stack[f.sp++] = makeClass(body, name.value, bases);
                break;
            }
            case Opcode.IMPORT_NAME: {
                String name = code.names[arg & 0xfffff];
                boolean topLevel = (arg & Compiler.IMPORT_TOP_LEVEL) != 0;
                PyModule module = machine.importModule(thread.process, name);
                stack[f.sp++] = topLevel ? machine.importModule(thread.process, name.split("\\.")[0]) : module;
                break;
            }
            case Opcode.IMPORT_FROM: {
                PyModule module = (PyModule) stack[f.sp - 1];
                String name = code.names[arg];
                PyObject v = module.dict.get(name);
                if (v == null) {
                    throw Errors.raise(Types.IMPORT_ERROR, "cannot import name '" + name + "' from '" + module.name
                            + "' (unknown location)");
                }
                stack[f.sp++] = v;
                break;
            }
            case Opcode.IMPORT_STAR: {
                PyModule module = (PyModule) stack[--f.sp];
                for (Map.Entry<String, PyObject> e : module.dict.entrySet()) {
                    if (!e.getKey().startsWith("_")) {
                        f.globals.put(e.getKey(), e.getValue());
                    }
                }
                break;
            }
            case Opcode.SETUP_FINALLY:
                f.pushBlock(Frame.BLOCK_SETUP, arg, f.sp, null);
                break;
            case Opcode.SETUP_WITH:
                f.pushBlock(Frame.BLOCK_SETUP, arg, f.sp - 1, null);
                break;
            case Opcode.POP_BLOCK:
                f.popBlock();
                break;
            case Opcode.POP_EXCEPT:
                thread.handledException = f.topBlockSavedException();
                f.popBlock();
                break;
            case Opcode.RERAISE:
                throw new PyRaise((PyBaseException) stack[--f.sp]);
            case Opcode.RAISE_VARARGS:
                throw new PyRaise(raise(f, arg));
            case Opcode.CHECK_EXC_MATCH: {
                PyObject type = stack[--f.sp];
                PyObject exception = stack[f.sp - 1];
                stack[f.sp++] = PyBool.of(exceptionMatches(exception, type));
                break;
            }
            case Opcode.PREP_EXIT_ARGS: {
                PyObject e = stack[--f.sp];
                stack[f.sp++] = e.type();
                stack[f.sp++] = e;
                stack[f.sp++] = PyNone.NONE;
                break;
            }
            case Opcode.AWAIT:
                return await(f, stack[--f.sp]);
            case Opcode.LOAD_ASSERTION_ERROR:
                stack[f.sp++] = Types.ASSERTION_ERROR;
                break;
            case Opcode.LOAD_SUPER: {
                PyType cls = f.function == null ? null : f.function.definingClass;
                if (cls == null) {
                    throw Errors.raise(Types.RUNTIME_ERROR, "super(): __class__ cell not found");
                }
                if (f.locals.length == 0 || f.locals[0] == null) {
                    throw Errors.raise(Types.RUNTIME_ERROR, "super(): no arguments");
                }
                stack[f.sp++] = new PySuper(cls, f.locals[0]);
                break;
            }
            default:
                throw new IllegalStateException("unknown opcode " + op);
        }
        return f;
    }

    private PyBaseException raise(Frame f, int arg) {
        if (arg == 0) {
            PyBaseException current = thread.handledException;
            if (current == null) {
                throw Errors.raise(Types.RUNTIME_ERROR, "No active exception to reraise");
            }
            return current;
        }
        PyObject cause = arg == 2 ? f.stack[--f.sp] : null;
        PyBaseException e = toException(f.stack[--f.sp]);
        if (cause != null) {
            e.cause = cause == PyNone.NONE ? null : toException(cause);
        }
        return e;
    }

    private PyBaseException toException(PyObject o) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        if (o instanceof PyType type && type.isSubtypeOf(Types.BASE_EXCEPTION)) {
            PyObject made = call(type);
            return (PyBaseException) made;
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    private boolean exceptionMatches(PyObject exc, PyObject type) {
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

    private PyType makeClass(PyFunction body, String name, PyTuple bases) {
        if (bases.items.length > 1) {
            throw Errors.typeError("multiple inheritance is outside the scenario language");
        }
        PyType base = Types.OBJECT;
        if (bases.items.length == 1) {
            if (!(bases.items[0] instanceof PyType b)) {
                throw Errors.typeError("bases must be types");
            }
            base = b;
        }
        Frame frame = newFrame(body, new PyObject[0], 0, 0, null);
        frame.returnMode = Frame.ReturnMode.TO_JAVA;
        String module = body.globals.get("__name__") instanceof PyStr n ? n.value : "__main__";
        frame.namespace.put("__module__", PyStr.of(module));
        frame.namespace.put("__qualname__", PyStr.of(body.code.qualifiedName));
        enter(frame, thread.frame);
        execute(frame);
        PyType type = new PyType(name, base, false, module);
        for (Map.Entry<String, PyObject> e : frame.namespace.entrySet()) {
            if (e.getKey().equals("__qualname__")) {
                continue;
            }
            type.dict.put(e.getKey(), e.getValue());
            if (e.getValue() instanceof PyFunction fn && fn.code.isMethodOfClassBody) {
                fn.definingClass = type;
            }
        }
        return type;
    }

    @Override
    public long switchIntervalNanos() {
        return machine.switchIntervalNanos;
    }

    @Override
    public void setSwitchIntervalNanos(long nanos) {
        machine.switchIntervalNanos = nanos;
    }

    @Override
    public int fork() {
        return machine.fork(thread);
    }

    @Override
    public int pid() {
        return thread.process.pid;
    }

    @Override
    public int parentPid() {
        return thread.process.parentPid;
    }

    @Override
    public void exitProcess(int code) {
        thread.exitRequested = true;
        machine.exitProcess(thread, code);
    }

    @Override
    public boolean waitForChild(int pid) {
        lockstep.sim.runtime.Blocker blocker = machine.childWait(thread, pid);
        if (blocker == null) {
            return false;
        }
        block(blocker, -1);
        return true;
    }
}
