package lockstep.sim.inspect;

import java.util.List;

/**
 * An event loop at a step — asyncio's, or gevent's hub — the thread running it, its ready queue (callbacks in the
 * order they will run, named after the task or greenlet they switch to), its timers by deadline, and the tasks (or
 * greenlets) made on it. gevent's hub also has the main greenlet, the program's own code, which runs the hub while it
 * waits.
 *
 * @param runner  what runs the loop: asyncio or gevent's hub
 * @param thread  the thread whose loop it is (the one that ran it last)
 * @param running whether the loop is running now
 * @param ready   the ready queue, first to run first
 * @param timers  the pending timers, earliest first
 * @param tasks   the loop's tasks (the hub's greenlets), in creation order
 * @param main    the hub's main greenlet (named {@link #MAIN_GREENLET}); null for asyncio
 */
public record EventLoopInfo(Runner runner, String thread, boolean running, List<String> ready, List<Timer> timers,
                            List<TaskInfo> tasks, TaskInfo main) {
    /** The name of gevent's main greenlet, in a ready queue's labels and in {@link #main()}. */
    public static final String MAIN_GREENLET = "main";

    /** A timer: what it will do and the virtual time it fires at. */
    public record Timer(String label, double whenSeconds) {}

    /**
     * A task (or greenlet): its name, its coroutine's (or function's) name, its state, and what it waits for while
     * {@link State#WAITING}.
     */
    public record TaskInfo(String name, String coroutine, State state, String awaiting) {}

    /** Where a task is in its life (a killed greenlet is {@link #CANCELLED}). */
    public enum State { RUNNING, READY, WAITING, DONE, CANCELLED, FAILED }

    /** What runs the loop. */
    public enum Runner { ASYNCIO, GEVENT }

    public EventLoopInfo {
        ready = List.copyOf(ready);
        timers = List.copyOf(timers);
        tasks = List.copyOf(tasks);
    }

    /** An asyncio event loop. */
    public EventLoopInfo(String thread, boolean running, List<String> ready, List<Timer> timers,
                         List<TaskInfo> tasks) {
        this(Runner.ASYNCIO, thread, running, ready, timers, tasks, null);
    }

    /** The task named {@code name}, or null. */
    public TaskInfo task(String name) {
        for (TaskInfo t : tasks) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
