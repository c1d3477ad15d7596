package lockstep.sim.runtime;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code threading.local()}: an object whose attributes each thread sees separately. As CPython's, a subclass's
 * {@code __init__} runs again, with the constructor's arguments, in each other thread that first touches it.
 */
public final class PyThreadLocal extends PyInstance {
    /** Looked up by thread id only, never iterated. */
    private final Map<Integer, LinkedHashMap<String, PyObject>> perThread = new HashMap<>();
    private PyObject[] initArgs;
    private PyDict initKwargs;
    /** The thread that constructed it: its own {@code __init__} call is the constructor's. */
    private final int creatorThread;

    public PyThreadLocal(PyType type) {
        this(type, new PyObject[0], null, -1);
    }

    public PyThreadLocal(PyType type, PyObject[] initArgs, PyDict initKwargs, int creatorThread) {
        super(type);
        this.initArgs = initArgs;
        this.initKwargs = initKwargs;
        this.creatorThread = creatorThread;
    }

    /** The arguments a subclass was constructed with, for its {@code __init__} in other threads. */
    public void keepInitArguments(PyObject[] args, PyDict kwargs) {
        this.initArgs = args;
        this.initKwargs = kwargs;
    }

    /** Copies the forking thread's attributes into a fork's copy, under the child's thread. */
    void copyInto(PyThreadLocal copy, ObjectCopier copier) {
        for (Map.Entry<Integer, LinkedHashMap<String, PyObject>> e : new java.util.TreeMap<>(perThread).entrySet()) {
            LinkedHashMap<String, PyObject> attributes = copy.attributesOf(copier.threadId(e.getKey()));
            e.getValue().forEach((k, v) -> attributes.put(k, copier.copy(v)));
        }
    }

    /** A fork's copy, keeping the constructor's arguments (copied) and its creator as the child knows it. */
    PyThreadLocal copyFor(ObjectCopier copier) {
        PyObject[] args = new PyObject[initArgs.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = copier.copy(initArgs[i]);
        }
        return new PyThreadLocal((PyType) copier.copy(type()), args,
                initKwargs == null ? null : (PyDict) copier.copy(initKwargs), copier.threadId(creatorThread));
    }

    /** The attributes the thread with this id sees. */
    public LinkedHashMap<String, PyObject> attributesOf(int threadId) {
        return perThread.computeIfAbsent(threadId, id -> new LinkedHashMap<>());
    }

    /**
     * The attributes the calling thread sees; the first time another thread than the creator asks, a subclass's
     * {@code __init__} runs in it first, as CPython's {@code _threading_local} does.
     */
    public LinkedHashMap<String, PyObject> attributesFor(CallContext ctx) {
        int id = ctx.threads().currentThread().id();
        LinkedHashMap<String, PyObject> own = perThread.get(id);
        if (own == null) {
            own = attributesOf(id);
            PyObject init = type().lookup("__init__");
            if (id != creatorThread && creatorThread >= 0 && init instanceof PyFunction) {
                PyObject[] args = new PyObject[initArgs.length + 1];
                args[0] = this;
                System.arraycopy(initArgs, 0, args, 1, initArgs.length);
                ctx.call(init, args, initKwargs);
            }
        }
        return own;
    }
}
