package lockstep.timeline.tracefile;

import java.util.List;

/**
 * One thing drawn on a track of a trace file, at step boundaries of the run (for ordering: time alone ties where
 * the clock does not move) and at their virtual times in nanoseconds.
 */
public sealed interface TraceItem {
    /** The track it is drawn on. */
    long track();

    /** The step boundary it starts at. */
    long step();

    /** The virtual time it starts at, in nanoseconds. */
    long nanos();

    /** A named argument shown with a slice or an instant: its value a String, a Long or a Boolean. */
    record Arg(String name, Object value) {
        public Arg {
            if (!(value instanceof String || value instanceof Long || value instanceof Boolean)) {
                throw new IllegalArgumentException("an argument is a string, a long or a boolean: " + value);
            }
        }
    }

    /** A stretch of time: a state of a thread or a task, or an operation; from step to endStep. */
    record Slice(long track, long step, long nanos, long endStep, long endNanos, String name, String category,
                 List<Arg> args) implements TraceItem {
        public Slice {
            args = List.copyOf(args);
        }
    }

    /**
     * A moment: an event of a thread (an acquire, a print, a race), where flows may start ({@code flowsOut}) or end
     * ({@code flowsIn}): a flow is a hand-off from one track to another.
     */
    record Instant(long track, long step, long nanos, String name, String category, List<Arg> args,
                   List<Long> flowsOut, List<Long> flowsIn) implements TraceItem {
        public Instant {
            args = List.copyOf(args);
            flowsOut = List.copyOf(flowsOut);
            flowsIn = List.copyOf(flowsIn);
        }

        Instant withFlowOut(long flow) {
            return new Instant(track, step, nanos, name, category, args, append(flowsOut, flow), flowsIn);
        }

        Instant withFlowIn(long flow) {
            return new Instant(track, step, nanos, name, category, args, flowsOut, append(flowsIn, flow));
        }

        private static List<Long> append(List<Long> list, long value) {
            java.util.ArrayList<Long> longer = new java.util.ArrayList<>(list);
            longer.add(value);
            return longer;
        }
    }

    /** A counter track's value from this moment on. */
    record CounterValue(long track, long step, long nanos, long value) implements TraceItem {}
}
