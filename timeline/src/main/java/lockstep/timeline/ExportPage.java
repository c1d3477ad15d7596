package lockstep.timeline;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/**
 * Where an export puts its parts: the title band on top, then the timeline (its axis, lanes and legend). A strip is
 * as tall as the title and the lanes need (or the height asked for); a page has its shape's height, and the
 * timeline is laid out wider and scaled down when it is too tall for the room under the title, then centred there.
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
        int natural = painter.fullHeight(model, width);
        if (natural <= room) {
            return new ExportPage(width, height, title, width, natural, 1, 0,
                    title.height() + (room - natural) / 2.0);
        }
        // Laid out wider, the legend wraps less, so the shrunk timeline fits the room and may leave some over.
        int layoutWidth = (int) Math.ceil(width * (double) natural / room);
        int layoutHeight = painter.fullHeight(model, layoutWidth);
        double scale = Math.min((double) width / layoutWidth, (double) room / layoutHeight);
        return new ExportPage(width, height, title, layoutWidth, layoutHeight, scale,
                (width - layoutWidth * scale) / 2, title.height() + (room - layoutHeight * scale) / 2);
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
