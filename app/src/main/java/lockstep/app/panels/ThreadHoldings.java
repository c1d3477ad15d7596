package lockstep.app.panels;

import java.util.ArrayList;
import java.util.List;
import lockstep.app.i18n.I18n;
import lockstep.sim.inspect.HeldValue;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.inspect.ThreadInfo;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Operation;

/**
 * The threads panel's words for what a thread does and holds: its operation (the one it is in the middle of, or
 * starts next) told as the program's act ("next operation: calls Lock.acquire()"), or at the micro-op grain its
 * next micro-op from the inspector's picture; then one line per value it read from shared state and holds
 * ("holds 31, read from x at step 1,199"). The panel's row already shows its line.
 */
final class ThreadHoldings {
    private ThreadHoldings() {}

    /** The thread with {@code id} in {@code picture}, or null. */
    static ThreadInfo find(Snapshot picture, int id) {
        if (picture == null) {
            return null;
        }
        return picture.processes().stream().flatMap(p -> p.threads().stream()).filter(t -> t.id() == id)
                .findFirst().orElse(null);
    }

    /** What {@code thread} does next: its micro-op, or empty when it has none (done). */
    static String next(ThreadInfo thread, I18n i18n) {
        return thread.microOp().isEmpty() ? "" : i18n.get("threads.microop", thread.microOp());
    }

    /**
     * What {@code thread}'s operation {@code op} is at the cursor ({@code position} steps done): the one it is in the
     * middle of when it began before, else the one it starts next.
     */
    static String operation(Operation op, long position, I18n i18n) {
        String said = NarrationRenderer.forLanguage(i18n.language()).render(op.action());
        return i18n.get(op.first() < position ? "threads.operation.now" : "threads.operation.next", said);
    }

    /** One sentence per value {@code thread} holds, in the order read. */
    static List<String> held(ThreadInfo thread, I18n i18n) {
        List<String> lines = new ArrayList<>();
        for (HeldValue h : thread.held()) {
            if (h.local() != null) {
                lines.add(i18n.get("threads.held.local", h.value(), h.variable(), h.step(), h.local()));
            } else if (h.computed() != null) {
                lines.add(i18n.get("threads.held.computed", h.value(), h.variable(), h.step(), h.computed()));
            } else {
                lines.add(i18n.get("threads.held", h.value(), h.variable(), h.step()));
            }
        }
        return lines;
    }
}
