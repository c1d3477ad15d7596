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
    /**
     * How much taller than usual a page may make its lanes to fill its height when they are few: the lane's bar,
     * markers and label stay as they are, centred in a taller band.
     */
    public static final double MAX_LANE_STRETCH = 4;

    private final int width;
    private final int height;
    private final int gutterWidth;
    private final int legendHeight;
    private final int[] laneTop;
    private final int[] laneHeight;
    /** How far a lane's content (bar, markers) sits below its band's top: half what stretching added. */
    private final int[] laneInset;
    private final int[] laneContent;
    private final int[] headerTop;
    private final int contentHeight;
    private double scrollY;

    public TimelineGeometry(TimelineModel model, int width, int height, int gutterWidth, int legendHeight) {
        this(model, width, height, gutterWidth, legendHeight, 1);
    }

    /** Lanes {@code laneStretch} times their usual height (at least 1), their content centred in them. */
    public TimelineGeometry(TimelineModel model, int width, int height, int gutterWidth, int legendHeight,
                            double laneStretch) {
        this.width = width;
        this.height = height;
        this.gutterWidth = gutterWidth;
        this.legendHeight = legendHeight;
        List<Lane> lanes = model.lanes();
        laneTop = new int[lanes.size()];
        laneHeight = new int[lanes.size()];
        laneInset = new int[lanes.size()];
        laneContent = new int[lanes.size()];
        headerTop = new int[model.groups().size()];
        double stretch = Math.max(1, laneStretch);
        int y = 0;
        for (int g = 0; g < model.groups().size(); g++) {
            LaneGroup group = model.groups().get(g);
            headerTop[g] = y;
            y += HEADER_HEIGHT;
            for (int i = group.firstLane(); i < group.endLane(); i++) {
                laneTop[i] = y;
                int natural = laneHeight(lanes.get(i).kind());
                laneHeight[i] = (int) Math.floor(natural * stretch);
                laneInset[i] = (laneHeight[i] - natural) / 2;
                laneContent[i] = natural;
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

    /**
     * The lane stretch that makes the headings and lanes of {@code model} fill {@code room} pixels, from 1 (no
     * room to spare) to {@link #MAX_LANE_STRETCH}.
     */
    public static double fillingStretch(TimelineModel model, int room) {
        int lanes = contentHeight(model) - model.groups().size() * HEADER_HEIGHT;
        if (lanes <= 0) {
            return 1;
        }
        double stretch = (double) (room - model.groups().size() * HEADER_HEIGHT) / lanes;
        return Math.max(1, Math.min(MAX_LANE_STRETCH, stretch));
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

    /** The top of a lane's content (its marker band, then its bar) on the picture. */
    public double laneY(int lane) {
        return lanesTop() + laneTop[lane] + laneInset[lane] - scrollY;
    }

    /** The top of a lane's band (its stripe, its label's ground) on the picture: above its content when stretched. */
    public double laneBandY(int lane) {
        return lanesTop() + laneTop[lane] - scrollY;
    }

    /** The height of a lane's band. */
    public int laneHeight(int lane) {
        return laneHeight[lane];
    }

    /** The height of a lane's content: its usual height, whatever the stretch. */
    public int laneContentHeight(int lane) {
        return laneContent[lane];
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
