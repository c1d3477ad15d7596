package lockstep.sim.runtime;

/**
 * What Java code running on behalf of the program (a built-in, a module function, an operator on a user object)
 * may ask of the machine: calls into program code, which run to completion inside the current step's thread, and,
 * by role, the output, the clock, the threads, the processes and the reporting of synchronization. To sleep, wait,
 * end the process or switch coroutines, a native returns a {@link MachineRequest} instead.
 */
public interface CallContext {
    /** Calls any callable with positional arguments and optional keyword arguments (null for none). */
    PyObject call(PyObject callable, PyObject[] args, PyDict kwargs);

    default PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    /**
     * Calls class {@code type} as {@code type.__call__} does ({@code __new__}, then {@code __init__}), without going
     * through its metaclass's {@code __call__}: what {@code super().__call__(...)} in a metaclass reaches.
     */
    default PyObject construct(PyType type, PyObject[] args, PyDict kwargs) {
        return call(type, args, kwargs);
    }

    /** How deep the runtime's Java code recurses through containers on this thread (see {@link RecursionGuard}). */
    RecursionGuard recursion();

    /** The run's deterministic random source. */
    PythonRandom random();

    /** The name of the module whose code is running ({@code __main__} for the program). */
    String moduleName();

    /** The ids of the calling process's objects: {@code id()}, the addresses in reprs, {@code hash()}. */
    default ObjectIds objectIds() {
        return threads().currentThread().objectIds();
    }

    /** The program's standard output and error. */
    Output output();

    /** The virtual clock and the GIL's switch interval. */
    Clock clock();

    /** The calling thread, new threads, priorities. */
    ThreadControl threads();

    /** The calling process, new processes, waiting for children. */
    ProcessControl processes();

    /** Naming synchronization objects and reporting hand-offs through them. */
    SyncReporting sync();

    /** What big native work costs the run: steps for its size, and the memory budget. */
    default WorkMeter work() {
        return WorkMeter.UNMETERED;
    }
}
