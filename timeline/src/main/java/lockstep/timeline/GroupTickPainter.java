package lockstep.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;

/**
 * Draws where each operation (or line step) of a thread ends, as a faint tick across its lane's bar band, so the
 * grain the run is stepped at shows on the lanes. Where the ticks would crowd closer than {@link #MIN_GAP} pixels on
 * average they are left out: at that zoom they would only grey the bars.
 */
final class GroupTickPainter {
    /** The least average room between ticks, in pixels, for them to be drawn. */
    static final double MIN_GAP = 5;

    private final PaintContext c;
    private final Color color;

    GroupTickPainter(PaintContext c) {
        this.c = c;
        this.color = color(c);
    }

    /** The ticks' colour: the muted text's, half see-through, faint on every bar. */
    static Color color(PaintContext c) {
        Color muted = c.palette.mutedText();
        return new Color(muted.getRed(), muted.getGreen(), muted.getBlue(), 120);
    }

    void paint(Lane lane) {
        OperationIndex groups = c.model.operations();
        if (groups == null || lane.kind() != LaneKind.THREAD) {
            return;
        }
        long[] lasts = groups.lastSteps(lane.threadId());
        // A group ends at the boundary after its last step.
        int first = firstAtOrAfter(lasts, c.firstStep - 1);
        int end = firstAtOrAfter(lasts, c.lastStep);
        if (end <= first || c.geometry.plotWidth() / (double) (end - first) < MIN_GAP) {
            return;
        }
        double top = c.geometry.laneY(lane.index()) + TimelineGeometry.MARKER_BAND + 1;
        double bottom = c.geometry.laneY(lane.index()) + TimelineGeometry.THREAD_LANE_HEIGHT - 1;
        c.g.setColor(color);
        c.g.setStroke(new BasicStroke(c.line(1f)));
        for (int i = first; i < end; i++) {
            double x = c.px(lasts[i] + 1) - 0.5;
            c.g.draw(new Line2D.Double(x, top, x, bottom));
        }
    }

    /** The index of the first value at or after {@code step}, or the array's length. */
    private static int firstAtOrAfter(long[] values, double step) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] >= step) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
