package lockstep.timeline;

import java.awt.Color;
import java.awt.RenderingHints;

/**
 * Draws a lane's bars: only those in view (found by binary search), each state at its own height so that running
 * stands out even without colour. Bars narrower than a pixel are gathered per pixel column and the column drawn once
 * in the state (or the thread) that covers most of it, so a redraw costs the visible bars plus the plot's width.
 */
final class BarPainter {
    private final PaintContext c;
    private final double[] cover = new double[BarState.values().length];
    private int pendingColumn;
    private int pendingOwner;
    private double pendingOwnerCover;
    private int drawnUpTo;
    /** Consecutive gathered columns of one look, drawn as one rectangle: {@link #runStart} to {@link #runEnd}. */
    private int runStart;
    private int runEnd;
    private int runState;
    private int runOwner;
    private Lane lane;
    private double bandTop;
    private int bandHeight;

    BarPainter(PaintContext c) {
        this.c = c;
    }

    private void enter(Lane lane) {
        this.lane = lane;
        double top = c.geometry.laneY(lane.index());
        if (lane.kind() == LaneKind.THREAD) {
            bandTop = top + TimelineGeometry.MARKER_BAND + 2;
            bandHeight = TimelineGeometry.THREAD_LANE_HEIGHT - TimelineGeometry.MARKER_BAND - 4;
        } else {
            bandTop = top + 4;
            bandHeight = TimelineGeometry.SMALL_LANE_HEIGHT - 8;
        }
    }

    /**
     * The lane's state after the last step, drawn from {@code x0} to {@code x1} (after a deadlock, where the threads
     * stay forever). Returns the bar drawn as {x, y, width, height}, or null when the lane ended.
     */
    double[] paintFinalState(Lane lane, int x0, int x1) {
        if (lane.finalState() == null || lane.finalState() == BarState.DONE) {
            return null;
        }
        enter(lane);
        BarState state = lane.finalState();
        int h = height(state, false);
        int y = (int) Math.round(bandTop + (bandHeight - h) / 2.0);
        c.fillRect(x0, y, x1 - x0, h, c.theme.state(state));
        return new double[] {x0, y, x1 - x0, h};
    }

    void paint(Lane lane) {
        enter(lane);
        // Bars lie on whole pixels, where smoothing changes nothing but costs Java2D its fast path.
        Object smoothing = c.g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        c.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        try {
            paintBars(lane);
        } finally {
            c.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, smoothing);
        }
    }

    private void paintBars(Lane lane) {
        BarList bars = lane.bars();
        int n = bars.size();
        pendingColumn = Integer.MIN_VALUE;
        drawnUpTo = Integer.MIN_VALUE;
        runStart = runEnd = Integer.MIN_VALUE;
        int left = c.geometry.plotLeft();
        int right = c.geometry.plotRight();
        for (int i = bars.firstEndingAfter(c.firstStep); i < n && bars.start(i) < c.lastStep; i++) {
            double xs = Math.max(left - 2, c.x(bars.start(i)));
            double xe = Math.min(right + 2, c.x(bars.end(i)));
            int ps = (int) Math.floor(xs + 0.5);
            int pe = (int) Math.floor(xe + 0.5);
            if (xe - xs >= 1 && pe > ps) {
                if (pendingColumn != Integer.MIN_VALUE && pendingColumn < ps) {
                    flush();
                }
                pendingColumn = Integer.MIN_VALUE;
                endRun();
                draw(ps, pe, bars.stateOrdinal(i), bars.owner(i), bars.label(i), true);
                drawnUpTo = pe;
            } else {
                int column = Math.max((int) Math.floor(xs), drawnUpTo);
                if (column != pendingColumn) {
                    if (pendingColumn != Integer.MIN_VALUE) {
                        flush();
                    }
                    pendingColumn = column;
                    java.util.Arrays.fill(cover, 0);
                    pendingOwnerCover = -1;
                }
                double piece = xe - xs;
                cover[bars.stateOrdinal(i)] += piece;
                if (piece > pendingOwnerCover) {
                    pendingOwnerCover = piece;
                    pendingOwner = bars.owner(i);
                }
            }
        }
        if (pendingColumn != Integer.MIN_VALUE) {
            flush();
        }
        endRun();
    }

    /** Draws the gathered column in the state that covers most of it. */
    private void flush() {
        int best = 0;
        for (int s = 1; s < cover.length; s++) {
            if (cover[s] > cover[best]) {
                best = s;
            }
        }
        boolean byThread = lane.kind() == LaneKind.CORE || lane.kind() == LaneKind.GIL;
        int owner = byThread ? pendingOwner : -1;
        if (runEnd == pendingColumn && runState == best && runOwner == owner) {
            runEnd++;
        } else {
            endRun();
            runStart = pendingColumn;
            runEnd = pendingColumn + 1;
            runState = best;
            runOwner = owner;
        }
        drawnUpTo = pendingColumn + 1;
        pendingColumn = Integer.MIN_VALUE;
    }

    private void endRun() {
        if (runEnd > runStart) {
            draw(runStart, runEnd, runState, runOwner, -1, false);
        }
        runStart = runEnd = Integer.MIN_VALUE;
    }

    private void draw(int x0, int x1, int stateOrdinal, int owner, int label, boolean labelled) {
        BarState state = BarState.values()[stateOrdinal];
        boolean byThread = lane.kind() == LaneKind.CORE || lane.kind() == LaneKind.GIL;
        Color color = byThread ? c.theme.thread(owner) : c.theme.state(state);
        int h = height(state, byThread);
        int y = (int) Math.round(bandTop + (bandHeight - h) / 2.0);
        c.g.setColor(color);
        c.g.fillRect(x0, y, x1 - x0, h);
        if (labelled && label >= 0 && h >= 12) {
            drawLabel(x0, x1, y, h, c.texts.label(c.model, label), color);
        }
    }

    /** A label inside a bar wide enough for some of it: an object waited for, a duration, a thread's name. */
    private void drawLabel(int x0, int x1, double y, double h, String text, Color ground) {
        Object smoothing = c.g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        c.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        try {
            drawLabelText(x0, x1, y, h, text, ground);
        } finally {
            c.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, smoothing);
        }
    }

    private void drawLabelText(int x0, int x1, double y, double h, String text, Color ground) {
        int left = Math.max(x0, c.geometry.plotLeft());
        int right = Math.min(x1, c.geometry.plotRight());
        double room = right - left - 8;
        if (room < 24) {
            return;
        }
        String shown = c.fit(c.fonts.small(), text, room);
        if (shown.isEmpty()) {
            return;
        }
        c.textCentredOn(shown, c.fonts.small(), TimelineTheme.textOn(ground), left + 4, y + h / 2);
    }

    /** Running is the full band; waiting states two thirds of it; ready a sliver; done a hairline. */
    private int height(BarState state, boolean byThread) {
        if (byThread) {
            return bandHeight;
        }
        return switch (state) {
            case RUNNING -> bandHeight;
            case BLOCKED, WAITING, SLEEPING -> (int) Math.round(bandHeight * 0.78);
            case READY -> (int) Math.round(bandHeight * 0.34);
            case DONE -> 2;
        };
    }
}
