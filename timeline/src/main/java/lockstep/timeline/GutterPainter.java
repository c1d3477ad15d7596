package lockstep.timeline;

import java.awt.Font;
import java.awt.geom.RoundRectangle2D;

/**
 * The lane labels left of the plot and the group headings across it: a swatch of the thread's colour and its name,
 * a task indented under its thread, {@code Core 0}, {@code GIL}; {@code Process 1001, forked from 1000}.
 */
final class GutterPainter {
    static final int PADDING = 10;
    static final int SWATCH = 9;
    static final int TASK_INDENT = 14;
    static final int MIN_WIDTH = 96;
    static final int MAX_WIDTH = 240;

    private final PaintContext c;

    GutterPainter(PaintContext c) {
        this.c = c;
    }

    /** The gutter's width: the widest label and its padding, within bounds. */
    static int width(TimelineModel model, TimelineTexts texts, TimelineFonts fonts, TextMeasure measure) {
        double widest = 0;
        for (Lane lane : model.lanes()) {
            Font font = lane.kind() == LaneKind.THREAD ? fonts.label() : fonts.small();
            String text = texts.lane(lane);
            widest = Math.max(widest, measure.width(fonts.forText(font, text), text) + indent(lane));
        }
        String step = texts.text("axis.step");
        widest = Math.max(widest, measure.width(fonts.forText(fonts.small(), step), step));
        return (int) Math.ceil(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + 2 * PADDING)));
    }

    private static int indent(Lane lane) {
        return switch (lane.kind()) {
            case THREAD -> SWATCH + 6;
            case TASK -> TASK_INDENT + SWATCH + 6;
            default -> 0;
        };
    }

    /** Stripes under every other lane and the group headings, before the bars. */
    void paintBackgrounds() {
        int width = c.geometry.width();
        for (Lane lane : c.model.lanes()) {
            if (lane.index() % 2 == 1 && c.laneVisible(lane.index())) {
                c.fillRect(0, c.geometry.laneBandY(lane.index()), width, c.geometry.laneHeight(lane.index()),
                        c.palette.laneStripe());
            }
        }
        for (int g = 0; g < c.model.groups().size(); g++) {
            double y = c.geometry.headerY(g);
            if (y + TimelineGeometry.HEADER_HEIGHT > c.geometry.lanesTop() && y < c.geometry.lanesBottom()) {
                c.fillRect(0, y, width, TimelineGeometry.HEADER_HEIGHT, c.palette.header());
                c.fillRect(0, y, width, 1, c.palette.rule());
            }
        }
    }

    /** The labels, after the bars, over the gutter's own background. */
    void paintLabels() {
        int gutter = c.geometry.gutterWidth();
        int top = c.geometry.lanesTop();
        int bottom = c.geometry.lanesBottom();
        for (Lane lane : c.model.lanes()) {
            if (!c.laneVisible(lane.index())) {
                continue;
            }
            double y = c.geometry.laneBandY(lane.index());
            int h = c.geometry.laneHeight(lane.index());
            c.fillRect(0, y, gutter, h, lane.index() % 2 == 1 ? c.palette.laneStripe() : c.palette.gutter());
            double centre = c.barCentre(lane.index());
            double x = PADDING + (lane.kind() == LaneKind.TASK ? TASK_INDENT : 0);
            Font font = lane.kind() == LaneKind.THREAD ? c.fonts.label() : c.fonts.small();
            if (lane.kind() == LaneKind.THREAD || lane.kind() == LaneKind.TASK) {
                c.g.setColor(c.theme.thread(lane.colorIndex()));
                double size = lane.kind() == LaneKind.THREAD ? SWATCH : SWATCH - 3;
                c.g.fill(new RoundRectangle2D.Double(x, centre - size / 2, size, size, 3, 3));
                x += SWATCH + 6;
            }
            String text = c.fit(font, c.texts.lane(lane), gutter - x - PADDING / 2.0);
            c.textCentredOn(text, font, lane.kind() == LaneKind.THREAD ? c.palette.text() : c.palette.mutedText(),
                    x, centre);
        }
        for (int g = 0; g < c.model.groups().size(); g++) {
            double y = c.geometry.headerY(g);
            if (y + TimelineGeometry.HEADER_HEIGHT <= top || y >= bottom) {
                continue;
            }
            String text = c.texts.group(c.model.groups().get(g));
            c.textCentredOn(c.fit(c.fonts.smallBold(), text, c.geometry.width() - 2 * PADDING), c.fonts.smallBold(),
                    c.palette.text(), PADDING, y + TimelineGeometry.HEADER_HEIGHT / 2.0 + 0.5);
        }
        c.fillRect(gutter - 1, top, 1, bottom - top, c.palette.rule());
    }
}
