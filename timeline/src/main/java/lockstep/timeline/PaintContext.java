package lockstep.timeline;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;

/** What every part of one paint needs: where to draw, what, at which zoom, in which colours, fonts and words. */
final class PaintContext {
    final Graphics2D g;
    final TimelineModel model;
    final TimelineGeometry geometry;
    final Viewport viewport;
    final TimelineTheme theme;
    final TimelineTheme.Palette palette;
    final TimelineFonts fonts;
    final TimelineTexts texts;
    final TextMeasure measure;
    /** The visible steps, a little wider than the plot so that shapes at its edges are drawn whole. */
    final double firstStep;
    final double lastStep;
    /** The least room between any text and the picture's edges, so that no label is cut there. */
    static final double EDGE = 2;

    PaintContext(Graphics2D g, TimelineModel model, TimelineGeometry geometry, Viewport viewport, TimelineTheme theme,
                 TimelineFonts fonts, TimelineTexts texts, TextMeasure measure) {
        this.g = g;
        this.model = model;
        this.geometry = geometry;
        this.viewport = viewport;
        this.theme = theme;
        this.palette = theme.palette();
        this.fonts = fonts;
        this.texts = texts;
        this.measure = measure;
        double margin = 24 / viewport.pixelsPerStep();
        this.firstStep = viewport.stepAt(0) - margin;
        this.lastStep = viewport.stepAt(geometry.plotWidth()) + margin;
    }

    /** The x of a step boundary on the picture. */
    double x(double step) {
        return geometry.plotLeft() + viewport.xOf(step);
    }

    /** The x of a step boundary rounded to a pixel edge, so that adjacent bars neither gap nor overlap. */
    int px(double step) {
        double x = x(step);
        // Far outside the plot, keep coordinates small: a painter clips there anyway.
        x = Math.max(geometry.plotLeft() - 10_000, Math.min(geometry.plotRight() + 10_000, x));
        return (int) Math.floor(x + 0.5);
    }

    /** Where a lane's bar band is centred. */
    double barCentre(int lane) {
        Lane l = model.lanes().get(lane);
        double top = geometry.laneY(lane);
        if (l.kind() == LaneKind.THREAD) {
            return top + TimelineGeometry.MARKER_BAND + (TimelineGeometry.THREAD_LANE_HEIGHT
                    - TimelineGeometry.MARKER_BAND) / 2.0;
        }
        return top + TimelineGeometry.SMALL_LANE_HEIGHT / 2.0;
    }

    /** Whether any of the lane is within the lanes area. */
    boolean laneVisible(int lane) {
        double top = geometry.laneBandY(lane);
        return top + geometry.laneHeight(lane) > geometry.lanesTop() && top < geometry.lanesBottom();
    }

    float line(float width) {
        return width * palette.lineScale();
    }

    /** Draws {@code text} with its left end at {@code x} and its baseline at {@code y}. */
    void text(String text, Font font, Color color, double x, double y) {
        g.setFont(fonts.forText(font, text));
        g.setColor(color);
        g.drawString(text, (float) x, (float) y);
    }

    /** Draws {@code text} vertically centred on {@code centreY}. */
    void textCentredOn(String text, Font font, Color color, double x, double centreY) {
        text(text, font, color, x, centreY + TextMeasure.ascent(font) * 0.36);
    }

    double width(Font font, String text) {
        return measure.width(fonts.forText(font, text), text);
    }

    /** The x at which text {@code width} wide starting at {@code x} stays inside the picture, moved in if need be. */
    double inside(double x, double width) {
        return Math.max(EDGE, Math.min(geometry.width() - EDGE - width, x));
    }

    String fit(Font font, String text, double maxWidth) {
        return measure.fit(fonts.forText(font, text), text, maxWidth);
    }

    void fillRect(double x, double y, double w, double h, Color color) {
        g.setColor(color);
        g.fill(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
    }
}
