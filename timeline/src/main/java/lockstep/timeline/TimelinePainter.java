package lockstep.timeline;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link TimelineModel} on any {@link Graphics2D} — a JavaFX canvas through FXGraphics2D, a
 * {@code BufferedImage}, an SVG document — so that the screen and the exports show the same picture: the step axis,
 * lane labels grouped by process, bars by state, markers, arrows, races, the deadlock's cycle, the cursor and a
 * legend. It uses Java2D only (no JavaFX), and measures text with Java2D's metrics for every target.
 *
 * <p>One painter serves one theme and language; it caches what depends only on the model (the legend, the gutter's
 * width), so reuse it across redraws of the same model.
 */
public final class TimelinePainter {
    private final TimelineTheme theme;
    private final Locale locale;
    private final TimelineFonts fonts;
    private final TimelineTexts texts;
    private final TextMeasure measure = new TextMeasure();
    private TimelineModel cachedModel;
    private List<LegendPainter.Item> legendItems;
    private int gutterWidth;
    private double endPadding;

    public TimelinePainter(TimelineTheme theme, Locale locale) {
        this.theme = theme;
        this.locale = locale;
        this.fonts = TimelineFonts.forLocale(locale);
        this.texts = new TimelineTexts(locale);
    }

    public TimelineTheme theme() {
        return theme;
    }

    public Locale locale() {
        return locale;
    }

    /** The fonts and the text measure, for an export's title band to match the timeline's text. */
    TimelineFonts fonts() {
        return fonts;
    }

    TextMeasure measure() {
        return measure;
    }

    /** Where everything goes on a {@code width} × {@code height} picture of {@code model}. */
    public TimelineGeometry layout(TimelineModel model, int width, int height) {
        prepare(model);
        return new TimelineGeometry(model, width, height, gutterWidth,
                LegendPainter.height(legendItems, width, fonts, measure));
    }

    /**
     * Where everything goes on a {@code width} × {@code height} picture of {@code model} whose lanes grow (up to
     * {@link TimelineGeometry#MAX_LANE_STRETCH}) to fill the height between the axis and the legend: a page.
     */
    public TimelineGeometry layoutFilling(TimelineModel model, int width, int height) {
        prepare(model);
        int legend = LegendPainter.height(legendItems, width, fonts, measure);
        double stretch = TimelineGeometry.fillingStretch(model, height - TimelineGeometry.AXIS_HEIGHT - legend);
        return new TimelineGeometry(model, width, height, gutterWidth, legend, stretch);
    }

    /** The height that shows every lane of {@code model} at {@code width}: axis, lanes and legend. */
    public int fullHeight(TimelineModel model, int width) {
        prepare(model);
        return TimelineGeometry.AXIS_HEIGHT + TimelineGeometry.contentHeight(model)
                + LegendPainter.height(legendItems, width, fonts, measure);
    }

    /**
     * The room, in pixels, to leave after the last step: where the deadlock's cycle and its labels are drawn (0
     * without a deadlock). Give it to {@link Viewport#setEndPadding}.
     */
    public double endPadding(TimelineModel model) {
        prepare(model);
        return endPadding;
    }

    private void prepare(TimelineModel model) {
        if (model == cachedModel) {
            return;
        }
        cachedModel = model;
        legendItems = LegendPainter.items(model, texts);
        gutterWidth = GutterPainter.width(model, texts, fonts, measure);
        endPadding = 0;
        if (model.deadlock() != null) {
            endPadding = OverlayPainter.TAIL + 48;
            for (DeadlockMark.Edge edge : model.deadlock().edges()) {
                if (edge.holderLane() < 0) {
                    continue;
                }
                if (edge.orphaned()) {
                    String label = texts.text("deadlock.orphaned", texts.render(edge.object()), edge.holder());
                    double w = measure.width(fonts.forText(fonts.smallBold(), label), label);
                    endPadding = Math.max(endPadding, OverlayPainter.TAIL + 3 + 10 + w + 12);
                } else if (edge.holderLane() > edge.waiterLane()) {
                    String object = texts.render(edge.object());
                    double w = measure.width(fonts.forText(fonts.smallBold(), object), object);
                    endPadding = Math.max(endPadding, OverlayPainter.TAIL + 3 + 70 + w + 12);
                }
            }
        }
    }

    /**
     * Paints {@code model} as {@code viewport} shows it, on a picture laid out by {@link #layout}, with the cursor
     * at step boundary {@code cursorStep} (none when negative).
     */
    public void paint(Graphics2D g, TimelineModel model, TimelineGeometry geometry, Viewport viewport,
                      long cursorStep) {
        prepare(model);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        PaintContext c = new PaintContext(g, model, geometry, viewport, theme, fonts, texts, measure);
        c.fillRect(0, 0, geometry.width(), geometry.height(), theme.palette().background());
        if (model.lanes().isEmpty()) {
            String text = texts.text("empty");
            c.textCentredOn(text, fonts.label(), theme.palette().mutedText(),
                    (geometry.width() - c.width(fonts.label(), text)) / 2, geometry.height() / 2.0);
            return;
        }
        GutterPainter gutter = new GutterPainter(c);
        AxisPainter axis = new AxisPainter(c);
        OverlayPainter overlay = new OverlayPainter(c);
        Shape clip = g.getClip();
        g.clip(new Rectangle(0, geometry.lanesTop(), geometry.width(), geometry.lanesBottom() - geometry.lanesTop()));
        gutter.paintBackgrounds();
        g.clip(new Rectangle(geometry.plotLeft(), geometry.lanesTop(), geometry.width() - geometry.plotLeft(),
                geometry.lanesBottom() - geometry.lanesTop()));
        axis.paintGrid();
        BarPainter bars = new BarPainter(c);
        GroupTickPainter ticks = new GroupTickPainter(c);
        MarkerPainter markers = new MarkerPainter(c);
        for (Lane lane : model.lanes()) {
            if (c.laneVisible(lane.index())) {
                bars.paint(lane);
                ticks.paint(lane);
            }
        }
        overlay.paintRaces();
        for (Lane lane : model.lanes()) {
            if (c.laneVisible(lane.index())) {
                markers.paint(lane);
            }
        }
        overlay.paintArrows();
        overlay.paintDeadlock();
        overlay.paintStepLimit();
        g.setClip(clip);
        g.clip(new Rectangle(0, geometry.lanesTop(), geometry.width(), geometry.lanesBottom() - geometry.lanesTop()));
        gutter.paintLabels();
        g.setClip(clip);
        axis.paint(cursorStep);
        g.clip(new Rectangle(geometry.plotLeft() - 2, 0, geometry.width() - geometry.plotLeft() + 2,
                geometry.lanesBottom()));
        overlay.paintCursor(cursorStep);
        g.setClip(clip);
        LegendPainter.paint(c, legendItems);
    }
}
