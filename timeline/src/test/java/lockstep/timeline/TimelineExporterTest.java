package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures drawn by the painter into images and SVG, headless: sizes, aggregation, atomic files. */
class TimelineExporterTest {
    @TempDir
    Path dir;

    /** A and B share one core for {@code rounds} rounds: A runs three steps, then B one. */
    private static TimelineModel alternating(int rounds) {
        Traces traces = new Traces();
        for (int i = 0; i < rounds; i++) {
            traces.run("A", 4L * i, 3).run("B", 4L * i + 3, 1);
        }
        return traces.model();
    }

    @Test
    void aPngIsTheSizeAskedForTimesItsScale() throws IOException {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        TimelinePainter painter = new TimelinePainter(TimelineTheme.LIGHT, Locale.ENGLISH);
        int fullHeight = painter.fullHeight(model, 900);
        for (int scale : new int[] {1, 2, 4}) {
            Path file = dir.resolve("x" + scale + ".png");
            TimelineExporter.write(model, TimelineExporter.Settings.defaults().withSize(900, 0).withScale(scale),
                    TimelineExporter.Format.PNG, file);
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(900 * scale, image.getWidth());
            assertEquals(fullHeight * scale, image.getHeight());
        }
        BufferedImage fixed = TimelineExporter.image(model, TimelineExporter.Settings.defaults().withSize(640, 200));
        assertEquals(640, fixed.getWidth());
        assertEquals(200, fixed.getHeight());
    }

    @Test
    void aLargerScaleIsTheSamePictureWithMorePixels() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        TimelineExporter.Settings settings = TimelineExporter.Settings.defaults().withSize(800, 0);
        BufferedImage one = TimelineExporter.image(model, settings);
        BufferedImage two = TimelineExporter.image(model, settings.withScale(2));
        // Inside every flat area of the 1× picture (bars, bands, backgrounds: away from edges and text), the 2×
        // picture has the same colour at the same place.
        int compared = 0;
        for (int y = 2; y < one.getHeight() - 2; y += 3) {
            for (int x = 2; x < one.getWidth() - 2; x += 3) {
                if (flat(one, x, y)) {
                    assertEquals(one.getRGB(x, y), two.getRGB(2 * x + 1, 2 * y + 1), "at " + x + "," + y);
                    compared++;
                }
            }
        }
        assertTrue(compared > one.getWidth() * one.getHeight() / 20, "compared " + compared);
    }

    /** Whether the 5 × 5 pixels around (x, y) all have one colour. */
    private static boolean flat(BufferedImage image, int x, int y) {
        int color = image.getRGB(x, y);
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (image.getRGB(x + dx, y + dy) != color) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void subPixelBarsAreDrawnOnceAPixelInTheStateThatCoversMostOfIt() {
        TimelineModel model = alternating(100_000);
        TimelineExporter.Settings settings = TimelineExporter.Settings.defaults().withSize(600, 0);
        BufferedImage image = TimelineExporter.image(model, settings);
        TimelineGeometry g = new TimelinePainter(TimelineTheme.LIGHT, Locale.ENGLISH).layout(model, 600,
                image.getHeight());
        Color running = TimelineTheme.LIGHT.state(BarState.RUNNING);
        Color ready = TimelineTheme.LIGHT.state(BarState.READY);
        int centreA = (int) (g.laneY(0) + 25);
        int centreB = (int) (g.laneY(1) + 25);
        for (int x = g.plotLeft() + 2; x < g.plotRight() - 2; x++) {
            assertEquals(running.getRGB(), image.getRGB(x, centreA), "A runs three steps in four, at x " + x);
            assertEquals(ready.getRGB(), image.getRGB(x, centreB), "B is ready three steps in four, at x " + x);
        }
        // One rectangle per pixel column and lane at most, though the lanes hold 200,000 bars each.
        String svg = TimelineExporter.svg(model, settings);
        long rects = count(svg, "<rect");
        assertTrue(rects < 2L * g.plotWidth() + 200, "rectangles: " + rects);
    }

    @Test
    void onlyTheVisibleStepsArePainted() {
        TimelineModel model = alternating(100_000);
        String svg = TimelineExporter.svg(model, TimelineExporter.Settings.defaults().withSize(1200, 0)
                .withRange(new StepRange(200_000, 200_040)));
        // 40 steps: ten rounds of a running A and a running B, each with the other lane's ready bar beside it.
        long bars = count(svg, "<rect") - count(TimelineExporter.svg(new Traces().run("A", 0, 3).run("B", 3, 1)
                .model(), TimelineExporter.Settings.defaults().withSize(1200, 0).withRange(new StepRange(0, 4))),
                "<rect");
        assertTrue(bars >= 30 && bars <= 60, "bars drawn: " + bars);
    }

    @Test
    void theLegendListsStatesAndWhatTheTimelineHas() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        List<String> texts = svgTexts(TimelineExporter.svg(model, TimelineExporter.Settings.defaults()));
        for (String item : List.of("running", "ready", "blocked", "waiting", "sleeping / I/O", "done", "acquire",
                "release", "wait", "notify", "print", "deadlock cycle", "wake: notify \u2192 waiter")) {
            assertTrue(texts.contains(item), item + " missing from " + texts);
        }
        assertFalse(texts.contains("fork"), "no fork in this run, none in its legend");
        assertFalse(texts.contains("data race"));
        List<String> zh = svgTexts(TimelineExporter.svg(model, TimelineExporter.Settings.defaults()
                .withLocale(Locale.SIMPLIFIED_CHINESE)));
        assertTrue(zh.containsAll(List.of("运行", "就绪", "阻塞", "等待中", "死锁环", "进程 1000")), zh.toString());
    }

    @Test
    void theLegendNamesLostUpdatesWhenTheRunHasThem() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lost-update"));
        assertTrue(svgTexts(TimelineExporter.svg(model, TimelineExporter.Settings.defaults())).contains("lost update"));
        assertTrue(svgTexts(TimelineExporter.svg(model, TimelineExporter.Settings.defaults()
                .withLocale(Locale.SIMPLIFIED_CHINESE))).contains("丢失更新"));
        TimelineModel locked = TimelineModel.of(Runs.scenario("lost-update-lock"));
        assertFalse(svgTexts(TimelineExporter.svg(locked, TimelineExporter.Settings.defaults()))
                .contains("lost update"));
    }

    @Test
    void svgIsTheSameEveryTime() {
        TimelineModel model = TimelineModel.of(Runs.scenario("fork-deadlock"));
        TimelineExporter.Settings settings = TimelineExporter.Settings.defaults().withTheme(TimelineTheme.DARK);
        assertEquals(TimelineExporter.svg(model, settings), TimelineExporter.svg(model, settings));
    }

    @Test
    void aFileIsReplacedAtomicallyWithNothingLeftBeside() throws IOException {
        TimelineModel model = TimelineModel.of(Runs.scenario("hello"));
        Path file = dir.resolve("t.svg");
        Files.writeString(file, "old");
        TimelineExporter.write(model, TimelineExporter.Settings.defaults(), TimelineExporter.Format.SVG, file);
        assertTrue(Files.readString(file).startsWith("<?xml"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        Path missing = dir.resolve("no/such/dir/t.png");
        assertThrows(IOException.class, () -> TimelineExporter.write(model, TimelineExporter.Settings.defaults(),
                TimelineExporter.Format.PNG, missing));
    }

    @Test
    void settingsRefuseSizesThatMakeNoPicture() {
        TimelineExporter.Settings ok = TimelineExporter.Settings.defaults();
        assertThrows(IllegalArgumentException.class, () -> ok.withScale(8));
        assertThrows(IllegalArgumentException.class, () -> ok.withScale(0.5));
        assertThrows(IllegalArgumentException.class, () -> ok.withSize(10, 0));
        assertThrows(IllegalArgumentException.class, () -> ok.withSize(800, 20));
    }

    @Test
    void anEmptyRunSaysSo() {
        TimelineModel model = new Traces().model();
        List<String> texts = svgTexts(TimelineExporter.svg(model, TimelineExporter.Settings.defaults()
                .withSize(400, 200)));
        assertEquals(List.of("No steps to show"), texts);
    }

    static List<String> svgTexts(String svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        List<String> texts = new java.util.ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&"));
        }
        return texts;
    }

    private static long count(String text, String part) {
        long n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
