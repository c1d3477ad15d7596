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
}
