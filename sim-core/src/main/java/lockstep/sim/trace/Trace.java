package lockstep.sim.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The append-only record of a run, kept compact: which thread ran which stretch of steps ({@link Segment}s) and the
 * events that matter ({@link TraceEvent}s). A step of plain computation costs nothing here; its detail is
 * recomputed on demand by re-running with a {@link StepListener}, which the determinism of the simulator allows.
 */
public final class Trace {
    private final List<Segment> segments = new ArrayList<>();
    private final List<TraceEvent> events = new ArrayList<>();

    /** Records that a thread ran {@code stepCount} steps from {@code firstStep}; merges with the last segment when it continues it. */
    public void addSegment(Segment segment) {
        if (segment.stepCount() == 0) {
            return;
        }
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (last.pid() == segment.pid() && last.core() == segment.core()
                    && last.threadName().equals(segment.threadName())
                    && last.firstStep() + last.stepCount() == segment.firstStep()) {
                segments.set(segments.size() - 1, new Segment(last.firstStep(), last.stepCount() + segment.stepCount(),
                        last.core(), last.pid(), last.threadName(), last.startNanos()));
                return;
            }
        }
        segments.add(segment);
    }

    public void addEvent(TraceEvent event) {
        events.add(event);
    }

    public List<Segment> segments() {
        return Collections.unmodifiableList(segments);
    }

    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The number of steps the segments cover. */
    public long steps() {
        if (segments.isEmpty()) {
            return 0;
        }
        Segment last = segments.get(segments.size() - 1);
        return last.firstStep() + last.stepCount();
    }
}
