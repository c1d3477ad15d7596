package lockstep.timeline;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The step axis on top: ticks at round step numbers, each with the step and, under it, the virtual time there; a
 * zig-zag where the clock jumps between two steps (everyone asleep), with the jump when there is room; faint grid
 * lines down through the lanes.
 */
final class AxisPainter {
    private static final double MIN_TICK_GAP = 110;
    private static final double STEP_BASELINE = 17;
    private static final double TIME_BASELINE = 32;

    private final PaintContext c;

    AxisPainter(PaintContext c) {
        this.c = c;
    }

    /** The steps between ticks: 1, 2 or 5 times a power of ten, at least {@link #MIN_TICK_GAP} pixels apart. */
    static long tickInterval(double pixelsPerStep) {
        double raw = MIN_TICK_GAP / pixelsPerStep;
        long interval = 1;
        while (interval < raw) {
            if (interval * 2 >= raw) {
                return interval * 2;
            }
            if (interval * 5 >= raw) {
                return interval * 5;
            }
            interval *= 10;
        }
        return interval;
    }

    void paintGrid() {
        long interval = tickInterval(c.viewport.pixelsPerStep());
        long first = Math.max(0, (long) Math.ceil(c.firstStep / interval)) * interval;
        int top = c.geometry.lanesTop();
        int height = c.geometry.lanesBottom() - top;
        for (long step = first; step <= Math.min(c.lastStep, c.model.totalSteps()); step += interval) {
            c.fillRect(c.px(step), top, 1, height, c.palette.grid());
        }
    }

    /** The axis; a step label under the cursor's flag (at {@code cursorStep}, none if negative) is left out. */
    void paint(long cursorStep) {
        int left = c.geometry.plotLeft();
        int right = c.geometry.plotRight();
        c.fillRect(0, 0, c.geometry.width(), TimelineGeometry.AXIS_HEIGHT, c.palette.gutter());
        c.fillRect(0, TimelineGeometry.AXIS_HEIGHT - 1, c.geometry.width(), 1, c.palette.rule());
        // Titles of the two rows, right-aligned in the gutter.
        String stepTitle = c.texts.text("axis.step");
        String timeTitle = c.texts.text("axis.time");
        c.text(stepTitle, c.fonts.small(), c.palette.mutedText(), left - 10 - c.width(c.fonts.small(), stepTitle),
                STEP_BASELINE);
        c.text(timeTitle, c.fonts.small(), c.palette.mutedText(), left - 10 - c.width(c.fonts.small(), timeTitle),
                TIME_BASELINE);
        java.awt.Shape clip = c.g.getClip();
        c.g.clip(new java.awt.Rectangle(left - 1, 0, right - left + 2 + TimelineGeometry.RIGHT_MARGIN,
                TimelineGeometry.AXIS_HEIGHT));
        long interval = tickInterval(c.viewport.pixelsPerStep());
        long first = Math.max(0, (long) Math.ceil(c.firstStep / interval)) * interval;
        List<double[]> timeLabels = new ArrayList<>();
        double[] flag = cursorStep < 0 ? new double[] {0, 0} : OverlayPainter.cursorFlag(c, cursorStep);
        double cursorLeft = flag[0];
        double cursorRight = flag[1];
        for (long step = first; step <= Math.min(c.lastStep, c.model.totalSteps()); step += interval) {
            int x = c.px(step);
            c.fillRect(x, TimelineGeometry.AXIS_HEIGHT - 7, 1, 6, c.palette.rule());
            String stepText = c.texts.step(step);
            String timeText = c.texts.render(Durations.time(c.model.nanosAt(step)));
            double w = c.width(c.fonts.small(), stepText);
            // The last tick's labels go left of it rather than off the picture's edge.
            double stepX = c.inside(x + 3, w);
            if (cursorStep < 0 || stepX + w < cursorLeft - 4 || stepX > cursorRight + 4) {
                c.text(stepText, c.fonts.small(), c.palette.text(), stepX, STEP_BASELINE);
            }
            double timeWidth = c.width(c.fonts.small(), timeText);
            double timeX = c.inside(x + 3, timeWidth);
            c.text(timeText, c.fonts.small(), c.palette.mutedText(), timeX, TIME_BASELINE);
            timeLabels.add(new double[] {Math.min(x, timeX), timeX + timeWidth});
        }
        paintClockJumps(timeLabels);
        c.g.setClip(clip);
    }

    /** Zig-zags where the clock jumps, with the jump's size where it does not collide with a time label. */
    private void paintClockJumps(List<double[]> taken) {
        ClockMap clock = c.model.clock();
        double lastX = Double.NEGATIVE_INFINITY;
        c.g.setStroke(new BasicStroke(c.line(1.2f)));
        for (int i = clock.firstJumpAtOrAfter(c.firstStep); i < clock.jumpCount(); i++) {
            long step = clock.jumpStep(i);
            if (step > c.lastStep) {
                break;
            }
            double x = c.px(step) + 0.5;
            if (x - lastX < 8) {
                continue;
            }
            lastX = x;
            double y = TimelineGeometry.AXIS_HEIGHT - 5;
            c.g.setColor(c.palette.mutedText());
            c.g.draw(new Line2D.Double(x - 4, y + 3, x - 1, y - 3));
            c.g.draw(new Line2D.Double(x + 1, y + 3, x + 4, y - 3));
            String text = c.texts.text("clock_jump", c.texts.render(Durations.time(clock.jumpNanos(i))));
            double w = c.width(c.fonts.small(), text);
            double lx = x + 6 + w > c.geometry.width() - PaintContext.EDGE ? x - 6 - w : x + 6;
            boolean free = true;
            for (double[] t : taken) {
                if (lx < t[1] + 6 && lx + w + 6 > t[0]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                c.text(text, c.fonts.small(), c.palette.mutedText(), lx, TIME_BASELINE);
                taken.add(new double[] {lx, lx + w});
            }
        }
    }
}
