package lockstep.app.model;

import java.util.function.Predicate;
import lockstep.sim.trace.TraceEvent;

/** The kinds of events "next event" can jump to, matched on the trace's typed events. */
public enum EventFilter implements Predicate<TraceEvent> {
    ANY,
    THREAD,
    LOCK,
    PRINT,
    /** An exception that ends a thread. */
    ERROR,
    SLEEP,
    GIL,
    PROCESS,
    TASK,
    PROBLEM,

    /** A write that erased another thread's write unseen. */
    LOST_UPDATE;

    @Override
    public boolean test(TraceEvent e) {
        return switch (this) {
            case ANY -> true;
            case THREAD -> e instanceof TraceEvent.ThreadStarted || e instanceof TraceEvent.ThreadEnded;
            case LOCK -> e instanceof TraceEvent.Acquired || e instanceof TraceEvent.Released
                    || e instanceof TraceEvent.Blocked || e instanceof TraceEvent.TimedOut;
            case PRINT -> e instanceof TraceEvent.Printed;
            case ERROR -> e instanceof TraceEvent.ErrorRaised;
            // A sleep and its end (a sleeper, or a thread back from I/O or CPU work, is ready again).
            case SLEEP -> e instanceof TraceEvent.Slept || e instanceof TraceEvent.Woke;
            case GIL -> e instanceof TraceEvent.GilHandedOver;
            case PROCESS -> e instanceof TraceEvent.Forked || e instanceof TraceEvent.Spawned
                    || e instanceof TraceEvent.ForkServerStarted;
            case TASK -> TraceEvent.taskOf(e) != null || e instanceof TraceEvent.LoopChanged;
            case PROBLEM -> e instanceof TraceEvent.ErrorRaised || e instanceof TraceEvent.Deadlocked
                    || e instanceof TraceEvent.StepLimitReached;
            case LOST_UPDATE -> e instanceof TraceEvent.LostUpdate;
        };
    }

    /** The message key of its name. */
    public String messageKey() {
        return "event.filter." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
