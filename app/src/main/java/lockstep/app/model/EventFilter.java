package lockstep.app.model;

import java.util.Set;
import java.util.function.Predicate;
import lockstep.sim.trace.TraceEvent;

/**
 * The kinds of events "next event" can jump to. Kinds are matched by name so that kinds the simulator adds later
 * (asyncio's {@code TASK_*}) are found by {@link #ANY} and {@link #TASK} without a change here.
 */
public enum EventFilter implements Predicate<TraceEvent> {
    ANY(Set.of()),
    THREAD(Set.of("THREAD_START", "THREAD_END")),
    LOCK(Set.of("ACQUIRE", "RELEASE", "BLOCK", "TIMEOUT")),
    PRINT(Set.of("PRINT")),
    SLEEP(Set.of("SLEEP")),
    GIL(Set.of("GIL")),
    PROCESS(Set.of("FORK")),
    TASK(Set.of()),
    PROBLEM(Set.of("ERROR", "DEADLOCK", "STEP_LIMIT"));

    private final Set<String> kinds;

    EventFilter(Set<String> kinds) {
        this.kinds = kinds;
    }

    @Override
    public boolean test(TraceEvent event) {
        String kind = event.kind().name();
        return switch (this) {
            case ANY -> true;
            case TASK -> kind.startsWith("TASK_") || kind.equals("LOOP");
            default -> kinds.contains(kind);
        };
    }

    /** The message key of its name. */
    public String messageKey() {
        return "event.filter." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
