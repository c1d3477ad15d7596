package lockstep.sim.machine;

import lockstep.sim.runtime.Blocker;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.ThreadHandle;

/** A simulated thread: its frames, state, what it waits for, and the exception its except blocks are handling. */
public final class SimThread implements ThreadHandle {
    final int id;
    final String name;
    final SimProcess process;
    final boolean daemon;
    Frame frame;
    ThreadState state = ThreadState.NEW;
    /** When a SLEEPING or IO thread wakes, or a computing thread finishes its CPU work. */
    long wakeAtNanos;
    /** True while the thread does {@code sim.compute}: RUNNING and holding its core until {@link #wakeAtNanos}. */
    boolean computing;
    /** What a BLOCKED or WAITING thread waits for; null otherwise. */
    Blocker blocker;
    /** When a blocked thread's wait times out; -1 for never. */
    long blockDeadlineNanos = -1;
    /** The scheduling priority for the priority policy (higher runs first). */
    int priority;
    /** The step at which the thread last became ready to run: the ready queue's order. */
    long readySince;
    int depth;
    /** The exception being handled by the innermost running except block, for bare {@code raise}. */
    PyBaseException handledException;
    /** Set by a native call that suspends the thread once it returns. */
    long pendingSuspendNanos = -1;
    String pendingSuspendKind;
    /** Set by a native call that blocks the thread once it returns. */
    Blocker pendingBlocker;
    long pendingTimeoutNanos = -1;
    /** A value to push on the thread's stack before it next runs: a forked child's 0 from {@code fork()}. */
    lockstep.sim.runtime.PyObject pushOnResume;
    /**
     * For the main thread of a spawned process: once the module's top level has run, this function is called with
     * {@link #spawnArgs} (multiprocessing's bootstrap, which then calls the target).
     */
    String spawnEntry;
    lockstep.sim.runtime.PyObject[] spawnArgs;
    /** Set by {@code os._exit}: the process ends as soon as the current call returns. */
    boolean exitRequested;
    /** The asyncio task whose coroutine frames this thread is running, or null: for the steps it reports. */
    String currentTask;
    /** The task the event loop announced it resumes next: it becomes {@link #currentTask} once its coroutine runs. */
    String resumingTask;
    /** Set by a step that switched coroutines: the task that ran when the step began, the one it is reported under. */
    String taskAtStepStart;
    boolean switchedTask;
    /** The uncaught exception that ended the thread, if any. */
    PyBaseException uncaught;
    /** {@code str()} of {@link #uncaught}, taken when it ended the thread (it may run program code). */
    String uncaughtMessage;

    SimThread(int id, String name, SimProcess process, boolean daemon) {
        this.id = id;
        this.name = name;
        this.process = process;
        this.daemon = daemon;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    public ThreadState state() {
        return state;
    }

    boolean isAlive() {
        return state != ThreadState.DONE;
    }
}
