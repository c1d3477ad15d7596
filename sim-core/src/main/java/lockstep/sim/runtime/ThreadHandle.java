package lockstep.sim.runtime;

/** A simulated thread as natives see it: who is calling, who owns a lock. */
public interface ThreadHandle {
    int id();

    String name();

    /**
     * The thread's frames, outermost first, each as file, current line and function name: where {@code logging}
     * finds its caller.
     */
    default java.util.List<PyBaseException.TracebackEntry> callStack() {
        return java.util.List.of();
    }

    /** The exception the thread's innermost running except block handles ({@code sys.exc_info()}), or null. */
    default PyBaseException handledException() {
        return null;
    }

    /** The object space of the thread's process. */
    ObjectSpace objectIds();
}
