package lockstep.timeline;

import lockstep.sim.trace.Narration;
import lockstep.sim.trace.Segment;
import lockstep.sim.trace.Trace;
import lockstep.sim.trace.TraceEvent;

/** Hand-made traces: segments and events written out step by step, as the machine would record them. */
final class Traces {
    static final int PID = 1000;

    private final Trace trace = new Trace();

    /** A stretch of steps by a thread on core 0 of process 1000, at 1 µs a step from time 0. */
    Traces run(String thread, long first, long count) {
        return run(PID, thread, 0, first, count, first * 1000);
    }

    Traces run(int pid, String thread, int core, long first, long count, long startNanos) {
        trace.addSegment(new Segment(first, count, core, pid, thread, startNanos));
        return this;
    }

    Traces event(long step, String thread, TraceEvent.Kind kind, String key, Object... args) {
        return event(step, PID, thread, kind, key, args);
    }

    Traces event(long step, int pid, String thread, TraceEvent.Kind kind, String key, Object... args) {
        return eventAt(step, step * 1000, pid, thread, kind, key, args);
    }

    /** An event at a virtual time of its own (after a jump of the clock). */
    Traces eventAt(long step, long nanos, int pid, String thread, TraceEvent.Kind kind, String key, Object... args) {
        trace.addEvent(new TraceEvent(step, nanos, pid, thread, 0, kind, Narration.of(key, args)));
        return this;
    }

    Trace trace() {
        return trace;
    }

    TimelineModel model() {
        return TimelineLayout.build(trace, null, java.util.List.of());
    }
}
