package lockstep.app.panels;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lockstep.app.i18n.I18n;
import lockstep.app.simulation.ManualRefusal;
import lockstep.app.simulation.ManualThread;
import lockstep.sim.inspect.ThreadInfo;
import lockstep.sim.inspect.WaitInfo;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.ObjectNames;

/** Manual mode's sentences: why a thread cannot be chosen, and why a press ran nothing. */
public final class ManualTexts {
    private ManualTexts() {}

    /**
     * Why {@code thread} cannot run now ("blocked on lock, held by Thread-1", "has ended"), in the language shown;
     * {@code all} names the threads it may wait for.
     */
    public static String whyNot(ManualThread thread, List<ManualThread> all, I18n i18n) {
        ThreadInfo t = thread.where();
        WaitInfo wait = t.waitingFor();
        return switch (t.state()) {
            case DONE -> i18n.get("manual.why.ended");
            case NEW -> i18n.get("manual.why.new");
            case SLEEPING -> i18n.get("manual.why.sleeping", seconds(t.wakeAtNanos()));
            case IO -> i18n.get("manual.why.io", seconds(t.wakeAtNanos()));
            case BLOCKED, WAITING -> {
                if (wait == null) {
                    yield i18n.get("manual.why.other");
                }
                String what = ObjectNames.render(wait.what(), id -> nameOf(id, all),
                        NarrationRenderer.forLanguage(i18n.isChinese() ? "zh" : "en"));
                yield wait.holder() != null ? i18n.get("manual.why.blocked", what, wait.holder().name())
                        : i18n.get("manual.why.waiting", what);
            }
            default -> i18n.get("manual.why.other");
        };
    }

    /** What to say about a press that ran nothing; {@code all} names the threads. */
    public static String refusal(ManualRefusal refusal, List<ManualThread> all, I18n i18n) {
        return switch (refusal.reason()) {
            case CANNOT_RUN -> i18n.get("manual.refused.cannot", refusal.thread().name(),
                    Integer.toString(refusal.thread().key()), whyNot(refusal.thread(), all, i18n));
            case NO_SUCH_THREAD -> i18n.get("manual.refused.nothread", Integer.toString(refusal.key()));
            case CHOOSE -> i18n.get("manual.refused.choose",
                    refusal.runnable().stream().map(String::valueOf).collect(Collectors.joining(" / ")));
            case ENDED -> i18n.get("manual.refused.ended");
        };
    }

    private static String nameOf(int id, List<ManualThread> all) {
        for (ManualThread t : all) {
            if (t.key() == id) {
                return t.name();
            }
        }
        return "#" + id;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }
}
