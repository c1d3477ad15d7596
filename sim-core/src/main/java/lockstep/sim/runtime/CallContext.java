package lockstep.sim.runtime;

/**
 * What Java code running on behalf of the program (a built-in, a module function, an operator on a user object)
 * may ask of the machine. Calls into program code run to completion inside the current step's thread.
 */
public interface CallContext {
    /** Calls any callable with positional arguments and optional keyword arguments (null for none). */
    PyObject call(PyObject callable, PyObject[] args, PyDict kwargs);

    default PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    /** Writes program output. */
    void print(String text);

    /** The virtual clock, in nanoseconds since the run started. */
    long nowNanos();

    /**
     * Suspends the calling thread for {@code nanos} of virtual time once the current call returns; {@code kind}
     * says why ({@code sleep}, {@code io}, {@code compute}).
     */
    void suspend(long nanos, String kind);

    /** The run's deterministic random source. */
    PythonRandom random();

    /** The name of the module whose code is running ({@code __main__} for the program). */
    String moduleName();

    /** The thread executing this call. */
    ThreadHandle currentThread();

    /** The ids of the calling process's objects: {@code id()}, the addresses in reprs, {@code hash()}. */
    default ObjectIds objectIds() {
        return currentThread().objectIds();
    }

    /**
     * Makes the calling thread wait, once the current call returns, until {@code blocker} is ready or
     * {@code timeoutNanos} of virtual time pass (a negative timeout waits forever). The call's own return value is
     * replaced by the blocker's result.
     */
    void block(Blocker blocker, long timeoutNanos);

    /** Creates and starts a thread that calls {@code function(*args)}; it runs when the scheduler chooses it. */
    ThreadHandle startThread(PyObject function, PyObject[] args, String name, boolean daemon);

    /** Records a hand-off through {@code object} by the calling thread (a release), for the trace and analyses. */
    void released(String object);

    /** Records that the calling thread received through {@code object} (an acquire). */
    void acquired(String object);

    /** Reports an exception that ended a thread other than the main one, as CPython's excepthook prints it. */
    void reportThreadException(String threadName, PyBaseException exception);

    /** Sets the calling thread's priority for the priority scheduler. */
    void setPriority(int priority);

    /** Names a synchronization object for narration (a condition's waiter: "a notify"). */
    void label(String key, String text);

    /** The GIL's switch interval, in virtual nanoseconds ({@code sys.getswitchinterval}). */
    long switchIntervalNanos();

    /** Sets the GIL's switch interval ({@code sys.setswitchinterval}). */
    void setSwitchIntervalNanos(long nanos);

    /** {@code os.fork()}: copies the calling process; returns the child's pid (the child's own call returns 0). */
    int fork();

    /** The calling thread's process id and its parent's. */
    int pid();

    int parentPid();

    /** {@code os._exit(code)}: ends the calling process at once. */
    void exitProcess(int code);

    /**
     * {@code os.waitpid}: waits for the child {@code pid} (or any child for -1) to end; the call then returns
     * {@code (pid, status)}. False when there is no such child.
     */
    boolean waitForChild(int pid);

    /**
     * Starts a process as multiprocessing's spawn (or, {@code viaServer}, forkserver) method does; it runs the
     * program's top level, then {@code multiprocessing._spawn_bootstrap(*bootstrapArgs)}. Returns its pid.
     */
    int spawn(PyObject[] bootstrapArgs, boolean viaServer);

    /** The exit code of a process that has ended, or None while it runs. */
    PyObject processExitCode(int pid);

    /** The calling process's {@code __main__} module. */
    PyObject mainModule();

    /** A new key for a synchronization object, numbered in creation order: {@code lock#1}, {@code lock#2}, ... */
    String newObjectKey(String kind);

    /**
     * Asks to run {@code coroutine} once the current native call returns: {@code send(value)} when {@code thrown} is
     * null, else {@code throw(thrown)}. The caller receives what the coroutine next yields, or its return value as
     * {@code StopIteration}, or the exception it lets out.
     */
    default void resume(PyCoroutine coroutine, PyObject value, PyBaseException thrown) {
        throw Errors.raise(Types.RUNTIME_ERROR, "coroutines run only on a simulated thread");
    }

    /** Suspends the running coroutine once the current native call returns, handing {@code value} to whoever sent to it. */
    default void yieldFromCoroutine(PyObject value) {
        throw Errors.raise(Types.RUNTIME_ERROR, "coroutines run only on a simulated thread");
    }

    /** An exception's traceback as CPython prints it, ending with its last line (no final newline). */
    default String formatTraceback(PyBaseException e) {
        return e.type().name;
    }

    /** Writes to the program's standard error (a library's log message). */
    default void writeError(String text) {
    }

    /** Records an event of the asyncio event loop in the trace: {@code kind} names a trace event kind. */
    default void loopEvent(String kind, String narrationKey, Object... args) {
    }

    /** Like {@link #loopEvent}, placed at the program line where {@code coroutine} is suspended. */
    default void loopEventAt(PyCoroutine coroutine, String kind, String narrationKey, Object... args) {
        loopEvent(kind, narrationKey, args);
    }
}
