package lockstep.timeline.tracefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which a file lists a plan's items: by step boundary (so by time, which never goes back as steps go
 * on, and in the run's order where the clock stands still), and at one boundary the slices that end there, then those
 * that begin, then counter values, instants, and last the instants where a flow ends, so a flow always starts before it
 * ends and an instant falls inside the state that begins with it. Ties keep the tracks' order, then the plan's.
 */
public final class TracePoints {
    private TracePoints() {}

    /** What a point does, in the order points at one step boundary are listed. */
    public enum Phase { END, BEGIN, COUNTER, INSTANT, ARRIVAL }

    /** One point of the file: a slice's begin or end, an instant, a counter value, at a step and its time. */
    public record Point(TraceItem item, Phase phase, long step, long nanos) {}

    static List<Point> of(TracePlan plan) {
        Map<Long, Integer> trackOrder = new HashMap<>();
        for (int i = 0; i < plan.tracks().size(); i++) {
            trackOrder.put(plan.tracks().get(i).uuid(), i);
        }
        List<Point> points = new ArrayList<>();
        for (TraceItem item : plan.items()) {
            if (item instanceof TraceItem.Slice slice) {
                points.add(new Point(slice, Phase.BEGIN, slice.step(), slice.nanos()));
                points.add(new Point(slice, Phase.END, slice.endStep(), slice.endNanos()));
            } else if (item instanceof TraceItem.Instant instant) {
                Phase phase = instant.flowsIn().isEmpty() ? Phase.INSTANT : Phase.ARRIVAL;
                points.add(new Point(instant, phase, instant.step(), instant.nanos()));
            } else {
                points.add(new Point(item, Phase.COUNTER, item.step(), item.nanos()));
            }
        }
        // A stable sort: points that tie on all of these keep the plan's order.
        points.sort(Comparator.comparingLong(Point::step)
                .thenComparing(Point::phase)
                .thenComparingInt(p -> trackOrder.getOrDefault(p.item().track(), Integer.MAX_VALUE)));
        return points;
    }
}
