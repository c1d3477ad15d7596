package lockstep.sim.explore;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.machine.AccessLog;
import lockstep.sim.trace.TraceEvent;

/**
 * The lock each thread of the run in progress is left waiting for. A run that ends with threads waiting (a deadlock)
 * never shows their acquisitions, yet each races with the acquisition by the thread that holds the lock: reversing
 * it is how the other lock orders are found. At the end of a run each waiting thread adds one such acquisition, an
 * operation that never happened, for the race analysis only.
 */
final class LockWaits {
    private final Map<Integer, String> waitingFor = new TreeMap<>();

    void clear() {
        waitingFor.clear();
    }

    /** Each waiting thread to its lock's key, as now (for a copy of the machine kept here). */
    Map<Integer, String> copy() {
        return new TreeMap<>(waitingFor);
    }

    /** Back to what {@link #copy()} gave. */
    void restore(Map<Integer, String> kept) {
        waitingFor.clear();
        waitingFor.putAll(kept);
    }

    /** The lock {@code thread} is waiting for, or null. */
    String of(int thread) {
        return waitingFor.get(thread);
    }

    /** {@code thread}'s operation (or silent wait) ended with these events: notes what it is left waiting for. */
    void note(int thread, List<TraceEvent> events) {
        String key = null;
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Blocked b && b.object() != null) {
                key = b.object().key();
            } else if (e instanceof TraceEvent.Acquired a && a.object().key().equals(key)) {
                key = null;
            }
        }
        if (key == null) {
            waitingFor.remove(thread);
        } else {
            waitingFor.put(thread, key);
        }
    }

    /** The acquisitions the threads still waiting would make, in thread order; {@code newest} as for every event. */
    List<DporEvent> pending(int newest, Map<Integer, Integer> processOf) {
        return waitingFor.entrySet().stream().map(w -> new DporEvent(w.getKey(),
                new Footprint(List.of(new Footprint.Entry(w.getValue(), null, AccessLog.Kind.WRITE)), false, false),
                List.of(new DporEvent.LockAction(w.getValue(), true)), newest, w.getValue(), false, processOf.getOrDefault(w.getKey(), 0), -1)).toList();
    }
}
