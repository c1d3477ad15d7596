package lockstep.timeline;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/**
 * Where an export puts its parts: the title band on top, then the timeline (its axis, lanes and legend). A strip is
 * as tall as the title and the lanes need (or the height asked for); a page has its shape's height, and the
 * timeline, right under the title, is scaled to fill the page's width: laid out wider and shrunk when it is too tall
 * for the room, or narrower and enlarged (up to {@link #MAX_ENLARGEMENT}) when it has few lanes. A page's lanes then
 * grow taller (up to {@link TimelineGeometry#MAX_LANE_STRETCH}, their bars and labels as they were) to fill the
 * page's height; of what room is still left a third goes above the timeline and two thirds below.
 *
 * @param width          the picture's width in unscaled pixels
 * @param height         its height
 * @param title          the title band (height 0 without a title)
 * @param timelineWidth  the width the timeline is laid out at, before {@code timelineScale}
 * @param timelineHeight the height it is laid out at, before {@code timelineScale}
 * @param timelineScale  how much the timeline is shrunk to fit (1: not at all)
 * @param timelineX      where its left edge goes on the picture
 * @param timelineY      where its top edge goes
 * @param filling        whether its lanes grow to fill its height (a page), or keep their height (the strip)
 */
record ExportPage(int width, int height, TitleBand title, int timelineWidth, int timelineHeight,
                  double timelineScale, double timelineX, double timelineY, boolean filling) {
    /**
     * How much a page may enlarge a timeline of few lanes: labels half as large again read from the back of a room,
     * more would make a slide of a few giant lanes.
     */
    static final double MAX_ENLARGEMENT = 1.5;

    static ExportPage plan(TimelinePainter painter, TimelineModel model, TimelineExporter.Settings settings) {
        int width = settings.width();
        TitleBand title = TitleBand.of(settings.title(), width, painter.fonts(), painter.measure());
        if (!settings.shape().isPage()) {
            int timelineHeight = settings.height() > 0 ? Math.max(1, settings.height() - title.height())
                    : painter.fullHeight(model, width);
            return new ExportPage(width, title.height() + timelineHeight, title, width, timelineHeight, 1, 0,
                    title.height(), false);
        }
        int height = settings.shape().heightFor(width);
        int room = Math.max(1, height - title.height());
        // The scale that fills the room: laid out narrower (enlarged) or wider (shrunk) than the page, the legend
        // wraps differently, so a few rounds settle it; the last one makes sure the timeline fits.
        int layoutWidth = width;
        int layoutHeight = painter.fullHeight(model, width);
        double scale = Math.min(MAX_ENLARGEMENT, (double) room / layoutHeight);
        for (int round = 0; round < 4; round++) {
            layoutWidth = (int) Math.ceil(width / scale);
            layoutHeight = painter.fullHeight(model, layoutWidth);
            double next = fit(width, room, layoutWidth, layoutHeight);
            boolean settled = Math.abs(next - scale) < 1e-3;
            scale = next;
            if (settled) {
                break;
            }
        }
        scale = fit(width, room, layoutWidth, layoutHeight);
        // Taller lanes fill what the scale left of the room, as far as they may grow; of the rest a third goes
        // above and two thirds below, where a slide's eye expects its picture: a little above the middle.
        int filled = filledHeight(painter, model, layoutWidth, Math.max(layoutHeight, (int) Math.floor(room / scale)));
        return new ExportPage(width, height, title, layoutWidth, filled, scale, (width - layoutWidth * scale) / 2,
                title.height() + Math.max(0, (room - filled * scale) / 3), true);
    }

    /** The height of a timeline whose lanes grow to fill {@code room}: the room, or less where they stop growing. */
    private static int filledHeight(TimelinePainter painter, TimelineModel model, int layoutWidth, int room) {
        TimelineGeometry filled = painter.layoutFilling(model, layoutWidth, room);
        return Math.min(room, TimelineGeometry.AXIS_HEIGHT + filled.contentHeight() + filled.legendHeight());
    }

    /** The largest scale, up to {@link #MAX_ENLARGEMENT}, at which a timeline laid out so fits the room. */
    private static double fit(int width, int room, int layoutWidth, int layoutHeight) {
        return Math.min(MAX_ENLARGEMENT, Math.min((double) width / layoutWidth, (double) room / layoutHeight));
    }

    /** Paints the page: the background, the title, and the timeline at its place and scale. */
    void paint(Graphics2D g, TimelinePainter painter, TimelineModel model, TimelineExporter.Settings settings) {
        AffineTransform saved = g.getTransform();
        java.awt.Shape clip = g.getClip();
        try {
            // A plain strip is the timeline alone, drawn exactly as before there were titles and pages.
            if (timelineY != 0 || height != timelineHeight) {
                g.setColor(painter.theme().palette().background());
                g.fill(new java.awt.Rectangle(0, 0, width, height));
                title.paint(g, width, painter.theme());
                g.translate(timelineX, timelineY);
                g.scale(timelineScale, timelineScale);
                g.clip(new java.awt.Rectangle(0, 0, timelineWidth, timelineHeight));
            }
            TimelineGeometry geometry = filling ? painter.layoutFilling(model, timelineWidth, timelineHeight)
                    : painter.layout(model, timelineWidth, timelineHeight);
            painter.paint(g, model, geometry, TimelineExporter.viewport(painter, model, geometry, settings.range()),
                    settings.cursorStep());
        } finally {
            g.setTransform(saved);
            g.setClip(clip);
        }
    }
}
