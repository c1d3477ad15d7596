package lockstep.timeline;

import java.util.List;

/**
 * Where things are on a timeline picture of a given size: the step axis on top, the legend at the bottom, lane
 * labels in a gutter on the left, and between them the lanes, under a heading per group, scrolled vertically by
 * {@link #scrollY()}. Pure arithmetic: the painter measures the gutter and the legend and this class does the rest,
 * including hit-testing a point back to a lane and a step.
 */
public final class TimelineGeometry {
    public static final int AXIS_HEIGHT = 44;
    public static final int HEADER_HEIGHT = 22;
    public static final int THREAD_LANE_HEIGHT = 36;
    public static final int SMALL_LANE_HEIGHT = 24;
    /** Room right of the plot, so that the last step's markers and the cursor are not cut. */
    public static final int RIGHT_MARGIN = 16;
    /** In a thread lane, markers sit in a band above the bar. */
    public static final int MARKER_BAND = 14;

    private final int width;
    private final int height;
    private final int gutterWidth;
    private final int legendHeight;
    private final int[] laneTop;
    private final int[] laneHeight;
    private final int[] headerTop;
    private final int contentHeight;
    private double scrollY;

    public TimelineGeometry(TimelineModel model, int width, int height, int gutterWidth, int legendHeight) {
        this.width = width;
        this.height = height;
        this.gutterWidth = gutterWidth;
        this.legendHeight = legendHeight;
        List<Lane> lanes = model.lanes();
        laneTop = new int[lanes.size()];
        laneHeight = new int[lanes.size()];
        headerTop = new int[model.groups().size()];
        int y = 0;
        for (int g = 0; g < model.groups().size(); g++) {
            LaneGroup group = model.groups().get(g);
            headerTop[g] = y;
            y += HEADER_HEIGHT;
            for (int i = group.firstLane(); i < group.endLane(); i++) {
                laneTop[i] = y;
                laneHeight[i] = laneHeight(lanes.get(i).kind());
                y += laneHeight[i];
            }
        }
        contentHeight = y;
    }

    /** The height of a lane of this kind. */
    public static int laneHeight(LaneKind kind) {
        return kind == LaneKind.THREAD ? THREAD_LANE_HEIGHT : SMALL_LANE_HEIGHT;
    }

    /** The height of every heading and lane together. */
    public static int contentHeight(TimelineModel model) {
        int y = model.groups().size() * HEADER_HEIGHT;
        for (Lane lane : model.lanes()) {
            y += laneHeight(lane.kind());
        }
        return y;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int gutterWidth() {
        return gutterWidth;
    }

    public int legendHeight() {
        return legendHeight;
    }

    public int plotLeft() {
        return gutterWidth;
    }

    public int plotWidth() {
        return Math.max(1, width - gutterWidth - RIGHT_MARGIN);
    }

    public int plotRight() {
        return plotLeft() + plotWidth();
    }

    public int lanesTop() {
        return AXIS_HEIGHT;
    }

    public int lanesBottom() {
        return Math.max(lanesTop(), height - legendHeight);
    }

    public int contentHeight() {
        return contentHeight;
    }

    public double scrollY() {
        return scrollY;
    }

    /** Scrolls the lanes, within what there is to see, by whole pixels (so that bars stay on pixel edges). */
    public void setScrollY(double y) {
        scrollY = Math.round(Math.max(0, Math.min(maxScrollY(), y)));
    }

    public double maxScrollY() {
        return Math.max(0, contentHeight - (lanesBottom() - lanesTop()));
    }

    /** The top of a lane on the picture. */
    public double laneY(int lane) {
        return lanesTop() + laneTop[lane] - scrollY;
    }

    public int laneHeight(int lane) {
        return laneHeight[lane];
    }

    /** The top of a group's heading on the picture. */
    public double headerY(int group) {
        return lanesTop() + headerTop[group] - scrollY;
    }

    /** The x of a step boundary on the picture. */
    public double x(Viewport viewport, double step) {
        return plotLeft() + viewport.xOf(step);
    }

    /** The lane under {@code y}, or -1 (outside the lanes area, or on a heading). */
    public int laneAt(double y) {
        if (y < lanesTop() || y >= lanesBottom()) {
            return -1;
        }
        double content = y - lanesTop() + scrollY;
        int lo = 0;
        int hi = laneTop.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (laneTop[mid] <= content) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && content < laneTop[found] + laneHeight[found] ? found : -1;
    }

    /** What is under the point {@code (x, y)}; steps are clamped to the run. */
    public Hit hit(double x, double y, Viewport viewport) {
        double step = viewport.stepAt(x - plotLeft());
        long total = viewport.totalSteps();
        long column = Math.max(0, Math.min(total - 1, (long) Math.floor(step)));
        long boundary = Math.max(0, Math.min(total, Math.round(step)));
        boolean inPlot = x >= plotLeft() && x < plotRight() && y >= 0 && y < lanesBottom();
        return new Hit(laneAt(y), column, boundary, inPlot);
    }
}
