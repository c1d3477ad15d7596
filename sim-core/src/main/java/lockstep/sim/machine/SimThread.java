package lockstep.sim.machine;

import lockstep.sim.runtime.PyBaseException;

/** A simulated thread: its frames, state, and the exception its except blocks are handling. */
public final class SimThread {
    final int id;
    final String name;
    final SimProcess process;
    Frame frame;
    ThreadState state = ThreadState.NEW;
    long wakeAtNanos;
    int depth;
    /** The exception being handled by the innermost running except block, for bare {@code raise}. */
    PyBaseException handledException;
    /** Set by a native call that suspends the thread once it returns. */
    long pendingSuspendNanos = -1;
    String pendingSuspendKind;
    /** The uncaught exception that ended the thread, if any. */
    PyBaseException uncaught;
    /** {@code str()} of {@link #uncaught}, taken when it ended the thread (it may run program code). */
    String uncaughtMessage;

    SimThread(int id, String name, SimProcess process) {
        this.id = id;
        this.name = name;
        this.process = process;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ThreadState state() {
        return state;
    }
}
