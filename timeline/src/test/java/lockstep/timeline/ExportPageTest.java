package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Slide-shaped pages, titles and the playhead in exports, and labels that stay inside the picture. */
class ExportPageTest {
    private static final String TITLE = "Two locks taken in opposite orders";
    private static final String TITLE_ZH = "以相反顺序获取两把锁";

    private static TimelineExporter.Settings settings(int width) {
        return TimelineExporter.Settings.defaults().withSize(width, 0);
    }

    @Test
    void pageShapesAreNamedAndSizedByTheirWidth() {
        assertEquals(PageShape.WIDE, PageShape.byName("16:9"));
        assertEquals(PageShape.STANDARD, PageShape.byName("4:3"));
        assertEquals(PageShape.STRIP, PageShape.byName("STRIP"));
        assertNull(PageShape.byName("3:2"));
        assertEquals(900, PageShape.WIDE.heightFor(1600));
        assertEquals(1200, PageShape.STANDARD.heightFor(1600));
        assertEquals(0, PageShape.STRIP.heightFor(1600));
    }

    @Test
    void aPageIsItsShapeAtTheWidthTimesTheScale() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        for (int scale : new int[] {1, 2}) {
            BufferedImage wide = TimelineExporter.image(model, settings(1600).withShape(PageShape.WIDE)
                    .withTitle(TITLE).withScale(scale));
            assertEquals(1600 * scale, wide.getWidth());
            assertEquals(900 * scale, wide.getHeight());
            BufferedImage standard = TimelineExporter.image(model, settings(1024).withShape(PageShape.STANDARD)
                    .withScale(scale));
            assertEquals(1024 * scale, standard.getWidth());
            assertEquals(768 * scale, standard.getHeight());
        }
        String svg = TimelineExporter.svg(model, settings(1280).withShape(PageShape.WIDE));
        assertTrue(svg.contains("width='1280.0' height='720.0'"), svg.substring(0, 300));
    }

    @Test
    void aStripWithATitleIsTheTitleBandTallerThanWithout() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        TimelinePainter painter = new TimelinePainter(TimelineTheme.LIGHT, Locale.ENGLISH);
        int lanes = painter.fullHeight(model, 900);
        BufferedImage plain = TimelineExporter.image(model, settings(900));
        BufferedImage titled = TimelineExporter.image(model, settings(900).withTitle(TITLE));
        assertEquals(lanes, plain.getHeight());
        int band = TitleBand.of(TITLE, 900, painter.fonts(), painter.measure()).height();
        assertTrue(band > 30, "band " + band);
        assertEquals(lanes + band, titled.getHeight());
        // A blank title is no title.
        assertEquals(lanes, TimelineExporter.image(model, settings(900).withTitle("  ")).getHeight());
        // A height asked for is the whole picture's, title included.
        assertEquals(400, TimelineExporter.image(model, settings(900).withSize(900, 400).withTitle(TITLE))
                .getHeight());
    }

    @Test
    void theTitleIsDrawnOnTopOrNotAtAll() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        List<String> with = TimelineExporterTest.svgTexts(TimelineExporter.svg(model,
                settings(1200).withShape(PageShape.WIDE).withTitle(TITLE)));
        assertEquals(TITLE, with.get(0));
        List<String> without = TimelineExporterTest.svgTexts(TimelineExporter.svg(model,
                settings(1200).withShape(PageShape.WIDE)));
        assertFalse(without.contains(TITLE));
        assertEquals(with.subList(1, with.size()), without);
        List<String> zh = TimelineExporterTest.svgTexts(TimelineExporter.svg(model, settings(1200)
                .withShape(PageShape.STANDARD).withLocale(Locale.SIMPLIFIED_CHINESE).withTitle(TITLE_ZH)));
        assertEquals(TITLE_ZH, zh.get(0));
    }

    @Test
    void aTallTimelineIsShrunkToFitThePageUnderItsTitle() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        TimelinePainter painter = new TimelinePainter(TimelineTheme.LIGHT, Locale.ENGLISH);
        TimelineExporter.Settings small = settings(400).withShape(PageShape.WIDE).withTitle(TITLE);
        ExportPage page = ExportPage.plan(painter, model, small);
        assertEquals(225, page.height());
        assertTrue(page.timelineScale() < 1, "scale " + page.timelineScale());
        assertTrue(page.timelineY() >= page.title().height());
        assertTrue(page.timelineY() + page.timelineHeight() * page.timelineScale() <= page.height() + 0.01);
        assertTrue(page.timelineX() >= 0);
        assertTrue(page.timelineX() + page.timelineWidth() * page.timelineScale() <= page.width() + 0.01);
        // Three lanes on a 4:3 page: enlarged as far as allowed, filling the width; the lanes as tall as they may
        // grow, and what room is left a third above the timeline and two thirds below.
        ExportPage roomy = ExportPage.plan(painter, model, settings(1600).withShape(PageShape.STANDARD)
                .withTitle(TITLE));
        assertEquals(ExportPage.MAX_ENLARGEMENT, roomy.timelineScale(), 0.01);
        assertEquals(1600, roomy.timelineWidth() * roomy.timelineScale(), 2);
        TimelineGeometry filled = painter.layoutFilling(model, roomy.timelineWidth(), roomy.timelineHeight());
        for (Lane lane : model.lanes()) {
            assertEquals((int) (TimelineGeometry.MAX_LANE_STRETCH * TimelineGeometry.laneHeight(lane.kind())),
                    filled.laneHeight(lane.index()), lane.name());
        }
        assertEquals(TimelineGeometry.AXIS_HEIGHT + filled.contentHeight() + filled.legendHeight(),
                roomy.timelineHeight());
        double below = roomy.height() - roomy.timelineY() - roomy.timelineHeight() * roomy.timelineScale();
        assertEquals(2 * (roomy.timelineY() - roomy.title().height()), below, 1);
        assertTrue(roomy.timelineY() + roomy.timelineHeight() * roomy.timelineScale() <= roomy.height());
    }

    @Test
    void aPageWithFewLanesUsesItsHeight() {
        // lost-update's three lanes left more than half of a 16:9 or 4:3 page empty under the legend.
        TimelineModel model = TimelineModel.of(Runs.scenario("lost-update"));
        TimelinePainter painter = new TimelinePainter(TimelineTheme.LIGHT, Locale.ENGLISH);
        for (PageShape shape : List.of(PageShape.WIDE, PageShape.STANDARD)) {
            ExportPage page = ExportPage.plan(painter, model, settings(1600).withShape(shape).withTitle(TITLE));
            int room = page.height() - page.title().height();
            double drawn = page.timelineHeight() * page.timelineScale();
            assertTrue(drawn >= (shape == PageShape.WIDE ? 0.95 : 0.7) * room, shape + ": " + drawn + " of " + room);
            assertTrue(page.timelineY() + drawn <= page.height() + 0.01, shape.id());
            // The lanes' bars keep their size: only the bands around them grow.
            TimelineGeometry geometry = painter.layoutFilling(model, page.timelineWidth(), page.timelineHeight());
            for (Lane lane : model.lanes()) {
                assertEquals(TimelineGeometry.laneHeight(lane.kind()), geometry.laneContentHeight(lane.index()));
                assertTrue(geometry.laneHeight(lane.index()) > TimelineGeometry.laneHeight(lane.kind()));
            }
        }
        // A strip keeps its lanes as they are.
        ExportPage strip = ExportPage.plan(painter, model, settings(1600).withTitle(TITLE));
        assertEquals(painter.fullHeight(model, 1600), strip.timelineHeight());
    }

    @Test
    void thePlayheadIsLeftOutUnlessAskedFor() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        int cursor = TimelineTheme.LIGHT.palette().cursor().getRGB();
        TimelineExporter.Settings plain = settings(1000).withShape(PageShape.WIDE).withTitle(TITLE);
        assertTrue(plain.cursorStep() < 0);
        assertEquals(0, count(TimelineExporter.image(model, plain), cursor));
        long step = model.totalSteps() / 2;
        assertTrue(count(TimelineExporter.image(model, plain.withCursor(step)), cursor) > 100);
    }

    @Test
    void settingsRefuseAPageWithAHeightOfItsOwnOrTooSmall() {
        TimelineExporter.Settings page = settings(800).withShape(PageShape.WIDE);
        assertEquals(0, page.height());
        assertThrows(IllegalArgumentException.class, () -> page.withSize(800, 300));
        assertThrows(IllegalArgumentException.class, () -> page.withSize(200, 0));
        assertEquals(PageShape.STRIP, new TimelineExporter.Settings(800, 0, 1, TimelineTheme.LIGHT, Locale.ENGLISH,
                null, -1).shape());
    }

    /** Every scenario with much text, at narrow and wide widths, every shape, both languages: no text is cut. */
    @Test
    void noTextCrossesThePicturesEdges() {
        List<String> scenarios = List.of("lock-order-deadlock", "fork-deadlock", "condition-producers", "lost-update",
                "work-tasks", "hello");
        int checked = 0;
        for (String id : scenarios) {
            TimelineModel model = TimelineModel.of(Runs.scenario(id));
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                for (PageShape shape : PageShape.values()) {
                    for (int width : new int[] {360, 800, 1600}) {
                        TimelineExporter.Settings s = settings(width).withShape(shape).withLocale(locale)
                                .withTitle(locale.equals(Locale.ENGLISH) ? TITLE + ", and a long subtitle to wrap"
                                        : TITLE_ZH + "，以及一个很长很长的副标题")
                                .withCursor(model.totalSteps());
                        checked += checkTextInside(model, s, id + " " + locale + " " + shape.id() + " " + width);
                    }
                }
            }
        }
        assertTrue(checked > 1000, "texts checked: " + checked);
    }

    /** A zoomed-in range puts bar labels and ruler labels at the right edge. */
    @Test
    void labelsAtTheEdgesOfARangeStayInside() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        long total = model.totalSteps();
        for (long from : new long[] {0, total / 3, total - 40}) {
            for (int width : new int[] {300, 700}) {
                checkTextInside(model, settings(width).withRange(new StepRange(from, Math.min(total, from + 37))),
                        "range from " + from + " at " + width);
            }
        }
    }

    private static int checkTextInside(TimelineModel model, TimelineExporter.Settings settings, String what) {
        TimelinePainter painter = new TimelinePainter(settings.theme(), settings.locale());
        ExportPage page = ExportPage.plan(painter, model, settings);
        BufferedImage image = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_INT_RGB);
        List<TextRecordingGraphics.DrawnText> texts = new ArrayList<>();
        Graphics2D g = new TextRecordingGraphics(image.createGraphics(), texts);
        try {
            page.paint(g, painter, model, settings);
        } finally {
            g.dispose();
        }
        for (TextRecordingGraphics.DrawnText text : texts) {
            Rectangle2D b = text.bounds();
            Rectangle2D shown = text.clip() == null ? b : text.clip().createIntersection(b);
            if (text.text().isEmpty() || shown.isEmpty()) {
                continue; // nothing of it shows: drawn outside what the clip lets through
            }
            assertTrue(b.getMinX() >= -0.5 && b.getMaxX() <= page.width() + 0.5 && b.getMinY() >= -0.5
                    && b.getMaxY() <= page.height() + 0.5, what + ": '" + text.text() + "' at " + b + " crosses the "
                    + page.width() + " × " + page.height() + " picture's edge");
        }
        return texts.size();
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
