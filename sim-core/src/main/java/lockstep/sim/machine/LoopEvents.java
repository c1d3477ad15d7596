package lockstep.sim.machine;

import java.util.List;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceEvent.At;

/**
 * Turns what {@code asyncio.py} reports through {@code _asyncio._event} (a kind, a message key and texts; the loop's
 * timers as {@link TraceEvent.LoopTimer}s) into a typed trace event. The loop's Python code names what happened by its message key, so the key tells the typed facts: a
 * first run from a resumption, a return from a raise or a cancellation.
 */
final class LoopEvents {
    private static final String GREENLET_KEYS = "event.greenlet_";

    private LoopEvents() {}

    static TraceEvent of(At at, TraceEvent.Kind kind, String key, String first, Object details) {
        String second = details instanceof String text ? text : null;
        // gevent.py names its greenlets' events with keys of their own: the hub, not an event loop, runs them.
        TraceEvent.TaskRunner runner = key.startsWith(GREENLET_KEYS) ? TraceEvent.TaskRunner.GEVENT
                : TraceEvent.TaskRunner.ASYNCIO;
        return switch (kind) {
            case TASK_START -> new TraceEvent.TaskStarted(at, first, second, runner);
            case TASK_YIELD -> new TraceEvent.TaskYielded(at, first, second, runner);
            case TASK_WAKE -> new TraceEvent.TaskWoken(at, first, second, runner);
            case TASK_RESUME -> new TraceEvent.TaskResumed(at, first,
                    key.equals("event.task_first_run") || key.equals("event.greenlet_first_run") ? second : null,
                    runner);
            case TASK_END -> new TraceEvent.TaskEnded(at, first, ending(key), second, runner);
            case LOOP -> new TraceEvent.LoopChanged(at, first, timers(details));
            default -> throw new IllegalArgumentException("not an event loop's event: " + kind);
        };
    }

    @SuppressWarnings("unchecked")
    private static List<TraceEvent.LoopTimer> timers(Object details) {
        return (List<TraceEvent.LoopTimer>) details;
    }

    private static TraceEvent.Ending ending(String key) {
        return switch (key) {
            case "event.task_returned", "event.greenlet_returned" -> TraceEvent.Ending.RETURNED;
            case "event.task_raised", "event.greenlet_raised" -> TraceEvent.Ending.RAISED;
            case "event.task_cancelled", "event.greenlet_killed" -> TraceEvent.Ending.CANCELLED;
            default -> throw new IllegalArgumentException("not a task's end: " + key);
        };
    }
}
