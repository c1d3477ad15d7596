package lockstep.timeline;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/**
 * Where an export puts its parts: the title band on top, then the timeline (its axis, lanes and legend). A strip is
 * as tall as the title and the lanes need (or the height asked for); a page has its shape's height, and the
 * timeline, right under the title, is scaled to fill the page's width: laid out wider and shrunk when it is too tall
 * for the room, or narrower and enlarged (up to {@link #MAX_ENLARGEMENT}) when it has few lanes.
 *
 * @param width          the picture's width in unscaled pixels
 * @param height         its height
 * @param title          the title band (height 0 without a title)
 * @param timelineWidth  the width the timeline is laid out at, before {@code timelineScale}
 * @param timelineHeight the height it is laid out at, before {@code timelineScale}
 * @param timelineScale  how much the timeline is shrunk to fit (1: not at all)
 * @param timelineX      where its left edge goes on the picture
 * @param timelineY      where its top edge goes
 */
record ExportPage(int width, int height, TitleBand title, int timelineWidth, int timelineHeight,
                  double timelineScale, double timelineX, double timelineY) {
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
                    title.height());
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
        return new ExportPage(width, height, title, layoutWidth, layoutHeight, scale,
                (width - layoutWidth * scale) / 2, title.height());
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
            TimelineGeometry geometry = painter.layout(model, timelineWidth, timelineHeight);
            painter.paint(g, model, geometry, TimelineExporter.viewport(painter, model, geometry, settings.range()),
                    settings.cursorStep());
        } finally {
            g.setTransform(saved);
            g.setClip(clip);
        }
    }
}
