package lockstep.sim.runtime;

/** The simulated threads, as natives see them: the calling one, new ones, priorities. */
public interface ThreadControl {
    /** The thread executing this call. */
    ThreadHandle currentThread();

    /** Creates and starts a thread that calls {@code function(*args)}; it runs when the scheduler chooses it. */
    ThreadHandle startThread(PyObject function, PyObject[] args, String name, boolean daemon);

    /**
     * {@code _thread.start_new_thread(function, args)}: a thread no {@code threading.Thread} wraps, so its uncaught
     * exception goes to CPython's unraisable hook ({@code Exception ignored in thread started by: ...}).
     */
    default ThreadHandle startBareThread(PyObject function, PyObject[] args) {
        return startThread(function, args, null, true);
    }

    /** Sets the calling thread's priority for the priority scheduler. */
    void setPriority(int priority);
}
