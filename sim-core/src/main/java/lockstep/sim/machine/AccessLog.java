package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import lockstep.sim.compile.Opcode;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyBoundMethod;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyThreadLocal;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.SyncObject;

/**
 * What a thread's steps touch, for the explorer: told before every step (a {@link Machine.Probe}), it reads the
 * micro-op about to run and the values it will work on, and notes each variable, attribute, item or object read or
 * written — in program code and in library code alike. It errs on the side of touching: a call of a built-in
 * function counts as writing every mutable value passed to it, and reading whatever they contain, since the explorer
 * may only treat two operations as independent when they really are. Objects an operation makes are never shared
 * before it ends, so which of them it touched does not matter; the explorer drops them. Synchronization objects are
 * read here; taking and releasing them are the trace's events, which the explorer reads too.
 */
public final class AccessLog implements Machine.Probe {
    /** One access: {@code name} is a variable or attribute of {@code target}, or null for the whole object. */
    public record Access(Object target, String name, Kind kind) {
        Access(Object target, String name, boolean write) {
            this(target, name, write ? Kind.WRITE : Kind.READ);
        }
    }

    /**
     * How an access touches its target. Updates of a registry commute with each other (adding thread 2 and adding
     * thread 3 to threading's table of threads, in either order, leave the same table for every lookup), but not with
     * a read of the whole registry ({@code threading.enumerate()}).
     */
    public enum Kind { READ, WRITE, UPDATE }

    /** How many contained objects a built-in's argument may be read through. */
    private static final int DEEP_READ_LIMIT = 64;

    private final Machine machine;
    private final IdentityHashMap<Object, Boolean> ignored = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Boolean> registries = new IdentityHashMap<>();
    private final List<Access> accesses = new ArrayList<>();
    private int deepBudget;

    /** Installs itself as {@code machine}'s probe, told before every step that is not library initialisation. */
    public AccessLog(Machine machine) {
        this.machine = machine;
        machine.setProbe(this, 0);
    }

    /** Accesses to {@code o} are not noted: bookkeeping no program observes, such as threading's registry. */
    public void ignore(Object o) {
        if (o != null) {
            ignored.put(o, Boolean.TRUE);
        }
    }

    /**
     * {@code o} is a registry (threading's tables of threads): storing or deleting an item is an update that
     * commutes with other updates, looking one up by key touches nothing, anything else reads the whole of it.
     */
    public void registry(Object o) {
        if (o != null) {
            registries.put(o, Boolean.TRUE);
        }
    }

    /** The accesses noted since the last call, in order. */
    public List<Access> take() {
        List<Access> taken = new ArrayList<>(accesses);
        accesses.clear();
        return taken;
    }

    @Override
    public long reached(SimThread t) {
        Frame f = t.frame;
        if (f != null && f.pc < f.code.opcodes.length) {
            note(t, f);
        }
        return machine.steps;
    }

    private void note(SimThread t, Frame f) {
        int op = f.code.opcodes[f.pc];
        int arg = f.code.args[f.pc];
        PyObject[] st = f.stack;
        int sp = f.sp;
        if (!registries.isEmpty() && registryItem(op, st, sp)) {
            return;
        }
        switch (op) {
            case Opcode.LOAD_GLOBAL -> slot(f.globals, f.code.names[arg], false);
            case Opcode.STORE_GLOBAL, Opcode.DELETE_GLOBAL -> slot(f.globals, f.code.names[arg], true);
            case Opcode.LOAD_NAME -> {
                if (f.namespace != null) {
                    slot(f.namespace, f.code.names[arg], false);
                }
                slot(f.globals, f.code.names[arg], false);
            }
            case Opcode.STORE_NAME, Opcode.DELETE_NAME ->
                    slot(f.namespace != null ? f.namespace : f.globals, f.code.names[arg], true);
            case Opcode.LOAD_DEREF -> whole(f.cells[arg], false);
            case Opcode.STORE_DEREF -> whole(f.cells[arg], true);
            case Opcode.LOAD_ATTR, Opcode.LOAD_METHOD -> attribute(t, at(st, sp, 1), f.code.names[arg], false);
            case Opcode.STORE_ATTR, Opcode.DELETE_ATTR -> attribute(t, at(st, sp, 1), f.code.names[arg], true);
            case Opcode.BINARY_SUBSCR -> subscript(at(st, sp, 2), at(st, sp, 1));
            case Opcode.BINARY_OP, Opcode.COMPARE_OP, Opcode.CONTAINS_OP -> {
                deep(at(st, sp, 2), false);
                deep(at(st, sp, 1), false);
            }
            case Opcode.STORE_SUBSCR, Opcode.DELETE_SUBSCR -> whole(at(st, sp, 2), true);
            case Opcode.INPLACE_OP -> {
                whole(at(st, sp, 2), true);
                deep(at(st, sp, 1), false);
            }
            case Opcode.GET_ITER, Opcode.GET_YIELD_FROM_ITER, Opcode.UNPACK_SEQUENCE, Opcode.UNPACK_EX,
                    Opcode.LIST_EXTEND, Opcode.SET_UPDATE, Opcode.DICT_UPDATE, Opcode.DICT_MERGE,
                    Opcode.GET_AITER -> whole(at(st, sp, 1), false);
            case Opcode.UNARY_NEGATIVE, Opcode.UNARY_POSITIVE, Opcode.UNARY_NOT, Opcode.UNARY_INVERT,
                    Opcode.FORMAT_VALUE, Opcode.FORMAT_WITH_SPEC -> deep(at(st, sp, 1), false);
            case Opcode.FOR_ITER, Opcode.GET_ANEXT, Opcode.AWAIT -> advance(at(st, sp, 1));
            case Opcode.SEND -> advance(at(st, sp, 2));
            case Opcode.CALL -> {
                if (fromProgram(f)) {
                    call(f, arg);
                } else {
                    libraryCall(f, arg);
                }
            }
            case Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE, Opcode.JUMP_IF_FALSE_OR_POP,
                    Opcode.JUMP_IF_TRUE_OR_POP -> truth(at(st, sp, 1));
            case Opcode.CALL_EX -> callUnpacked(st, sp, arg);
            case Opcode.IMPORT_NAME -> whole(t.process.modules, true);
            default -> {
            }
        }
    }

    /** An item of a registry stored, deleted or looked up: noted as an update, or not at all. */
    private boolean registryItem(int op, PyObject[] st, int sp) {
        if ((op == Opcode.STORE_SUBSCR || op == Opcode.DELETE_SUBSCR) && registries.containsKey(at(st, sp, 2))) {
            accesses.add(new Access(at(st, sp, 2), null, Kind.UPDATE));
            return true;
        }
        return (op == Opcode.BINARY_SUBSCR && registries.containsKey(at(st, sp, 2)))
                || (op == Opcode.CONTAINS_OP && registries.containsKey(at(st, sp, 1)));
    }

    /**
     * {@code container[key]}: a plain list, tuple or dict hands out the item it holds without looking into it (a key
     * is found by hash and equality, the key's own business), so only the container is read. Reading what the items
     * contain would make {@code forks[i]} read every lock in the list, ordering it against every acquire of another
     * fork. Other containers (a defaultdict, a native sequence) keep the deep read.
     */
    private void subscript(PyObject container, PyObject key) {
        if (container != null && (container.getClass() == PyList.class || container.getClass() == PyTuple.class
                || container.getClass() == PyDict.class)) {
            whole(container, false);
        } else {
            deep(container, false);
        }
        deep(key, false);
    }

    /**
     * {@code if items:} reads whether a container is empty, so it is ordered against {@code items.append(1)}. A lock
     * is always true. An instance is read as a whole: a native one (a deque) answers from Java.
     */
    private void truth(PyObject o) {
        if (!(o instanceof SyncObject)) {
            whole(o, false);
        }
    }

    private static PyObject at(PyObject[] stack, int sp, int fromTop) {
        int i = sp - fromTop;
        return i >= 0 && i < stack.length ? stack[i] : null;
    }

    private void slot(Object namespace, String name, boolean write) {
        if (namespace != null && !ignored.containsKey(namespace)) {
            accesses.add(new Access(namespace, name, write));
        }
    }

    private void attribute(SimThread t, PyObject obj, String name, boolean write) {
        if (obj == null || ignored.containsKey(obj)) {
            return;
        }
        if (obj instanceof PyModule m) {
            slot(m.dict, name, write);
        } else if (obj instanceof PyThreadLocal && t != null) {
            // Each thread sees its own attributes of a threading.local.
            accesses.add(new Access(obj, name + "@" + t.id, write));
        } else if (obj instanceof SyncObject sync) {
            accesses.add(new Access(sync.key(), name, write));
        } else if (mutable(obj)) {
            accesses.add(new Access(obj, name, write));
        }
    }

    private void whole(Object o, boolean write) {
        if (o instanceof SyncObject sync) {
            accesses.add(new Access(sync.key(), null, write));
        } else if (o != null && !ignored.containsKey(o) && (!(o instanceof PyObject p) || mutable(p))) {
            accesses.add(new Access(o, null, write));
        }
    }

    /**
     * An iterator, generator or coroutine advanced: it changes, and it reads the container it walks (the list a
     * list iterator goes through), not what the items contain.
     */
    private void advance(PyObject o) {
        whole(o, true);
        if (o != null && !(o instanceof Generator) && !(o instanceof Coroutine)) {
            for (Object source : pyFields(o)) {
                whole(source, false);
            }
        }
    }

    /** {@code o} read (or written, the whole of it) together with what it contains, up to a limit. */
    private void deep(PyObject o, boolean write) {
        if (o == null || !(o instanceof PyTuple) && (!mutable(o) && !(o instanceof SyncObject))) {
            return;
        }
        deepBudget = DEEP_READ_LIMIT;
        deepFrom(o, write, new IdentityHashMap<>());
    }

    private void deepFrom(Object o, boolean write, IdentityHashMap<Object, Boolean> seen) {
        if (o == null || deepBudget-- <= 0 || seen.put(o, Boolean.TRUE) != null || ignored.containsKey(o)) {
            return;
        }
        if (o instanceof SyncObject sync) {
            accesses.add(new Access(sync.key(), null, false));
            return;
        }
        if (o instanceof PyObject p && !mutable(p) && !(p instanceof PyTuple)) {
            return;
        }
        if (!(o instanceof PyTuple)) {
            accesses.add(new Access(o, null, write));
        }
        if (o instanceof PyList l) {
            for (PyObject item : l.items) {
                deepFrom(item, false, seen);
            }
        } else if (o instanceof PyTuple tuple) {
            for (PyObject item : tuple.items) {
                deepFrom(item, false, seen);
            }
        } else if (o instanceof PyDict d) {
            for (java.util.Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                deepFrom(e.getKey(), false, seen);
                deepFrom(e.getValue(), false, seen);
            }
        } else if (o instanceof PyInstance inst && !(o instanceof PyBaseException)) {
            for (PyObject v : inst.dict.values()) {
                deepFrom(v, false, seen);
            }
        } else if (o instanceof PySet || o instanceof Generator || o instanceof Coroutine) {
            return;
        } else if (o instanceof PyObject) {
            readFields(o, seen);
        }
    }

    /** Iterators and other runtime objects: whatever Python objects they hold (the list a list iterator walks). */
    private void readFields(Object o, IdentityHashMap<Object, Boolean> seen) {
        for (Object held : pyFields(o)) {
            deepFrom(held, false, seen);
        }
    }

    /** The Python objects a runtime object holds in its fields. */
    private List<Object> pyFields(Object o) {
        java.lang.reflect.Field[] fields = pyFieldsByClass.computeIfAbsent(o.getClass(), AccessLog::pyFieldsOf);
        List<Object> held = new ArrayList<>(fields.length);
        for (java.lang.reflect.Field field : fields) {
            try {
                held.add(field.get(o));
            } catch (ReflectiveOperationException e) {
                // Made accessible when listed: cannot happen.
            }
        }
        return held;
    }

    private final java.util.Map<Class<?>, java.lang.reflect.Field[]> pyFieldsByClass = new IdentityHashMap<>();

    private static java.lang.reflect.Field[] pyFieldsOf(Class<?> type) {
        List<java.lang.reflect.Field> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!c.getPackageName().startsWith("lockstep.sim")) {
                break;
            }
            for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())
                        && PyObject.class.isAssignableFrom(field.getType())) {
                    try {
                        field.setAccessible(true);
                        found.add(field);
                    } catch (RuntimeException e) {
                        // Not readable here: nothing to read through.
                    }
                }
            }
        }
        return found.toArray(new java.lang.reflect.Field[0]);
    }

    /** Where a CALL's callable and first argument stand on the stack; null when the stack is too shallow. */
    private record CallWindow(PyObject callable, int firstArgument) {
        static CallWindow of(Frame f, int arg) {
            int n = arg & 0xffff;
            boolean method = (arg & Opcode.CALL_METHOD_FLAG) != 0;
            int base = f.sp - n - (method ? 2 : 1);
            if (base < 0) {
                return null;
            }
            PyObject callable = method && f.stack[base] == null ? f.stack[base + 1] : f.stack[base];
            return new CallWindow(callable, method ? (f.stack[base] != null ? base + 1 : base + 2) : base + 1);
        }
    }

    private void call(Frame f, int arg) {
        CallWindow window = CallWindow.of(f, arg);
        if (window == null) {
            return;
        }
        PyObject callable = window.callable();
        if (!runsJava(callable)) {
            return;
        }
        int firstArgument = window.firstArgument();
        if (identityOnly(callable)) {
            return;
        }
        boolean readsOnly = readsOnly(callable);
        for (int i = firstArgument; i < f.sp; i++) {
            PyObject a = f.stack[i];
            if (readsOnly) {
                if (namedAttribute(f, callable, i, firstArgument)) {
                    i++;
                } else if (i == firstArgument && writesFirstArgument(callable)) {
                    argument(a);
                } else if (readsSurface(callable)) {
                    whole(a, false);
                } else if (!(a instanceof SyncObject)) {
                    deep(a, false);
                }
            } else {
                argument(a);
            }
        }
        if (!readsOnly) {
            argument(callable);
        }
    }

    /**
     * Built-in functions (not methods) that read what they are given, or, for {@link #writesFirstArgument}, change
     * only their first argument: {@code len(items)} and {@code getattr(t, "x")} read, {@code next(it)} advances.
     * Built-in types called as constructors read their arguments.
     */
    private static boolean readsOnly(PyObject callable) {
        if (callable instanceof PyType t) {
            return t.builtin;
        }
        return callable instanceof PyNativeFunction n && lockstep.sim.library.Builtins.get(n.name) == n;
    }

    /** Built-ins that only look at what a value is, never at its state: {@code isinstance}, {@code id}, ... */
    private static boolean identityOnly(PyObject callable) {
        return callable instanceof PyNativeFunction n && lockstep.sim.library.Builtins.get(n.name) == n
                && switch (n.name) {
                    case "isinstance", "issubclass", "id", "type" -> true;
                    default -> false;
                };
    }

    /**
     * {@code getattr(o, "name")} and its kin, the argument at {@code i} being {@code o}: notes the one attribute they
     * touch and says so (the caller then skips the name).
     */
    private boolean namedAttribute(Frame f, PyObject callable, int i, int firstArgument) {
        if (!namedAttribute(callable) || !readsOnly(callable) || i != firstArgument || f.sp <= i + 1
                || !(f.stack[i + 1] instanceof PyStr name)) {
            return false;
        }
        String function = ((PyNativeFunction) callable).name;
        attribute(null, f.stack[i], name.value, "setattr".equals(function) || "delattr".equals(function));
        return true;
    }

    /** {@code getattr(o, "name")} and its kin touch one attribute. */
    private static boolean namedAttribute(PyObject callable) {
        return callable instanceof PyNativeFunction n && switch (n.name) {
            case "getattr", "hasattr", "setattr", "delattr" -> true;
            default -> false;
        };
    }

    /** Built-ins that look at a value itself, not at what it contains: {@code len}, {@code isinstance}, ... */
    private static boolean readsSurface(PyObject callable) {
        if (!(callable instanceof PyNativeFunction n)) {
            return false;
        }
        return switch (n.name) {
            case "len", "getattr", "hasattr", "callable", "iter", "aiter", "hash", "bool" -> true;
            default -> false;
        };
    }

    private static boolean writesFirstArgument(PyObject callable) {
        if (!(callable instanceof PyNativeFunction n)) {
            return false;
        }
        return switch (n.name) {
            case "setattr", "delattr", "next", "anext", "exec", "eval", "globals", "locals", "vars" -> true;
            default -> false;
        };
    }

    private boolean fromProgram(Frame f) {
        return machine.programCode != null && f.code.fileName.equals(machine.programCode.fileName);
    }

    /**
     * A built-in called by a library written in the language ({@code threading}, {@code queue},
     * {@code multiprocessing}): what it does to threads and locks the trace's events tell; the values passed are
     * written as a whole (a shared-memory cell, a deque under the queue's lock), never read through.
     */
    private void libraryCall(Frame f, int arg) {
        CallWindow window = CallWindow.of(f, arg);
        if (window == null) {
            return;
        }
        PyObject callable = window.callable();
        if (!runsJava(callable) || identityOnly(callable)) {
            return;
        }
        boolean readsOnly = readsOnly(callable);
        int firstArgument = window.firstArgument();
        for (int i = firstArgument; i < f.sp; i++) {
            PyObject a = f.stack[i];
            if (namedAttribute(f, callable, i, firstArgument)) {
                // threading's getattr(self, '_initialized', False) reads one attribute, not the whole thread.
                i++;
            } else if (a instanceof SyncObject sync) {
                accesses.add(new Access(sync.key(), null, false));
            } else if (!(a instanceof PyBoundMethod)) {
                whole(a, !readsOnly);
            }
        }
    }

    private void callUnpacked(PyObject[] st, int sp, int arg) {
        boolean kw = (arg & 1) != 0;
        PyObject callable = at(st, sp, kw ? 3 : 2);
        if (!runsJava(callable)) {
            return;
        }
        if (at(st, sp, kw ? 2 : 1) instanceof PyTuple args) {
            for (PyObject a : args.items) {
                argument(a);
            }
        }
        if (kw && at(st, sp, 1) instanceof PyDict kwargs) {
            for (PyObject v : kwargs.map.values()) {
                argument(v);
            }
        }
        argument(callable);
    }

    /** A value passed to a built-in: a synchronization object is read (its events say more), the rest written. */
    private void argument(PyObject a) {
        if (a instanceof PyBoundMethod m) {
            argument(m.self);
        } else if (a instanceof SyncObject sync) {
            // Named by key, as the trace's events name it when it is taken or released.
            accesses.add(new Access(sync.key(), null, false));
        } else if (a != null) {
            deep(a, true);
        }
    }

    /** Whether calling {@code callable} runs Java rather than program or library code in frames. */
    private static boolean runsJava(PyObject callable) {
        if (callable instanceof PyBoundMethod m) {
            return runsJava(m.function);
        }
        return callable instanceof PyNativeFunction || callable instanceof PyType t && t.builtin;
    }

    /** Values whose state can change: containers, instances, cells, classes of the program, iterators. */
    private static boolean mutable(PyObject o) {
        return !(o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool
                || o instanceof PyNone || o instanceof PyTuple || o instanceof PyFunction
                || o instanceof PyNativeFunction || o instanceof PyBoundMethod
                || o instanceof PyType t && t.builtin);
    }
}
