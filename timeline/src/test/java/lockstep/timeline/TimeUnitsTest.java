package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lockstep.sim.trace.NarrationRenderer;
import org.junit.jupiter.api.Test;

/**
 * Virtual time on the timeline is written in the picture's language: {@code 500 µs}, {@code 1 ms}, {@code 1 s} in
 * English, {@code 500 微秒}, {@code 1 毫秒}, {@code 1 秒} in Chinese — on the ruler, at the clock's jumps and on sleep
 * bars.
 */
class TimeUnitsTest {
    private static final NarrationRenderer EN = NarrationRenderer.forLanguage("en");
    private static final NarrationRenderer ZH = NarrationRenderer.forLanguage("zh");

    @Test
    void durationsInBothLanguages() {
        assertEquals("0 s", EN.render(Durations.time(0)));
        assertEquals("12 \u00b5s", EN.render(Durations.time(12_000)));
        assertEquals("3.4 ms", EN.render(Durations.time(3_400_000)));
        assertEquals("1.25 s", EN.render(Durations.time(1_250_000_000)));
        assertEquals("0.01 s", EN.render(Durations.seconds(0.01)));
        assertEquals("0 秒", ZH.render(Durations.time(0)));
        assertEquals("12 微秒", ZH.render(Durations.time(12_000)));
        assertEquals("3.4 毫秒", ZH.render(Durations.time(3_400_000)));
        assertEquals("1.25 秒", ZH.render(Durations.time(1_250_000_000)));
        assertEquals("0.01 秒", ZH.render(Durations.seconds(0.01)));
    }

    @Test
    void theRulerSpeaksThePicturesLanguage() {
        TimelineModel model = TimelineModel.of(Runs.scenario("lost-update"));
        List<String> english = drawn(model, Locale.ENGLISH);
        assertTrue(english.contains("500 \u00b5s") && english.contains("1 ms"), english.toString());
        List<String> chinese = drawn(model, Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains("0 秒") && chinese.contains("500 微秒") && chinese.contains("1 毫秒"),
                chinese.toString());
        for (String text : chinese) {
            assertTrue(!text.matches(".*\\d (s|ms|\u00b5s)\\b.*"), "a Latin unit in Chinese: " + text);
        }
    }

    @Test
    void clockJumpsAndSleepBarsSpeakThePicturesLanguage() {
        TimelineModel model = TimelineModel.of(Runs.scenario("hello"));
        List<String> chinese = drawn(model, Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.stream().anyMatch(t -> t.equals("+1 秒")), chinese.toString());
        List<String> english = drawn(model, Locale.ENGLISH);
        assertTrue(english.stream().anyMatch(t -> t.equals("+1 s")), english.toString());
        // barrier's runners sleep 0.3, 0.1 and 0.2 s while the others run: their bars are labelled with the sleep.
        TimelineModel barrier = TimelineModel.of(Runs.scenario("barrier"));
        List<String> labels = new ArrayList<>();
        for (Lane lane : barrier.lanes()) {
            for (int i = 0; i < lane.bars().size(); i++) {
                labels.add(barrier.label(lane.bars().label(i), ZH));
            }
        }
        assertTrue(labels.contains("0.1 秒") && labels.contains("0.3 秒"), labels.toString());
    }

    private static List<String> drawn(TimelineModel model, Locale locale) {
        TimelineExporter.Settings settings = TimelineExporter.Settings.defaults().withSize(1200, 0).withLocale(locale);
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
        return texts.stream().map(TextRecordingGraphics.DrawnText::text).toList();
    }
}
