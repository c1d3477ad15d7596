package lockstep.sim.runtime;

/** The simulated processes, as {@code os} and {@code multiprocessing} natives use them. */
public interface ProcessControl {
    /** {@code os.fork()}: copies the calling process; returns the child's pid (the child's own call returns 0). */
    int fork();

    /**
     * Starts a process as multiprocessing's spawn (or, {@code viaServer}, forkserver) method does; it runs the
     * program's top level, then {@code multiprocessing._spawn_bootstrap(*bootstrapArgs)}. Returns its pid.
     */
    int spawn(PyObject[] bootstrapArgs, boolean viaServer);

    /** The calling thread's process id. */
    int pid();

    /** How many cores the simulated computer has ({@code os.cpu_count()}, the run's {@code cores}). */
    default int cpuCount() {
        return 1;
    }

    /**
     * The operating system's randomness ({@code os.urandom}, {@code uuid.uuid4}): seeded by the run, apart from
     * {@code random}'s generator so that using one never shifts the other's sequence.
     */
    default PythonRandom entropy() {
        return new PythonRandom(0);
    }

    /** The module {@code name} if the calling process has imported it ({@code sys.modules.get}), else null. */
    default PyObject importedModule(String name) {
        return null;
    }

    /** The calling thread's parent process id. */
    int parentPid();

    /**
     * {@code os.waitpid}: what waiting for the child {@code pid} (or any child for -1) to end waits on — the wait
     * then returns {@code (pid, status)} — or null when there is no such child.
     */
    Blocker childWait(int pid);

    /** The exit code of a process that has ended, or None while it runs. */
    PyObject processExitCode(int pid);

    /** The calling process's {@code __main__} module. */
    PyObject mainModule();

    /**
     * Sends {@code signal} to process {@code pid} where its default action ends the process (SIGTERM, SIGKILL):
     * every thread of it ends at once and its exit code is {@code -signal}. Returns the request that ends the
     * calling thread too when it is the process signalled itself, else null.
     */
    default MachineRequest kill(int pid, int signal) {
        throw new IllegalStateException("no machine here");
    }

    /** {@code signal.signal}: sets the calling process's handler of {@code signal}; returns the previous one. */
    default PyObject setSignalHandler(int signal, PyObject handler) {
        throw new IllegalStateException("no machine here");
    }

    /** {@code signal.getsignal}: the calling process's handler of {@code signal} (0 for SIG_DFL, 1 for SIG_IGN). */
    default PyObject signalHandler(int signal) {
        throw new IllegalStateException("no machine here");
    }

    /**
     * {@code signal.setitimer(ITIMER_REAL, delay, interval)} in virtual nanoseconds (0 clears it): returns the
     * previous timer's remaining delay and interval.
     */
    default long[] setAlarm(long delayNanos, long intervalNanos) {
        throw new IllegalStateException("no machine here");
    }

    /** {@code signal.pause()}: what waiting until a signal arrives for the calling process waits on. */
    default Blocker signalWait() {
        throw new IllegalStateException("no machine here");
    }

    /** Whether the calling process has imported the module {@code name}. */
    default boolean imported(String name) {
        return false;
    }

    /** Marks the child {@code pid} daemonic: its parent's exit terminates it, as multiprocessing's atexit does. */
    default void markDaemonChild(int pid) {
        throw new IllegalStateException("no machine here");
    }
}
