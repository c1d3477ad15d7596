package lockstep.sim.library;

import java.util.LinkedHashMap;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Forkable;
import lockstep.sim.runtime.ObjectCopier;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.ThreadHandle;
import lockstep.sim.runtime.Types;
import lockstep.sim.runtime.Items;

/**
 * Shared memory between processes, as the operating system's shared pages behind multiprocessing's Value and
 * Array: the same slots in every process (a fork or spawn does not copy them). A read and a write are separate
 * calls, so an unlocked {@code v.value += 1} in two processes can lose an update, as in CPython.
 */
final class SharedMemory {
    static final PyType MEMORY = new PyType("_shared_memory", Types.OBJECT, true, "_os");

    static {
        // Shared by every run in the JVM, like the other built-in types: it has no methods to install.
        MEMORY.freeze();
    }

    private SharedMemory() {}

    /** Slots of values; what is stored is copied in, so no process's object is reachable from another. */
    static final class Slots extends PyObject implements Forkable {
        final PyObject[] values;

        Slots(PyObject[] values) {
            this.values = values;
        }

        @Override
        public PyType type() {
            return MEMORY;
        }

        /** Shared, not copied: parent and child read and write the same slots. */
        @Override
        public PyObject copyFor(ObjectCopier copier) {
            return this;
        }
    }

    static void install(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "_shared_memory", (ctx, a, kw) -> {
            Args.count("_shared_memory", a, 1, 1);
            java.util.List<PyObject> initial = Items.toList(ctx, a[0]);
            PyObject[] values = new PyObject[initial.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = copy(ctx.threads().currentThread(), initial.get(i));
            }
            return new Slots(values);
        });
        Natives.function(d, "_memory_get", (ctx, a, kw) -> {
            Args.count("_memory_get", a, 2, 2);
            Slots slots = slots(a[0]);
            return slots.values[index(slots, a[1])];
        });
        Natives.function(d, "_memory_set", (ctx, a, kw) -> {
            Args.count("_memory_set", a, 3, 3);
            Slots slots = slots(a[0]);
            slots.values[index(slots, a[1])] = copy(ctx.threads().currentThread(), a[2]);
            return PyNone.NONE;
        });
        Natives.function(d, "_memory_len", (ctx, a, kw) -> {
            Args.count("_memory_len", a, 1, 1);
            return PyInt.of(slots(a[0]).values.length);
        });
        Natives.function(d, "_memory_call", (ctx, a, kw) -> {
            // A method of a managed object, called at once: its arguments copied in and its result copied out,
            // as a manager's connection pickles them; a proxy's dunder methods cannot wait for a server's reply.
            Args.count("_memory_call", a, 4, 4);
            Slots slots = slots(a[0]);
            PyObject target = slots.values[index(slots, a[1])];
            ThreadHandle me = ctx.threads().currentThread();
            java.util.List<PyObject> args = Items.toList(ctx, a[3]);
            PyObject[] copied = new PyObject[args.size()];
            for (int i = 0; i < copied.length; i++) {
                copied[i] = copy(me, args.get(i));
            }
            return copy(me, call(ctx, target, lockstep.sim.runtime.Ops.str(ctx, a[2]), copied));
        });
    }

    /** {@code target.name(*args)}; the item and size operations of the built-in containers by their dunder names. */
    private static PyObject call(lockstep.sim.runtime.CallContext ctx, PyObject target, String name, PyObject[] args) {
        switch (name) {
            case "__getitem__":
                return Items.getItem(ctx, target, args[0]);
            case "__setitem__":
                Items.setItem(ctx, target, args[0], args[1]);
                return PyNone.NONE;
            case "__delitem__":
                Items.delItem(ctx, target, args[0]);
                return PyNone.NONE;
            case "__contains__":
                return lockstep.sim.runtime.PyBool.of(Items.contains(ctx, target, args[0]));
            case "__len__":
                return PyInt.of(Items.len(ctx, target));
            case "__repr__":
                return lockstep.sim.runtime.PyStr.of(lockstep.sim.runtime.Ops.repr(ctx, target));
            case "__getattribute__":
                // A manager's Namespace: its attributes, by name.
                return lockstep.sim.runtime.Attrs.get(ctx, target, Args.asString(args[0], name));
            case "__setattr__":
                lockstep.sim.runtime.Attrs.set(ctx, target, Args.asString(args[0], name), args[1]);
                return PyNone.NONE;
            case "__delattr__":
                lockstep.sim.runtime.Attrs.delete(ctx, target, Args.asString(args[0], name));
                return PyNone.NONE;
            default:
                return ctx.call(lockstep.sim.runtime.Attrs.get(ctx, target, name), args);
        }
    }

    private static Slots slots(PyObject o) {
        if (!(o instanceof Slots s)) {
            throw Errors.typeError("expected shared memory, not '" + o.type().name + "'");
        }
        return s;
    }

    private static int index(Slots slots, PyObject i) {
        long n = Args.asLong(i);
        if (n < 0 || n >= slots.values.length) {
            throw Errors.raise(Types.INDEX_ERROR, "invalid index");
        }
        return (int) n;
    }

    private static PyObject copy(ThreadHandle me, PyObject value) {
        return new ObjectCopier(me, me).copy(value);
    }
}
