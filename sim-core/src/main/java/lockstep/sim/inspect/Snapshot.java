package lockstep.sim.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * The machine after {@code step} steps: every process with its threads, synchronization objects and shared
 * variables. Immutable. Two pictures of the same program, options and step are equal.
 *
 * @param step      how many steps have run
 * @param timeNanos the virtual clock
 * @param finished  the run is over at this step (completed, deadlocked, failed or at its step limit)
 * @param processes the processes in creation order, the program's own first
 */
public record Snapshot(long step, long timeNanos, boolean finished, List<ProcessInfo> processes) {
    public Snapshot {
        processes = List.copyOf(processes);
    }

    /** The process with this pid, or null. */
    public ProcessInfo process(int pid) {
        for (ProcessInfo p : processes) {
            if (p.pid() == pid) {
                return p;
            }
        }
        return null;
    }

    /** Every thread of every process, in process then creation order. */
    public List<ThreadInfo> threads() {
        List<ThreadInfo> all = new ArrayList<>();
        for (ProcessInfo p : processes) {
            all.addAll(p.threads());
        }
        return all;
    }

    /** The thread with this id, or null. */
    public ThreadInfo thread(int id) {
        for (ProcessInfo p : processes) {
            for (ThreadInfo t : p.threads()) {
                if (t.id() == id) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The first thread named {@code name} (in process order), or null. */
    public ThreadInfo thread(String name) {
        for (ProcessInfo p : processes) {
            for (ThreadInfo t : p.threads()) {
                if (t.name().equals(name)) {
                    return t;
                }
            }
        }
        return null;
    }
}
