package lockstep.timeline;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import lockstep.sim.trace.Narration;
import lockstep.sim.trace.NarrationRenderer;

/** The timeline's words in one language, from {@code lockstep/timeline/timeline*.properties}. */
public final class TimelineTexts {
    private final Locale locale;
    private final ResourceBundle bundle;
    /** Renders the model's labels that are narration (objects' names) in this language. */
    private final NarrationRenderer narration;

    public TimelineTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's default locale: English asked for is English, whatever the system speaks.
        this.bundle = ResourceBundle.getBundle("lockstep.timeline.timeline", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.narration = NarrationRenderer.forLanguage(locale.getLanguage().equals("zh") ? "zh" : "en");
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with its arguments filled in, as given (numbers are not regrouped). */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(strings);
    }

    /** The model's label at {@code index} in this language, or null for -1. */
    public String label(TimelineModel model, int index) {
        return model.label(index, narration);
    }

    /** A narration (an object's name) in this language. */
    public String render(Narration text) {
        return narration.render(text);
    }

    /**
     * What the thread of lane {@code lane} was doing at step {@code step}, as its operation (or line step) tells it:
     * {@code MainThread, line 13: calls Thread.start(): MainThread starts Thread-1}; null at the micro-op grain or
     * where the lane has none.
     */
    public String operationAt(TimelineModel model, int lane, long step) {
        lockstep.sim.trace.Operation op = model.operationAt(lane, step);
        return op == null ? null : text("hover.operation", op.runner(), op.line(), render(op.narration()));
    }

    public String state(BarState state) {
        return text("state." + state.name().toLowerCase(Locale.ROOT));
    }

    public String marker(MarkerKind kind) {
        return text("marker." + kind.name().toLowerCase(Locale.ROOT));
    }

    public String arrow(ArrowKind kind) {
        return text("arrow." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** A lane's label: a thread's or task's name, {@code Core 0}, {@code GIL}. */
    public String lane(Lane lane) {
        return switch (lane.kind()) {
            case CORE -> text("lane.core", lane.core());
            case GIL -> text("lane.gil");
            case THREAD, TASK -> lane.name();
        };
    }

    /** A group's heading: {@code Cores}, {@code Process 1001, forked from 1000}. */
    public String group(LaneGroup group) {
        if (group.kind() == LaneGroup.Kind.CORES) {
            return text("group.cores");
        }
        return switch (group.origin()) {
            case FORK -> text("group.process.forked", group.pid(), group.parentPid());
            case SPAWN -> text("group.process.spawned", group.pid(), group.parentPid());
            default -> text("group.process", group.pid());
        };
    }

    /** A step number with the language's digit grouping: {@code 12,000}. */
    public String step(long step) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(step);
    }
}
