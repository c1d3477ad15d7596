package lockstep.sim.inspect;

import java.util.List;

/**
 * A process at a step: its threads, the synchronization objects its program can reach (from the main module's
 * globals and the locals of its threads' program frames), and its shared variables.
 *
 * @param pid       its pid
 * @param parentPid the pid of the process that forked or spawned it; 0 for the first
 * @param alive     some thread of it has not ended
 * @param loops     its asyncio event loops: ready queue, timers and tasks
 * @param gil       who holds its GIL and who waits for it; null when the run has no GIL
 */
public record ProcessInfo(int pid, int parentPid, boolean alive, List<ThreadInfo> threads, List<SyncInfo> objects,
                          List<VariableInfo> variables, List<EventLoopInfo> loops, GilInfo gil) {
    /** A process of a run without the GIL. */
    public ProcessInfo(int pid, int parentPid, boolean alive, List<ThreadInfo> threads, List<SyncInfo> objects,
                       List<VariableInfo> variables, List<EventLoopInfo> loops) {
        this(pid, parentPid, alive, threads, objects, variables, loops, null);
    }

    /** A process without asyncio event loops. */
    public ProcessInfo(int pid, int parentPid, boolean alive, List<ThreadInfo> threads, List<SyncInfo> objects,
                       List<VariableInfo> variables) {
        this(pid, parentPid, alive, threads, objects, variables, List.of());
    }

    public ProcessInfo {
        threads = List.copyOf(threads);
        objects = List.copyOf(objects);
        variables = List.copyOf(variables);
        loops = List.copyOf(loops);
    }

    /** The object named {@code name}, or null. */
    public SyncInfo object(String name) {
        for (SyncInfo o : objects) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }

    /** The value of variable {@code name}, or null when the process has no such shared variable. */
    public String variable(String name) {
        for (VariableInfo v : variables) {
            if (v.name().equals(name)) {
                return v.value();
            }
        }
        return null;
    }
}
