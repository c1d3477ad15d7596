package lockstep.sim.inspect;

import java.util.List;

/**
 * An asyncio event loop at a step: the thread running it, its ready queue (callbacks in the order they will run,
 * named after the task they step), its timers by deadline, and the tasks made on it.
 *
 * @param thread the thread whose loop it is (the one that ran it last)
 * @param running whether the loop is running now
 * @param ready  the ready queue, first to run first
 * @param timers the pending timers, earliest first
 * @param tasks  the loop's tasks, in creation order
 */
public record EventLoopInfo(String thread, boolean running, List<String> ready, List<Timer> timers,
                            List<TaskInfo> tasks) {
    /** A timer: what it will do and the virtual time it fires at. */
    public record Timer(String label, double whenSeconds) {}

    /**
     * A task: its name, its coroutine's name, its state, and what it waits for while {@link State#WAITING}.
     */
    public record TaskInfo(String name, String coroutine, State state, String awaiting) {}

    /** Where a task is in its life. */
    public enum State { RUNNING, READY, WAITING, DONE, CANCELLED, FAILED }

    public EventLoopInfo {
        ready = List.copyOf(ready);
        timers = List.copyOf(timers);
        tasks = List.copyOf(tasks);
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
