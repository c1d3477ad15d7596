package lockstep.sim.inspect;

import java.util.List;

/**
 * A process's GIL at a step: the thread holding it (null when free: its last holder waits, sleeps, does I/O or has
 * ended) and the threads that could run Python but wait for it, in the order the machine keeps its threads.
 */
public record GilInfo(ThreadRef holder, List<ThreadRef> waiting) {
    public GilInfo {
        waiting = List.copyOf(waiting);
    }
}
