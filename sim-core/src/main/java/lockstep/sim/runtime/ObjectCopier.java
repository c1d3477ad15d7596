package lockstep.sim.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Copies a process's memory for {@code os.fork()}: every object reachable from what is copied, each copied once
 * (shared references and cycles stay shared), immutable values and built-in types and functions shared. Threads
 * named in objects (a lock's owner) are mapped: the forking thread becomes the child's thread; every other thread
 * stays what it was, a thread that does not exist in the child.
 */
public final class ObjectCopier {
    private final IdentityHashMap<Object, Object> copies = new IdentityHashMap<>();
    private final ThreadHandle forking;
    private final ThreadHandle child;

    /** A copier for a fork by {@code forking}, whose copy in the child process is {@code child}. */
    public ObjectCopier(ThreadHandle forking, ThreadHandle child) {
        this.forking = forking;
        this.child = child;
    }

    public ThreadHandle thread(ThreadHandle original) {
        return original == forking ? child : original;
    }

    public int threadId(int originalId) {
        return originalId == forking.id() ? child.id() : originalId;
    }

    /** Registers {@code copy} as the copy of {@code original} before its contents are copied (for cycles). */
    public <T> T remember(Object original, T copy) {
        copies.put(original, copy);
        return copy;
    }

    @SuppressWarnings("unchecked")
    public <T> T known(Object original) {
        return (T) copies.get(original);
    }

    /** What {@code o} is in the child: its copy, itself when processes share it, or null when it was not copied. */
    public PyObject counterpart(PyObject o) {
        if (isShared(o)) {
            return o;
        }
        return known(o);
    }

    public LinkedHashMap<String, PyObject> copyNamespace(LinkedHashMap<String, PyObject> original) {
        LinkedHashMap<String, PyObject> existing = known(original);
        if (existing != null) {
            return existing;
        }
        LinkedHashMap<String, PyObject> copy = remember(original, new LinkedHashMap<>());
        for (Map.Entry<String, PyObject> e : original.entrySet()) {
            copy.put(e.getKey(), copy(e.getValue()));
        }
        return copy;
    }

    public PyObject copy(PyObject o) {
        if (o == null || isShared(o)) {
            return o;
        }
        PyObject done = known(o);
        if (done != null) {
            return done;
        }
        PyObject container = copyContainer(o);
        if (container != null) {
            return container;
        }
        if (o instanceof PyBaseException e) {
            PyBaseException copy = remember(o, new PyBaseException((PyType) copy(e.type())));
            copy.args = (PyTuple) copy(e.args);
            copy.cause = (PyBaseException) copy(e.cause);
            copy.context = (PyBaseException) copy(e.context);
            copy.suppressContext = e.suppressContext;
            copy.traceback.addAll(e.traceback);
            if (e.nativeState instanceof PyTuple groupMembers) { // an exception group's exceptions
                copy.nativeState = copy(groupMembers);
            }
            copyAttributes(e, copy);
            return copy;
        }
        if (o instanceof PyThreadLocal local) {
            PyThreadLocal copy = remember(o, local.copyFor(this));
            local.copyInto(copy, this);
            return copy;
        }
        if (o instanceof PyInstance inst && !(o instanceof Forkable)) {
            PyInstance copy = remember(o, new PyInstance((PyType) copy(inst.type())));
            copy.nativeState = inst.nativeState;
            copyAttributes(inst, copy);
            return copy;
        }
        if (o instanceof PyType t) {
            PyType copy = remember(o, new PyType(t.name, (PyType) copy(t.base), false, t.module));
            copy.constructor = t.constructor;
            copy.metaclass = (PyType) copy(t.metaclass);
            copy.methodContext = t.methodContext;
            for (Map.Entry<String, PyObject> e : t.dict.entrySet()) {
                copy.dict.put(e.getKey(), copy(e.getValue()));
            }
            return copy;
        }
        if (o instanceof PyFunction f) {
            PyObject[] defaults = new PyObject[f.defaults.length];
            LinkedHashMap<String, PyObject> kwDefaults = f.kwDefaults == null ? null : new LinkedHashMap<>();
            PyCell[] closure = new PyCell[f.closure.length];
            PyFunction copy = remember(o, new PyFunction(f.code, copyNamespace(f.globals), defaults, kwDefaults,
                    closure));
            for (int i = 0; i < defaults.length; i++) {
                defaults[i] = copy(f.defaults[i]);
            }
            if (kwDefaults != null) {
                f.kwDefaults.forEach((k, v) -> kwDefaults.put(k, copy(v)));
            }
            for (int i = 0; i < closure.length; i++) {
                closure[i] = (PyCell) copy(f.closure[i]);
            }
            copy.definingClass = (PyType) copy(f.definingClass);
            copy.name = f.name;
            copy.qualifiedName = f.qualifiedName;
            f.attributes().forEach((k, v) -> copy.setAttribute(k, copy(v)));
            return copy;
        }
        if (o instanceof PyCell c) {
            PyCell copy = remember(o, new PyCell(null));
            copy.value = copy(c.value);
            return copy;
        }
        if (o instanceof PyBoundMethod m) {
            return remember(o, new PyBoundMethod(copy(m.self), copy(m.function)));
        }
        if (o instanceof PyModule m) {
            // The copy's dict is the copy of its namespace that the copied functions and frames use as globals.
            LinkedHashMap<String, PyObject> dict = known(m.dict);
            boolean fill = dict == null;
            if (fill) {
                dict = remember(m.dict, new LinkedHashMap<>());
            }
            PyModule copy = remember(o, new PyModule(m.name, dict));
            if (fill) {
                for (Map.Entry<String, PyObject> e : m.dict.entrySet()) {
                    dict.put(e.getKey(), copy(e.getValue()));
                }
            }
            return copy;
        }
        if (o instanceof PySuper s) {
            return remember(o, new PySuper((PyType) copy(s.startAfter), copy(s.self)));
        }
        if (o instanceof PyProperty p) {
            return remember(o, new PyProperty(copy(p.getter), copy(p.setter), copy(p.deleter)));
        }
        if (o instanceof PyStaticMethod s) {
            return remember(o, new PyStaticMethod(copy(s.function)));
        }
        if (o instanceof PyClassMethod c) {
            return remember(o, new PyClassMethod(copy(c.function)));
        }
        if (o instanceof DictView v) {
            return remember(o, new DictView((PyDict) copy(v.dict), v.kind));
        }
        if (o instanceof Forkable f) {
            return remember(o, f.copyFor(this));
        }
        throw Errors.raise(Types.RUNTIME_ERROR, "cannot fork while a " + o.type().name + " object is in use");
    }

    /** A copy of a list, tuple, dict or set, or null when {@code o} is none of those. */
    private PyObject copyContainer(PyObject o) {
        if (o instanceof PyList l) {
            PyList copy = remember(o, new PyList());
            for (PyObject item : l.items) {
                copy.items.add(copy(item));
            }
            return copy;
        }
        if (o instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.items.length];
            PyTuple copy = remember(o, t.copyWith(items, this));
            for (int i = 0; i < items.length; i++) {
                items[i] = copy(t.items[i]);
            }
            return copy;
        }
        if (o instanceof PyDict d) {
            PyDict copy = remember(o, d.emptyCopy(this));
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                copy.map.put(copy(e.getKey()), copy(e.getValue()));
            }
            return copy;
        }
        if (o instanceof PySet s) {
            LinkedHashSet<PyObject> items = new LinkedHashSet<>();
            PySet copy = remember(o, new PySet(items, s.frozen));
            for (PyObject item : s.items) {
                items.add(copy(item));
            }
            copy.popCursor = s.popCursor == null ? null : s.popCursor.copyFor(this);
            return copy;
        }
        return null;
    }

    private void copyAttributes(PyInstance from, PyInstance to) {
        for (Map.Entry<String, PyObject> e : new ArrayList<>(from.dict.entrySet())) {
            to.dict.put(e.getKey(), copy(e.getValue()));
        }
    }

    /**
     * Whether every object of class {@code c} is an immutable value: numbers, strings, None, NotImplemented, ranges
     * and slices. A fork and the explorer's machine copies share them.
     */
    public static boolean isValueClass(Class<?> c) {
        return PyInt.class.isAssignableFrom(c) || c == PyFloat.class || c == PyStr.class || c == PyNone.class
                || c == PyNotImplemented.class || c == PyRange.class || c == PySlice.class;
    }

    /** Values no process can change: shared between parent and child. */
    private static boolean isShared(PyObject o) {
        return isValueClass(o.getClass()) || o instanceof PyNativeFunction
                || (o instanceof PyType t && t.builtin)
                || (o instanceof PySet s && s.frozen && s.items.stream().allMatch(ObjectCopier::isShared));
    }
}
