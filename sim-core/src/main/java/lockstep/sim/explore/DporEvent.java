package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.trace.TraceEvent;

/**
 * One operation of the execution in progress, as optimal DPOR sees it.
 *
 * @param thread    who ran it
 * @param footprint what it touched (live)
 * @param locks     the locks it took and released, in order
 * @param newest    the highest thread id that existed before it (ids are handed out in order: a thread above it was
 *                  made later)
 * @param resumes   the lock its thread was waiting for before it (it starts by taking it), or null
 * @param ends      a thread ended in it (which may let a thread waiting for a process go on)
 * @param process   the process its thread is in (a lock's key names it in its process; a fork copies it)
 * @param forked    the process it forked, or -1
 */
record DporEvent(int thread, Footprint footprint, List<LockAction> locks, int newest, String resumes,
                 boolean ends, int process, int forked) {
    /** A lock taken ({@code acquire}) or released, by its key. */
    record LockAction(String key, boolean acquire) {}

    /** The lock actions among an operation's trace events. */
    static List<LockAction> locksOf(List<TraceEvent> events) {
        List<LockAction> out = new ArrayList<>();
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Acquired a) {
                out.add(new LockAction(a.object().key(), true));
            } else if (e instanceof TraceEvent.Released r) {
                out.add(new LockAction(r.object().key(), false));
            }
        }
        return out.isEmpty() ? List.of() : out;
    }

    /** Whether a thread ended among an operation's trace events. */
    static boolean ends(List<TraceEvent> events) {
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.ThreadEnded) {
                return true;
            }
        }
        return false;
    }
}
