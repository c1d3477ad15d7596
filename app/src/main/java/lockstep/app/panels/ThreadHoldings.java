package lockstep.app.panels;

import java.util.ArrayList;
import java.util.List;
import lockstep.app.i18n.I18n;
import lockstep.sim.inspect.HeldValue;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.inspect.ThreadInfo;

/**
 * The threads panel's words for what a thread holds and does next, from the inspector's picture: its next micro-op
 * (the panel's row already shows its line; operations do not exist yet, so the micro-op is what the next step does),
 * then one line per value it read from shared state and holds ("holds 31, read from x at step 1,199").
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
