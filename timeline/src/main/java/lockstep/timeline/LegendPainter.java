package lockstep.timeline;

import java.awt.BasicStroke;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The legend under the lanes: every state, then the markers and arrows this timeline has, a race and the deadlock
 * when there are any. Items flow left to right and wrap; {@link #height} tells the geometry how much room that takes.
 */
final class LegendPainter {
    static final int ROW_HEIGHT = 22;
    static final int PADDING = 8;
    private static final int SAMPLE_WIDTH = 18;
    private static final int GAP = 6;
    private static final int ITEM_GAP = 18;

    /** One entry: what its sample draws and its words. */
    record Item(Object what, String text) {}

    /** An item's sample: a state's bar, a marker's glyph, an arrow, or one of these. */
    enum Special { RACE, DEADLOCK, GROUP_END }

    private LegendPainter() {}

    static List<Item> items(TimelineModel model, TimelineTexts texts) {
        List<Item> items = new ArrayList<>();
        for (BarState state : BarState.values()) {
            items.add(new Item(state, texts.state(state)));
        }
        Set<MarkerKind> markers = EnumSet.noneOf(MarkerKind.class);
        Set<ArrowKind> arrows = EnumSet.noneOf(ArrowKind.class);
        for (Lane lane : model.lanes()) {
            MarkerList list = lane.markers();
            for (int i = 0; i < list.size() && markers.size() < MarkerKind.values().length; i++) {
                markers.add(list.kind(i));
            }
        }
        for (Arrow arrow : model.arrows()) {
            arrows.add(arrow.kind());
            if (arrows.size() == ArrowKind.values().length) {
                break;
            }
        }
        for (MarkerKind kind : markers) {
            items.add(new Item(kind, texts.marker(kind)));
        }
        for (ArrowKind kind : arrows) {
            items.add(new Item(kind, texts.arrow(kind)));
        }
        if (model.operations() != null) {
            items.add(new Item(Special.GROUP_END, texts.text(model.grain() == lockstep.sim.trace.Grain.LINE
                    ? "group_end.line" : "group_end.operation")));
        }
        if (!model.races().isEmpty()) {
            items.add(new Item(Special.RACE, texts.text("race")));
        }
        if (model.deadlock() != null) {
            items.add(new Item(Special.DEADLOCK, texts.text("deadlock")));
        }
        return items;
    }

    /** The legend's height for a picture {@code width} pixels wide. */
    static int height(List<Item> items, int width, TimelineFonts fonts, TextMeasure measure) {
        return rows(items, width, fonts, measure) * ROW_HEIGHT + 2 * PADDING;
    }

    private static int rows(List<Item> items, int width, TimelineFonts fonts, TextMeasure measure) {
        int rows = 1;
        double x = PADDING;
        for (Item item : items) {
            double w = itemWidth(item, fonts, measure);
            if (x > PADDING && x + w > width - PADDING) {
                rows++;
                x = PADDING;
            }
            x += w + ITEM_GAP;
        }
        return rows;
    }

    private static double itemWidth(Item item, TimelineFonts fonts, TextMeasure measure) {
        return SAMPLE_WIDTH + GAP + measure.width(fonts.forText(fonts.small(), item.text()), item.text());
    }

    static void paint(PaintContext c, List<Item> items) {
        int top = c.geometry.lanesBottom();
        int width = c.geometry.width();
        c.fillRect(0, top, width, c.geometry.height() - top, c.palette.gutter());
        c.fillRect(0, top, width, 1, c.palette.rule());
        double x = PADDING;
        double y = top + PADDING + ROW_HEIGHT / 2.0;
        for (Item item : items) {
            double w = itemWidth(item, c.fonts, c.measure);
            if (x > PADDING && x + w > width - PADDING) {
                x = PADDING;
                y += ROW_HEIGHT;
            }
            sample(c, item.what(), x, y);
            // An item wider than the whole picture is shortened rather than cut at the edge.
            String text = c.fit(c.fonts.small(), item.text(), width - PADDING - (x + SAMPLE_WIDTH + GAP));
            c.textCentredOn(text, c.fonts.small(), c.palette.text(), x + SAMPLE_WIDTH + GAP, y);
            x += w + ITEM_GAP;
        }
    }

    private static void sample(PaintContext c, Object what, double x, double y) {
        if (what instanceof BarState state) {
            double h = switch (state) {
                case RUNNING -> 12;
                case READY -> 5;
                case DONE -> 2;
                default -> 9;
            };
            c.fillRect(x, Math.round(y - h / 2), SAMPLE_WIDTH, h, c.theme.state(state));
        } else if (what instanceof MarkerKind kind) {
            c.g.setStroke(new BasicStroke(c.line(1.3f)));
            MarkerPainter.draw(c.g, kind, x + SAMPLE_WIDTH / 2.0, y, MarkerPainter.SIZE,
                    kind.alarm() ? c.palette.race() : c.palette.text());
        } else if (what instanceof ArrowKind kind) {
            c.g.setColor(c.theme.arrow(kind));
            c.g.setStroke(kind == ArrowKind.START
                    ? new BasicStroke(c.line(1.1f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                            new float[] {3, 3}, 0)
                    : new BasicStroke(c.line(1.3f)));
            c.g.draw(new CubicCurve2D.Double(x, y + 4, x + 8, y + 4, x + 8, y - 4, x + SAMPLE_WIDTH - 3, y - 4));
            java.awt.geom.Path2D.Double head = new java.awt.geom.Path2D.Double();
            head.moveTo(x + SAMPLE_WIDTH, y - 4);
            head.lineTo(x + SAMPLE_WIDTH - 5, y - 7);
            head.lineTo(x + SAMPLE_WIDTH - 5, y - 1);
            head.closePath();
            c.g.fill(head);
        } else if (what == Special.GROUP_END) {
            c.g.setColor(GroupTickPainter.color(c));
            c.g.setStroke(new BasicStroke(c.line(1f)));
            for (double dx : new double[] {3.5, 9.5, 15.5}) {
                c.g.draw(new Line2D.Double(x + dx, y - 7, x + dx, y + 7));
            }
        } else if (what == Special.RACE) {
            c.fillRect(x + SAMPLE_WIDTH / 2.0 - 1.5, y - 7, 3, 14, c.palette.race());
        } else if (what == Special.DEADLOCK) {
            c.g.setColor(c.palette.deadlock());
            c.g.setStroke(new BasicStroke(c.line(2f)));
            c.g.draw(new java.awt.geom.Arc2D.Double(x + 3, y - 6, 12, 12, 60, 280, java.awt.geom.Arc2D.OPEN));
            c.g.draw(new Line2D.Double(x + 12, y - 6, x + 15, y - 3));
        }
    }
}
