package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.compile.Compiler;
import lockstep.sim.compile.Opcode;
import lockstep.sim.runtime.Arith;
import lockstep.sim.runtime.Attrs;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Formatting;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.AsyncIteration;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyCell;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.PySlice;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PySuper;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;
import lockstep.sim.runtime.WorkMeter;

/**
 * The less frequent micro-ops, grouped by family; the interpreter's loop executes the hot ones itself and hands
 * every other opcode here. Each family is a method of its own so that none grows past what the JIT compiles well.
 */
final class Instructions {
    private final Interpreter interpreter;
    private final Machine machine;
    private final CallContext ctx;

    Instructions(Interpreter interpreter, Machine machine, CallContext ctx) {
        this.interpreter = interpreter;
        this.machine = machine;
        this.ctx = ctx;
    }

    /** Executes one of the less frequent micro-ops. Returns the frame to continue in. */
    Frame execute(Frame f, int op, int arg) {
        switch (op) {
            case Opcode.POP_TOP -> {
                if (arg == Opcode.FOR_LOOP_ITERATOR) {
                    return interpreter.generators.dropped.loopLeft(f);
                }
                PyObject popped = f.stack[--f.sp];
                f.stack[f.sp] = null;
                if (popped instanceof Coroutine c && c.madeIn != null) {
                    interpreter.unawaitedCoroutines.popped(f, c);
                }
            }
            case Opcode.NOP, Opcode.DUP_TOP, Opcode.DUP_TOP_TWO, Opcode.ROT_TWO, Opcode.ROT_THREE,
                    Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP, Opcode.KW_NAMES ->
                    stackAndJumps(f, op, arg);
            case Opcode.UNARY_NEGATIVE, Opcode.UNARY_POSITIVE, Opcode.UNARY_NOT, Opcode.UNARY_INVERT,
                    Opcode.CONTAINS_OP, Opcode.IS_OP, Opcode.GET_ITER, Opcode.BINARY_SUBSCR, Opcode.STORE_SUBSCR,
                    Opcode.DELETE_SUBSCR -> operators(f, op, arg);
            case Opcode.DELETE_FAST, Opcode.LOAD_DEREF, Opcode.STORE_DEREF, Opcode.LOAD_CLOSURE,
                    Opcode.DELETE_GLOBAL, Opcode.LOAD_NAME, Opcode.STORE_NAME, Opcode.DELETE_NAME,
                    Opcode.LOAD_SUPER -> names(f, op, arg);
            case Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.DELETE_ATTR, Opcode.LOAD_METHOD -> attributes(f, op, arg);
            case Opcode.BUILD_SLICE, Opcode.BUILD_TUPLE, Opcode.BUILD_LIST, Opcode.BUILD_SET, Opcode.BUILD_MAP,
                    Opcode.LIST_TO_TUPLE, Opcode.BUILD_STRING, Opcode.FORMAT_VALUE -> builders(f, op, arg);
            case Opcode.LIST_APPEND, Opcode.SET_ADD, Opcode.MAP_ADD, Opcode.LIST_EXTEND, Opcode.SET_UPDATE,
                    Opcode.DICT_UPDATE, Opcode.DICT_MERGE -> containerUpdates(f, op, arg);
            case Opcode.UNPACK_SEQUENCE, Opcode.UNPACK_EX -> unpack(f, op, arg);
            case Opcode.MAKE_FUNCTION, Opcode.MAKE_CLASS, Opcode.IMPORT_NAME, Opcode.IMPORT_FROM,
                    Opcode.IMPORT_STAR -> definitions(f, op, arg);
            case Opcode.SETUP_FINALLY, Opcode.SETUP_WITH, Opcode.POP_BLOCK, Opcode.POP_EXCEPT, Opcode.RERAISE,
                    Opcode.RAISE_VARARGS, Opcode.CHECK_EXC_MATCH, Opcode.PREP_EXIT_ARGS,
                    Opcode.LOAD_ASSERTION_ERROR -> blocks(f, op, arg);
            case Opcode.CALL_EX -> {
                return callUnpacked(f, arg);
            }
            case Opcode.AWAIT -> {
                return interpreter.coroutines.await(f, f.stack[--f.sp]);
            }
            case Opcode.GET_YIELD_FROM_ITER -> interpreter.generators.getYieldFromIter(f);
            case Opcode.GET_AITER -> f.stack[f.sp - 1] = AsyncIteration.aiter(ctx, f.stack[f.sp - 1]);
            case Opcode.GET_ANEXT -> {
                f.stack[f.sp] = AsyncIteration.anext(ctx, f.stack[f.sp - 1], null);
                f.sp++;
            }
            case Opcode.END_ASYNC_FOR -> {
                PyBaseException e = (PyBaseException) f.stack[--f.sp];
                if (!e.type().isSubtypeOf(Types.STOP_ASYNC_ITERATION)) {
                    throw new PyRaise(e);
                }
                interpreter.thread.handledException = f.topBlockSavedException();
                f.popBlock();
                f.stack[--f.sp] = null;
            }
            default -> throw new IllegalStateException("unknown opcode " + op);
        }
        return f;
    }

    private void stackAndJumps(Frame f, int op, int arg) {
        PyObject[] stack = f.stack;
        switch (op) {
            case Opcode.NOP:
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
            case Opcode.JUMP_IF_FALSE_OR_POP:
                if (!Ops.truthy(ctx, stack[f.sp - 1])) {
                    f.pc = arg;
                } else {
                    f.sp--;
                }
                break;
            case Opcode.JUMP_IF_TRUE_OR_POP:
                if (Ops.truthy(ctx, stack[f.sp - 1])) {
                    f.pc = arg;
                } else {
                    f.sp--;
                }
                break;
            case Opcode.KW_NAMES:
                f.pendingKwNames = (PyTuple) f.code.constants[arg];
                break;
            default:
                throw new IllegalStateException("not a stack operation " + op);
        }
    }

    private void operators(Frame f, int op, int arg) {
        PyObject[] stack = f.stack;
        switch (op) {
            case Opcode.UNARY_NEGATIVE:
                stack[f.sp - 1] = Arith.negate(ctx, stack[f.sp - 1]);
                break;
            case Opcode.UNARY_POSITIVE:
                stack[f.sp - 1] = Arith.positive(ctx, stack[f.sp - 1]);
                break;
            case Opcode.UNARY_NOT:
                stack[f.sp - 1] = PyBool.of(!Ops.truthy(ctx, stack[f.sp - 1]));
                break;
            case Opcode.UNARY_INVERT:
                stack[f.sp - 1] = Arith.invert(ctx, stack[f.sp - 1]);
                break;
            case Opcode.CONTAINS_OP: {
                PyObject container = stack[--f.sp];
                boolean in = Items.contains(ctx, container, stack[f.sp - 1]);
                stack[f.sp - 1] = PyBool.of(in != (arg == 1));
                break;
            }
            case Opcode.IS_OP: {
                PyObject b = stack[--f.sp];
                stack[f.sp - 1] = PyBool.of((stack[f.sp - 1] == b) != (arg == 1));
                break;
            }
            case Opcode.GET_ITER:
                if (arg == Opcode.FOR_LOOP_ITERATOR) {
                    interpreter.generators.dropped.takeIntoLoop(f);
                }
                stack[f.sp - 1] = Items.iter(ctx, stack[f.sp - 1]);
                break;
            case Opcode.BINARY_SUBSCR: {
                PyObject key = stack[--f.sp];
                stack[f.sp - 1] = Items.getItem(ctx, stack[f.sp - 1], key);
                break;
            }
            case Opcode.STORE_SUBSCR: {
                PyObject key = stack[--f.sp];
                PyObject obj = stack[--f.sp];
                PyObject value = stack[--f.sp];
                Items.setItem(ctx, obj, key, value);
                break;
            }
            case Opcode.DELETE_SUBSCR: {
                PyObject key = stack[--f.sp];
                Items.delItem(ctx, stack[--f.sp], key);
                break;
            }
            default:
                throw new IllegalStateException("not an operator " + op);
        }
    }

    private void names(Frame f, int op, int arg) {
        PyObject[] stack = f.stack;
        CodeObject code = f.code;
        switch (op) {
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
                stack[f.sp++] = v != null ? v : Interpreter.loadGlobal(f, name);
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
                throw new IllegalStateException("not a name operation " + op);
        }
    }

    private void attributes(Frame f, int op, int arg) {
        PyObject[] stack = f.stack;
        CodeObject code = f.code;
        switch (op) {
            case Opcode.LOAD_ATTR:
                if (machine.trackAccesses && f.globals == machine.mainGlobals) {
                    interpreter.trackAttribute(f, stack[f.sp - 1], code.names[arg], false, null);
                }
                stack[f.sp - 1] = Attrs.get(ctx, stack[f.sp - 1], code.names[arg]);
                break;
            case Opcode.STORE_ATTR: {
                PyObject obj = stack[--f.sp];
                PyObject value = stack[--f.sp];
                Attrs.set(ctx, obj, code.names[arg], value);
                if (machine.trackAccesses && f.globals == machine.mainGlobals) {
                    interpreter.trackAttribute(f, obj, code.names[arg], true, value);
                }
                break;
            }
            case Opcode.DELETE_ATTR:
                Attrs.delete(ctx, stack[--f.sp], code.names[arg]);
                break;
            case Opcode.LOAD_METHOD: {
                PyObject obj = stack[f.sp - 1];
                PyObject method = Attrs.findMethod(obj, code.names[arg]);
                if (method != null) {
                    stack[f.sp - 1] = method;
                    stack[f.sp++] = obj;
                } else {
                    stack[f.sp - 1] = null;
                    stack[f.sp++] = Attrs.get(ctx, obj, code.names[arg]);
                }
                break;
            }
            default:
                throw new IllegalStateException("not an attribute operation " + op);
        }
    }

    private void builders(Frame f, int op, int arg) {
        PyObject[] stack = f.stack;
        switch (op) {
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
                PyObject v = Formatting.convert(ctx, stack[f.sp - 1], (char) (arg & 0xffff));
                stack[f.sp - 1] = PyStr.of(Formatting.format(ctx, v, spec));
                break;
            }
            default:
                throw new IllegalStateException("not a builder " + op);
        }
    }

    /** A comprehension's container is held to the memory budget at each thousandth item it gains. */
    private void holdToBudget(int size, long bytesEach) {
        ctx.work().grewTo(size, bytesEach);
    }

    private void containerUpdates(Frame f, int op, int arg) {
        PyObject[] stack = f.stack;
        switch (op) {
            case Opcode.LIST_APPEND: {
                PyObject v = stack[--f.sp];
                List<PyObject> items = ((PyList) stack[f.sp - arg]).items;
                items.add(v);
                holdToBudget(items.size(), WorkMeter.SLOT_BYTES);
                break;
            }
            case Opcode.SET_ADD: {
                PyObject v = stack[--f.sp];
                Set<PyObject> items = ((PySet) stack[f.sp - arg]).items;
                items.add(Ops.checkHashable(v));
                holdToBudget(items.size(), WorkMeter.SET_ENTRY_BYTES);
                break;
            }
            case Opcode.MAP_ADD: {
                PyObject v = stack[--f.sp];
                PyObject k = stack[--f.sp];
                Map<PyObject, PyObject> map = ((PyDict) stack[f.sp - arg]).map;
                map.put(Ops.checkHashable(k), v);
                holdToBudget(map.size(), WorkMeter.DICT_ENTRY_BYTES);
                break;
            }
            case Opcode.LIST_EXTEND: {
                PyObject v = stack[--f.sp];
                ((PyList) stack[f.sp - arg]).items.addAll(Items.toList(ctx, v));
                break;
            }
            case Opcode.SET_UPDATE: {
                PyObject v = stack[--f.sp];
                for (PyObject item : Items.toList(ctx, v)) {
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
                            throw Errors.typeError("got multiple values for keyword argument '" + Ops.str(ctx, k) + "'");
                        }
                    }
                }
                target.map.putAll(src.map);
                break;
            }
            default:
                throw new IllegalStateException("not a container update " + op);
        }
    }

    private void unpack(Frame f, int op, int arg) {
        PyObject[] stack = f.stack;
        if (op == Opcode.UNPACK_SEQUENCE) {
            PyObject seq = stack[--f.sp];
            List<PyObject> items = Items.toList(ctx, seq);
            if (items.size() != arg) {
                if (items.size() > arg) {
                    throw Errors.valueError("too many values to unpack (expected " + arg + ")");
                }
                throw Errors.valueError("not enough values to unpack (expected " + arg + ", got " + items.size() + ")");
            }
            for (int i = arg - 1; i >= 0; i--) {
                stack[f.sp++] = items.get(i);
            }
            return;
        }
        int before = arg & 0xff;
        int after = arg >> 8;
        List<PyObject> items = Items.toList(ctx, stack[--f.sp]);
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
    }

    /** {@code CALL_EX}: a call with {@code *args} (and {@code **kwargs}). Returns the frame to continue in. */
    private Frame callUnpacked(Frame f, int arg) {
        PyObject[] stack = f.stack;
        PyDict kwargs = (arg & 1) != 0 ? (PyDict) stack[--f.sp] : null;
        PyTuple args = (PyTuple) stack[--f.sp];
        PyObject callable = stack[--f.sp];
        Calls calls = interpreter.calls;
        Frame callee = calls.prepareUnpackedCall(callable, args, kwargs);
        if (callee != null) {
            return calls.enter(callee, f);
        }
        PyObject result = calls.takeResult();
        if (result instanceof MachineRequest.Advance advance) {
            return interpreter.generators.advance(f, advance);
        }
        if (result instanceof MachineRequest.NextItem nextItem) {
            return interpreter.generators.nextItem(f, nextItem);
        }
        if (result instanceof MachineRequest.IterateInProgram iterate) {
            return interpreter.generators.iterateInProgram(f, iterate);
        }
        if (result instanceof MachineRequest.Yield || result instanceof MachineRequest.Resume) {
            return interpreter.coroutines.switchCoroutine(f, null, (MachineRequest) result);
        }
        stack[f.sp++] = result instanceof MachineRequest request ? interpreter.defer(request) : result;
        return f;
    }

    private void definitions(Frame f, int op, int arg) {
        PyObject[] stack = f.stack;
        CodeObject code = f.code;
        switch (op) {
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
                PyFunction made = new PyFunction(fnCode, f.globals, defaults, kwDefaults, cells);
                if (fnCode.isMethodOfClassBody && f.namespace != null) {
                    if (f.methodsDefined == null) {
                        f.methodsDefined = new java.util.ArrayList<>();
                    }
                    f.methodsDefined.add(made);
                }
                stack[f.sp++] = made;
                break;
            }
            case Opcode.MAKE_CLASS: {
                PyObject metaclass = arg == 1 ? stack[--f.sp] : null;
                PyTuple bases = (PyTuple) stack[--f.sp];
                PyStr name = (PyStr) stack[--f.sp];
                PyFunction body = (PyFunction) stack[--f.sp];
                stack[f.sp++] = interpreter.classes.makeClass(body, name.value, bases, metaclass);
                break;
            }
            case Opcode.IMPORT_NAME: {
                String name = code.names[arg & 0xfffff];
                boolean topLevel = (arg & Compiler.IMPORT_TOP_LEVEL) != 0;
                SimThread thread = interpreter.thread;
                PyModule module = machine.modules.importModule(thread.process, name);
                stack[f.sp++] = topLevel ? machine.modules.importModule(thread.process, name.split("\\.")[0]) : module;
                break;
            }
            case Opcode.IMPORT_FROM: {
                PyModule module = (PyModule) stack[f.sp - 1];
                String name = code.names[arg];
                PyObject v = module.dict.get(name);
                if (v == null && lockstep.sim.library.Modules.problem(module.name + "." + name) == null) {
                    // from package import submodule imports the submodule, as CPython's import does.
                    v = machine.modules.importModule(interpreter.thread.process, module.name + "." + name);
                }
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
            default:
                throw new IllegalStateException("not a definition " + op);
        }
    }

    private void blocks(Frame f, int op, int arg) {
        PyObject[] stack = f.stack;
        switch (op) {
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
                interpreter.thread.handledException = f.topBlockSavedException();
                f.popBlock();
                break;
            case Opcode.RERAISE:
                throw new PyRaise((PyBaseException) stack[--f.sp]);
            case Opcode.RAISE_VARARGS:
                throw new PyRaise(interpreter.unwinder.raise(f, arg));
            case Opcode.CHECK_EXC_MATCH: {
                PyObject type = stack[--f.sp];
                PyObject exception = stack[f.sp - 1];
                stack[f.sp++] = PyBool.of(interpreter.unwinder.exceptionMatches(exception, type));
                break;
            }
            case Opcode.PREP_EXIT_ARGS: {
                PyObject e = stack[--f.sp];
                stack[f.sp++] = e.type();
                stack[f.sp++] = e;
                stack[f.sp++] = PyNone.NONE;
                break;
            }
            case Opcode.LOAD_ASSERTION_ERROR:
                stack[f.sp++] = Types.ASSERTION_ERROR;
                break;
            default:
                throw new IllegalStateException("not a block operation " + op);
        }
    }
}
