package lockstep.timeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Draws what lies across lanes: arrows between them, races, the deadlock's cycle, the step limit, the cursor. */
final class OverlayPainter {
    /**
     * Arrows that start closer than this (in pixels) to the one before or after are left out: a crowd of arrows is
     * a smudge, and zooming in separates them. Forks and spawns are always drawn.
     */
    private static final double ARROW_GAP = 8;
    private static final int MAX_RACES = 2_000;
    /** How far, in pixels, the threads' last states go on after a deadlock, before its cycle is drawn. */
    static final int TAIL = 28;

    private final PaintContext c;

    OverlayPainter(PaintContext c) {
        this.c = c;
    }

    void paintArrows() {
        List<Arrow> arrows = c.model.arrows();
        double lastX = Double.NEGATIVE_INFINITY;
        Stroke solid = new BasicStroke(c.line(1.3f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        Stroke dashed = new BasicStroke(c.line(1.1f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {3, 3}, 0);
        for (int i = c.model.firstArrowReaching(c.firstStep); i < arrows.size(); i++) {
            Arrow a = arrows.get(i);
            if (a.fromStep() > c.lastStep) {
                break;
            }
            if (a.toStep() < c.firstStep || !(c.laneVisible(a.fromLane()) || c.laneVisible(a.toLane()))) {
                continue;
            }
            double x1 = c.x(a.fromStep());
            boolean rare = a.kind() == ArrowKind.FORK || a.kind() == ArrowKind.SPAWN;
            boolean crowded = x1 - lastX < ARROW_GAP
                    || (i + 1 < arrows.size() && c.x(arrows.get(i + 1).fromStep()) - x1 < ARROW_GAP);
            lastX = x1;
            if (crowded && !rare) {
                continue;
            }
            c.g.setStroke(a.kind() == ArrowKind.START ? dashed : solid);
            arrow(x1, c.barCentre(a.fromLane()), c.x(a.toStep()), c.barCentre(a.toLane()), c.theme.arrow(a.kind()));
        }
    }

    /** A straight arrow when nearly vertical, else a curve leaving and arriving horizontally. */
    private void arrow(double x1, double y1, double x2, double y2, Color color) {
        c.g.setColor(color);
        double dx = x2 - x1;
        double angle;
        if (dx < 16) {
            double shorten = Math.signum(y2 - y1) * 4;
            c.g.draw(new Line2D.Double(x1, y1, x2, y2 - shorten));
            angle = Math.atan2(y2 - y1, dx);
        } else {
            double bend = Math.min(dx / 2, 120);
            c.g.draw(new CubicCurve2D.Double(x1, y1, x1 + bend, y1, x2 - bend, y2, x2 - 3, y2));
            angle = 0;
        }
        c.g.fill(arrowHead(x2, y2, angle, 6 * Math.min(1.3f, c.palette.lineScale())));
    }

    private static Shape arrowHead(double x, double y, double angle, double size) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x - size * Math.cos(angle - 0.45), y - size * Math.sin(angle - 0.45));
        p.lineTo(x - size * Math.cos(angle + 0.45), y - size * Math.sin(angle + 0.45));
        p.closePath();
        return p;
    }

    /** Each access of a race as a red column through its lane, the two joined by a dashed red line. */
    void paintRaces() {
        Color red = c.palette.race();
        Stroke dashed = new BasicStroke(c.line(1.4f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {4, 3}, 0);
        int drawn = 0;
        for (RaceMark race : c.model.races()) {
            if (drawn >= MAX_RACES) {
                break;
            }
            boolean firstSeen = race.firstLane() >= 0 && inView(race.firstStep());
            boolean secondSeen = race.secondLane() >= 0 && inView(race.secondStep());
            if (!firstSeen && !secondSeen) {
                continue;
            }
            drawn++;
            if (race.firstLane() >= 0 && race.secondLane() >= 0) {
                c.g.setColor(red);
                c.g.setStroke(dashed);
                c.g.draw(new Line2D.Double(stepCentre(race.firstStep()), c.barCentre(race.firstLane()),
                        stepCentre(race.secondStep()), c.barCentre(race.secondLane())));
            }
            if (race.firstLane() >= 0) {
                access(race.firstLane(), race.firstStep(), red);
            }
            if (race.secondLane() >= 0) {
                access(race.secondLane(), race.secondStep(), red);
                double x = c.inside(stepCentre(race.secondStep()) + 6,
                        c.width(c.fonts.smallBold(), race.variable()));
                double y = c.geometry.laneY(race.secondLane()) + TimelineGeometry.MARKER_BAND / 2.0 + 1;
                c.textCentredOn(race.variable(), c.fonts.smallBold(), red, x, y);
            }
        }
    }

    private boolean inView(long step) {
        return step + 1 >= c.firstStep && step <= c.lastStep;
    }

    private double stepCentre(long step) {
        return (c.x(step) + c.x(step + 1)) / 2;
    }

    private void access(int lane, long step, Color red) {
        double x0 = c.x(step);
        double w = Math.max(3, c.x(step + 1) - x0);
        double x = (x0 + c.x(step + 1)) / 2 - w / 2;
        double top = c.geometry.laneY(lane) + 2;
        double h = c.geometry.laneContentHeight(lane) - 4;
        c.fillRect(x, top, w, h, red);
    }

    /**
     * The deadlock as its cycle, right of the step where the run stopped. There every thread's last state goes on
     * for {@link #TAIL} pixels (forever), the waits outlined in red; then from each waiting thread a red arc to the
     * thread holding what it waits for, labelled with the object — going down on the right and back up on the left,
     * so that a cycle reads as a loop. A holder absent from the waiter's process (after fork) is reached by a
     * dashed arc.
     */
    void paintDeadlock() {
        DeadlockMark deadlock = c.model.deadlock();
        if (deadlock == null) {
            return;
        }
        int end = c.px(deadlock.step());
        if (end < c.geometry.plotLeft() - 300 || end > c.geometry.plotRight() + 40) {
            return;
        }
        Color red = c.palette.deadlock();
        BarPainter bars = new BarPainter(c);
        double[][] tails = new double[c.model.lanes().size()][];
        for (Lane lane : c.model.lanes()) {
            if (lane.kind() == LaneKind.THREAD || lane.kind() == LaneKind.TASK) {
                tails[lane.index()] = bars.paintFinalState(lane, end, end + TAIL);
            }
        }
        for (DeadlockMark.Edge edge : deadlock.edges()) {
            if (edge.waiterLane() >= 0 && tails[edge.waiterLane()] != null) {
                double[] t = tails[edge.waiterLane()];
                c.g.setColor(red);
                c.g.setStroke(edge.inCycle() || edge.orphaned() ? new BasicStroke(c.line(1.6f))
                        : new BasicStroke(c.line(1.2f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                                new float[] {3, 3}, 0));
                c.g.draw(rectanglePath(t[0] - 1, t[1] - 2, t[2] + 2, t[3] + 4));
            }
        }
        double x0 = end + TAIL + 3;
        int k = 0;
        for (DeadlockMark.Edge edge : deadlock.edges()) {
            if (edge.waiterLane() < 0 || edge.holderLane() < 0 || edge.holderLane() == edge.waiterLane()) {
                continue;
            }
            double y1 = c.barCentre(edge.waiterLane());
            double y2 = c.barCentre(edge.holderLane());
            boolean down = y2 > y1;
            double bulge = (down ? 1 : -1) * (30 + 8 * Math.min(k++, 4));
            c.g.setColor(red);
            c.g.setStroke(edge.orphaned()
                    ? new BasicStroke(c.line(2f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                            new float[] {5, 4}, 0)
                    : new BasicStroke(c.line(2.2f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            c.g.draw(new CubicCurve2D.Double(x0, y1, x0 + bulge * 1.33, y1, x0 + bulge * 1.33, y2,
                    x0 + Math.signum(bulge) * 5, y2));
            c.g.fill(arrowHead(x0, y2, down ? Math.PI : 0, 8));
            if (edge.orphaned()) {
                // A sentence, not a name: beside the waiter, after its last state, where nothing else is drawn.
                label(c.texts.text("deadlock.orphaned", c.texts.render(edge.object()), edge.holder()), x0 + 6, y1,
                        true, red);
            } else {
                label(c.texts.render(edge.object()), x0 + bulge, (y1 + y2) / 2, down, red);
            }
        }
    }

    /**
     * A rectangle as a path, not a {@code Rectangle2D}: JavaFX strokes a rectangle from another corner than Java2D,
     * so dashes would fall elsewhere on the screen than in an export.
     */
    private static Shape rectanglePath(double x, double y, double w, double h) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x + w, y);
        p.lineTo(x + w, y + h);
        p.lineTo(x, y + h);
        p.closePath();
        return p;
    }

    /** An object's name by an arc, on a plate of the background colour so that it reads over bars. */
    private void label(String text, double x, double y, boolean rightOf, Color color) {
        text = c.fit(c.fonts.smallBold(), text, c.geometry.width() - 2 * PaintContext.EDGE - 6);
        double w = c.width(c.fonts.smallBold(), text);
        double lx = c.inside(rightOf ? x + 4 : x - 4 - w, w + 3) + (rightOf ? 0 : 3);
        c.fillRect(lx - 3, y - 8, w + 6, 16, c.palette.background());
        c.textCentredOn(text, c.fonts.smallBold(), color, lx, y);
    }

    /** A dashed line where the run hit its step limit. */
    void paintStepLimit() {
        long step = c.model.stepLimitStep();
        if (step < 0 || step < c.firstStep || step > c.lastStep) {
            return;
        }
        double x = c.x(step);
        c.g.setColor(c.palette.race());
        c.g.setStroke(new BasicStroke(c.line(1.5f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0));
        c.g.draw(new Line2D.Double(x, c.geometry.lanesTop(), x, c.geometry.lanesBottom()));
        String text = c.texts.text("step_limit");
        double w = c.width(c.fonts.smallBold(), text);
        c.textCentredOn(text, c.fonts.smallBold(), c.palette.race(), c.inside(x - w - 6, w),
                c.geometry.lanesTop() + 10);
    }

    /** Where the cursor's flag spans on the axis, left and right. */
    static double[] cursorFlag(PaintContext c, long step) {
        double x = Math.round(c.x(step));
        double tw = c.width(c.fonts.smallBold(), c.texts.step(step));
        double left = Math.max(c.geometry.plotLeft(), Math.min(c.geometry.plotRight() - tw - 8, x - tw / 2 - 4));
        return new double[] {left, left + tw + 8};
    }

    /** The cursor: a line through the lanes at a step boundary, and a flag with its step on the axis. */
    void paintCursor(long step) {
        if (step < 0) {
            return;
        }
        double x = Math.round(c.x(step));
        if (x < c.geometry.plotLeft() - 1 || x > c.geometry.plotRight() + 1) {
            return;
        }
        Color color = c.palette.cursor();
        double w = c.line(2f);
        c.fillRect(x - w / 2, 18, w, c.geometry.lanesBottom() - 18, color);
        String text = c.texts.step(step);
        double tw = c.width(c.fonts.smallBold(), text);
        double fx = cursorFlag(c, step)[0];
        double fy = 4;
        c.g.setColor(color);
        c.g.fill(new java.awt.geom.RoundRectangle2D.Double(fx, fy, tw + 8, 15, 6, 6));
        c.textCentredOn(text, c.fonts.smallBold(), TimelineTheme.textOn(color), fx + 4, fy + 7.5);
    }
}
