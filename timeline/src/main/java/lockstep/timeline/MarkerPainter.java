package lockstep.timeline;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * Draws a thread lane's markers in the band above its bar. Where markers crowd closer than a glyph's width they
 * become thin ticks, at most one every two pixels (the next one is found by binary search, so a zoomed-out
 * million-step lane costs the plot's width, not its markers); rare ones — forks, starts, errors — are always drawn
 * as glyphs. A marker gets its label (the object, the printed text, the new thread) when there is room before the
 * next one.
 */
final class MarkerPainter {
    static final double SIZE = 9;
    private static final double MIN_GAP = 11;
    /** Where markers crowd, a tick every this many pixels at most. */
    private static final double TICK_GAP = 2;
    private static final double LABEL_GAP = 6;
    private static final double MAX_LABEL = 180;

    private final PaintContext c;

    MarkerPainter(PaintContext c) {
        this.c = c;
    }

    void paint(Lane lane) {
        MarkerList markers = lane.markers();
        if (markers.size() == 0) {
            return;
        }
        double y = c.geometry.laneY(lane.index()) + TimelineGeometry.MARKER_BAND / 2.0 + 1;
        double size = SIZE * Math.min(1.25f, c.palette.lineScale());
        c.g.setStroke(new BasicStroke(c.line(1.3f)));
        int n = markers.size();
        int i = markers.firstAtOrAfter(c.firstStep);
        double lastX = Double.NEGATIVE_INFINITY;
        double labelEnd = Double.NEGATIVE_INFINITY;
        while (i < n && markers.step(i) <= c.lastStep) {
            MarkerKind kind = markers.kind(i);
            if (kind.rare()) {
                i++;
                continue;
            }
            double x = c.x(markers.step(i));
            boolean crowded = x - lastX < MIN_GAP
                    || (i + 1 < n && c.x(markers.step(i + 1)) - x < MIN_GAP);
            if (crowded) {
                // Too close to tell apart: a tick in the band says "events here"; then on to the next pixels.
                int tick = (int) Math.floor(x);
                c.fillRect(tick, y - 3, 1, 6, c.palette.mutedText());
                lastX = Math.max(lastX, x);
                int next = markers.firstAtOrAfter(c.viewport.stepAt(tick + TICK_GAP - c.geometry.plotLeft()));
                i = Math.max(i + 1, next);
                continue;
            }
            labelEnd = drawMarker(markers, i, x, y, size, labelEnd);
            lastX = x;
            i++;
        }
        labelEnd = Double.NEGATIVE_INFINITY;
        for (int r = markers.firstRareAtOrAfter(c.firstStep); r < markers.rareCount(); r++) {
            int m = markers.rare(r);
            if (markers.step(m) > c.lastStep) {
                break;
            }
            labelEnd = drawMarker(markers, m, c.x(markers.step(m)), y, size, labelEnd);
        }
    }

    /** Draws marker {@code i} and, if there is room, its label; returns where the last label drawn ends. */
    private double drawMarker(MarkerList markers, int i, double x, double y, double size, double labelEnd) {
        MarkerKind kind = markers.kind(i);
        draw(c.g, kind, x, y, size, kind.alarm() ? c.palette.race() : c.palette.text());
        int label = markers.label(i);
        if (label >= 0 && x - size / 2 > labelEnd) {
            return drawLabel(markers, i, x + size / 2 + 3, y, c.texts.label(c.model, label), kind, labelEnd);
        }
        return labelEnd;
    }

    /** Draws the label if it fits before the next marker; returns where it ends, or {@code labelEnd} if not drawn. */
    private double drawLabel(MarkerList markers, int i, double x, double y, String text, MarkerKind kind,
                             double labelEnd) {
        double next = c.geometry.plotRight();
        if (i + 1 < markers.size()) {
            next = Math.min(next, c.x(markers.step(i + 1)) - SIZE);
        }
        double room = Math.min(MAX_LABEL, next - x - LABEL_GAP);
        String shown = kind == MarkerKind.PRINT ? "\u201c" + text + "\u201d" : text;
        if (kind == MarkerKind.FORK || kind == MarkerKind.SPAWN) {
            shown = "\u2192 " + text;
        }
        if (room < 28 || x < c.geometry.plotLeft()) {
            return labelEnd;
        }
        String fitted = c.fit(c.fonts.small(), shown, room);
        if (fitted.isEmpty()) {
            return labelEnd;
        }
        c.textCentredOn(fitted, c.fonts.small(), c.palette.mutedText(), x, y);
        return x + c.width(c.fonts.small(), fitted);
    }

    /** Draws one glyph. */
    static void draw(java.awt.Graphics2D g, MarkerKind kind, double x, double y, double size, Color color) {
        java.awt.Shape shape = MarkerGlyphs.shape(kind, x, y, size);
        g.setColor(color);
        if (MarkerGlyphs.filled(kind)) {
            g.fill(shape);
        } else {
            g.draw(shape);
        }
    }
}
