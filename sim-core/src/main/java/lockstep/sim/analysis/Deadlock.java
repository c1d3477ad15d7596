package lockstep.sim.analysis;

import java.util.List;
import lockstep.sim.trace.ObjectName;

/**
 * Why a run can never go on: the threads that wait, what each waits for, and, when there is one, the cycle of the
 * wait-for graph (thread → object → its holder → ...), or the objects waited on that nobody can ever release.
 *
 * @param cycle        thread and object names alternating, starting and ending with the same thread; empty when
 *                     the threads wait on something no live thread holds
 * @param waiting      every waiting thread, in creation order
 * @param cycleThreads the ids of the cycle's threads, in its order (names may repeat, ids do not); empty when unknown
 */
public record Deadlock(List<String> cycle, List<Waiting> waiting, List<Integer> cycleThreads) {
    /** A deadlock whose threads are known by name only. */
    public Deadlock(List<String> cycle, List<Waiting> waiting) {
        this(cycle, waiting, List.of());
    }

    /**
     * A thread that waits: on what, held by whom (null when no thread holds it); {@code orphaned} when the holder
     * does not exist in the waiter's process — a lock copied by {@code fork} while another thread held it. The ids
     * tell threads of one name apart; -1 when unknown (or no holder). {@code thread} and {@code object} are English
     * text for reports; {@code what} is the object's name as data and {@code pid} the thread's process when it is
     * not the program's own (else -1), for narration in any language.
     */
    public record Waiting(String thread, String object, String holder, boolean orphaned, int threadId, int holderId,
                          ObjectName what, int pid) {
        /** A waiting thread known by name only. */
        public Waiting(String thread, String object, String holder, boolean orphaned) {
            this(thread, object, holder, orphaned, -1, -1);
        }

        /** A waiting thread whose object is known by its English text only. */
        public Waiting(String thread, String object, String holder, boolean orphaned, int threadId, int holderId) {
            this(thread, object, holder, orphaned, threadId, holderId, null, -1);
        }
    }

    /** One sentence in English, for logs and tests; the app renders the narration in the chosen language. */
    public String explanation() {
        if (!cycle.isEmpty()) {
            return "deadlock: " + String.join(" → ", cycle);
        }
        StringBuilder sb = new StringBuilder("deadlock: ");
        for (int i = 0; i < waiting.size(); i++) {
            Waiting w = waiting.get(i);
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(w.thread()).append(" waits forever for ").append(w.object());
            if (w.orphaned()) {
                sb.append(", held by ").append(w.holder()).append(", which does not exist in this process");
            } else if (w.holder() != null) {
                sb.append(" (held by ").append(w.holder()).append(")");
            }
        }
        return sb.toString();
    }
}
