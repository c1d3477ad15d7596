package lockstep.sim.machine;

import java.util.LinkedHashMap;
import java.util.Map;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyBoundMethod;
import lockstep.sim.runtime.PyCell;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * Call dispatch for the interpreter: what a call of a function, bound method, native, class or callable instance
 * does, the binding of its arguments to a new frame, and the entry into that frame.
 */
final class Calls {
    private final Interpreter interpreter;

    /** The result of the last call that completed without a frame (natives, built-in constructors). */
    private PyObject resultOfDirectCall;
    /** The generator the call being prepared made itself (a generator function's call), or null. */
    private Generator justMade;
    /** The coroutine the call being prepared made itself (an async function's call), or null. */
    private Coroutine justMadeCoroutine;

    Calls(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** The value of the call that just completed without a frame; cleared. */
    PyObject takeResult() {
        PyObject r = resultOfDirectCall;
        resultOfDirectCall = null;
        return r;
    }

    /** A call from Java into any callable: runs to completion on the current thread and returns its value. */
    PyObject callFromJava(PyObject callable, PyObject[] args, PyDict kwargs) {
        return callFromJava(callable, args, kwargs, false);
    }

    /** {@code type.__call__(cls, ...)}: instantiates {@code type} without its metaclass's {@code __call__}. */
    PyObject constructFromJava(PyType type, PyObject[] args, PyDict kwargs) {
        return callFromJava(type, args, kwargs, true);
    }

    private PyObject callFromJava(PyObject callable, PyObject[] args, PyDict kwargs, boolean instantiate) {
        if (callable instanceof PyNativeFunction n) {
            return callNativeFromJava(n, args, kwargs);
        }
        if (callable instanceof PyBoundMethod m) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = m.self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return callFromJava(m.function, withSelf, kwargs, false);
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
        Frame callee = instantiate ? instantiate((PyType) callable, all, 0, args.length, kwNames)
                : prepareCall(callable, all, 0, args.length, kwNames);
        justMade = null; // made for Java code, which may keep it: not a CALL's own
        justMadeCoroutine = null;
        if (callee == null) {
            PyObject r = takeResult();
            return r instanceof MachineRequest request ? deferFromJava(request) : r;
        }
        boolean init = callee.returnMode == Frame.ReturnMode.PUSH_INSTANCE;
        PyObject instance = callee.instanceBeingInitialized;
        callee.returnMode = Frame.ReturnMode.TO_JAVA;
        enter(callee, interpreter.thread.frame);
        PyObject r = interpreter.execute(callee);
        if (init) {
            checkInitResult(r);
            return instance;
        }
        return r;
    }

    private PyObject callNativeFromJava(PyNativeFunction n, PyObject[] args, PyDict kwargs) {
        PyObject r = callNative(n, args, kwargs);
        return r instanceof MachineRequest request ? deferFromJava(request) : r;
    }

    /** Calls a native's body; a Java exception escaping it becomes a Python one ({@link NativeFailures}). */
    private PyObject callNative(PyNativeFunction n, PyObject[] args, PyDict kwargs) {
        n.checkSelf(args);
        try {
            return n.body.call(interpreter.context, args, kwargs);
        } catch (RuntimeException e) {
            throw NativeFailures.of(n.name, e);
        } catch (StackOverflowError e) {
            throw NativeFailures.recursionError();
        }
    }

    /** Calls a built-in type's constructor, guarded as {@link #callNative} is. */
    private PyObject construct(PyType.Constructor c, PyType type, PyObject[] args, PyDict kwargs) {
        try {
            return c.construct(interpreter.context, type, args, kwargs);
        } catch (RuntimeException e) {
            throw NativeFailures.of(type.name, e);
        } catch (StackOverflowError e) {
            throw NativeFailures.recursionError();
        }
    }

    /**
     * A native called from Java asked for something the machine can only do once the current step's instruction
     * is over: the request waits until then (see {@link Interpreter#defer}). A coroutine cannot switch there.
     */
    private PyObject deferFromJava(MachineRequest request) {
        if (request instanceof MachineRequest.Advance advance) {
            return interpreter.generators.callFromJava(advance);
        }
        if (request instanceof MachineRequest.NextItem nextItem) {
            return interpreter.generators.nextItemFromJava(nextItem);
        }
        if (request instanceof MachineRequest.IterateInProgram iterate) {
            return interpreter.generators.iterateFromJava(iterate);
        }
        if (request instanceof MachineRequest.Yield || request instanceof MachineRequest.Resume) {
            throw Errors.raise(Types.RUNTIME_ERROR, "a coroutine cannot switch inside a call made by a built-in");
        }
        return interpreter.defer(request);
    }

    /**
     * {@code CALL}: pops the callable and its arguments off {@code f}'s stack and starts the call. Returns the new
     * frame (not yet entered), or null when the call completed at once (its value is {@link #takeResult}).
     */
    Frame prepareStackCall(Frame f, int arg) {
        PyObject[] stack = f.stack;
        int n = arg & 0xffff;
        PyTuple kwNames = f.pendingKwNames;
        f.pendingKwNames = null;
        int positional = n - kwCount(kwNames);
        boolean method = (arg & lockstep.sim.compile.Opcode.CALL_METHOD_FLAG) != 0;
        int base = f.sp - n - (method ? 2 : 1);
        PyObject callable = stack[base];
        Frame callee;
        justMade = null;
        justMadeCoroutine = null;
        if (method && callable != null) {
            callee = prepareCall(callable, stack, base + 1, positional + 1, kwNames);
        } else {
            callee = prepareCall(method ? stack[base + 1] : callable, stack, base + (method ? 2 : 1),
                    positional, kwNames);
        }
        if (justMade != null) {
            if (callee == null && resultOfDirectCall == justMade) {
                justMade.madeIn = f;
                justMade.madeBefore = f.pc;
                justMade.intoLoopCall = (arg & lockstep.sim.compile.Opcode.CALL_INTO_LOOP_FLAG) != 0;
                justMade.forLoopsBegunBefore = f.forLoopsBegun;
            }
            justMade = null;
        }
        if (justMadeCoroutine != null) {
            if (callee == null && resultOfDirectCall == justMadeCoroutine) {
                justMadeCoroutine.madeIn = f;
                justMadeCoroutine.madeBefore = f.pc;
            }
            justMadeCoroutine = null;
        }
        for (int i = base; i < f.sp; i++) {
            stack[i] = null;
        }
        f.sp = base;
        return callee;
    }

    /** {@code CALL_EX}: a call with an argument tuple and an optional keyword dict. */
    Frame prepareUnpackedCall(PyObject callable, PyTuple args, PyDict kwargs) {
        PyTuple kwNames = null;
        PyObject[] all = args.items;
        if (kwargs != null && !kwargs.map.isEmpty()) {
            all = new PyObject[args.items.length + kwargs.map.size()];
            System.arraycopy(args.items, 0, all, 0, args.items.length);
            PyObject[] names = new PyObject[kwargs.map.size()];
            int i = 0;
            for (Map.Entry<PyObject, PyObject> e : kwargs.map.entrySet()) {
                if (!(e.getKey() instanceof lockstep.sim.runtime.PyStr)) {
                    throw Errors.typeError("keywords must be strings");
                }
                names[i] = e.getKey();
                all[args.items.length + i++] = e.getValue();
            }
            kwNames = PyTuple.of(names);
        }
        return prepareCall(callable, all, 0, args.items.length, kwNames);
    }

    /**
     * Starts a call. Returns the new frame for program functions (not yet entered), or null when the call completed
     * at once, leaving its value in {@link #resultOfDirectCall}.
     */
    Frame prepareCall(PyObject callable, PyObject[] args, int from, int positional, PyTuple kwNames) {
        if (callable instanceof PyFunction fn) {
            Frame f = newFrame(fn, args, from, positional, kwNames);
            if (fn.code.isGenerator) {
                // Numbered in the run among the program's generators only: a library's are never told.
                boolean library = lockstep.sim.library.Modules.isLibraryFile(fn.code.fileName);
                Generator made = new Generator(f, library ? 0 : ++interpreter.machine.generatorsMade);
                resultOfDirectCall = made;
                justMade = made;
                return null;
            }
            if (fn.code.isCoroutine) {
                justMadeCoroutine = new Coroutine(f);
                resultOfDirectCall = justMadeCoroutine;
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
            resultOfDirectCall = callNative(n, argv, kwDict(args, from + positional, kwNames));
            return null;
        }
        if (callable instanceof PyType type) {
            PyObject metaCall = type.metaclass == null ? null : type.metaclass.lookup("__call__");
            if (metaCall instanceof PyFunction) {
                return prepareCall(new PyBoundMethod(type, metaCall), args, from, positional, kwNames);
            }
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

    Frame newFrame(PyFunction fn, PyObject[] args, int from, int positional, PyTuple kwNames) {
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
            PyObject[] exArgs = new PyObject[positional];
            System.arraycopy(args, from, exArgs, 0, positional);
            PyBaseException e = type.isSubtypeOf(Types.BASE_EXCEPTION_GROUP)
                    ? lockstep.sim.runtime.ExceptionGroups.create(interpreter.context, type, exArgs)
                    : new PyBaseException(type);
            e.args = PyTuple.of(exArgs);
            return runInit(e.type(), e, args, from, positional, kwNames, true);
        }
        if (!type.builtin && type.lookup("__new__") instanceof PyNativeFunction made) {
            // A class the library makes with a native __new__ (namedtuple's): its instances are not PyInstances.
            PyObject[] argv = new PyObject[positional + 1];
            argv[0] = type;
            System.arraycopy(args, from, argv, 1, positional);
            resultOfDirectCall = callNative(made, argv, kwDict(args, from + positional, kwNames));
            return null;
        }
        if (type.builtin) {
            PyType.Constructor c = type.constructor();
            if (c == null) {
                throw Errors.typeError("cannot create '" + type.name + "' instances");
            }
            PyObject[] argv = new PyObject[positional];
            System.arraycopy(args, from, argv, 0, positional);
            resultOfDirectCall = construct(c, type, argv, kwDict(args, from + positional, kwNames));
            return null;
        }
        PyObject customNew = type.lookup("__new__");
        if (customNew instanceof lockstep.sim.runtime.PyStaticMethod s && s.function instanceof PyFunction) {
            return newThenInit(type, s.function, args, from, positional, kwNames);
        }
        if (type.isSubtypeOf(Types.TYPE)) { // a metaclass without its own __new__: type.__new__ makes the class
            PyObject[] argv = java.util.Arrays.copyOfRange(args, from, from + positional);
            PyType made = lockstep.sim.runtime.TypeFactory.fromArguments(interpreter.context, type, argv, 0);
            return runInit(type, made, args, from, positional, kwNames, false);
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
                    : construct(nativeBase.constructor(), type, new PyObject[0], null);
            if (!(made instanceof PyInstance i)) {
                throw Errors.typeError("subclassing the built-in type '" + nativeBase.name
                        + "' is outside the scenario language");
            }
            instance = i;
            if (made instanceof lockstep.sim.runtime.PyThreadLocal local) {
                // Its __init__ runs again with these arguments in each other thread that uses it.
                PyObject[] argv = new PyObject[positional];
                System.arraycopy(args, from, argv, 0, positional);
                local.keepInitArguments(argv, kwDict(args, from + positional, kwNames));
            }
        }
        return runInit(type, instance, args, from, positional, kwNames, false);
    }

    /**
     * A class with its own {@code __new__}: called with the class and the arguments; {@code __init__} runs only when
     * it returns an instance of the class, as CPython's {@code type.__call__}.
     */
    private Frame newThenInit(PyType type, PyObject newFunction, PyObject[] args, int from, int positional,
                              PyTuple kwNames) {
        int n = positional + kwCount(kwNames);
        PyObject[] withClass = new PyObject[n + 1];
        withClass[0] = type;
        System.arraycopy(args, from, withClass, 1, n);
        PyObject[] positionals = java.util.Arrays.copyOf(withClass, positional + 1);
        PyObject made = callFromJava(newFunction, positionals, kwDict(withClass, positional + 1, kwNames));
        // object.__init__ ignores the arguments when __new__ is overridden, as CPython's excess_args check.
        if (!made.type().isSubtypeOf(type) || type.lookup("__init__") == Types.OBJECT.dict.get("__init__")) {
            resultOfDirectCall = made;
            return null;
        }
        return runInit(type, made, args, from, positional, kwNames, false);
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
            PyObject r = callNative(n, withSelf, kwDict(args, from + positional, kwNames));
            if (r instanceof MachineRequest request) {
                deferFromJava(request);
            }
        } else if (!isException && (positional > 0 || kwNames != null)) {
            throw Errors.typeError(type.name + "() takes no arguments");
        }
        resultOfDirectCall = instance;
        return null;
    }

    static void checkInitResult(PyObject r) {
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + r.type().name + "'");
        }
    }

    /** Pushes {@code callee} on the thread's stack of frames, above {@code caller}; returns it. */
    Frame enter(Frame callee, Frame caller) {
        SimThread thread = interpreter.thread;
        if (thread.depth >= Interpreter.MAX_DEPTH) {
            throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        callee.back = caller;
        thread.frame = callee;
        thread.depth++;
        return callee;
    }
}
