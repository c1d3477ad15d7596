package lockstep.timeline;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The shape of each marker, for the lanes and the legend: a filled triangle down takes a lock, an open one up
 * releases it; an open circle waits, a filled one notifies; a diamond forks (open: spawns); a plus starts a thread;
 * a small square prints; an hourglass times out; a cross is an uncaught exception; a lightning bolt is a lost
 * update; a chevron is control passing into or out of a generator.
 */
final class MarkerGlyphs {
    private MarkerGlyphs() {}

    /** Whether the glyph is filled (otherwise stroked). */
    static boolean filled(MarkerKind kind) {
        return switch (kind) {
            case ACQUIRE, NOTIFY, FORK, PRINT -> true;
            default -> false;
        };
    }

    /** The glyph centred on {@code (x, y)}, about {@code size} pixels across. */
    static Shape shape(MarkerKind kind, double x, double y, double size) {
        double r = size / 2;
        return switch (kind) {
            case ACQUIRE -> polygon(x - r, y - r * 0.8, x + r, y - r * 0.8, x, y + r * 0.9);
            case RELEASE -> polygon(x - r, y + r * 0.8, x + r, y + r * 0.8, x, y - r * 0.9);
            case WAIT, NOTIFY -> new Ellipse2D.Double(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
            case FORK, SPAWN -> polygon(x, y - r, x + r, y, x, y + r, x - r, y);
            case START -> plus(x, y, r);
            case PRINT -> new Rectangle2D.Double(x - r * 0.7, y - r * 0.7, r * 1.4, r * 1.4);
            case TIMEOUT -> polygon(x - r * 0.8, y - r, x + r * 0.8, y - r, x - r * 0.8, y + r, x + r * 0.8, y + r);
            case ERROR -> cross(x, y, r);
            case LOST_UPDATE -> bolt(x, y, r);
            case GENERATOR -> chevron(x, y, r);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    private static Shape plus(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x - r, y);
        p.lineTo(x + r, y);
        p.moveTo(x, y - r);
        p.lineTo(x, y + r);
        return p;
    }

    private static Shape cross(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x - r * 0.8, y - r * 0.8);
        p.lineTo(x + r * 0.8, y + r * 0.8);
        p.moveTo(x + r * 0.8, y - r * 0.8);
        p.lineTo(x - r * 0.8, y + r * 0.8);
        return p;
    }

    /** A chevron: control handed over to another frame, a generator's or its caller's. */
    private static Shape chevron(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x - r * 0.6, y - r);
        p.lineTo(x + r * 0.6, y);
        p.lineTo(x - r * 0.6, y + r);
        return p;
    }

    /** A lightning bolt: a write that struck another thread's update out. */
    private static Shape bolt(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + r * 0.5, y - r);
        p.lineTo(x - r * 0.45, y + r * 0.1);
        p.lineTo(x + r * 0.45, y - r * 0.1);
        p.lineTo(x - r * 0.5, y + r);
        return p;
    }
}
