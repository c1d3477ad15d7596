package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese in a picture needs no font of the machine's. The build runs this class a second time with the system's CJK
 * fonts hidden ({@code src/test/fonts/fonts-without-cjk.conf}, the surefire execution
 * {@code without-system-cjk-fonts}, which sets {@value #HIDDEN}); and in the ordinary run one test starts a JVM
 * with them hidden and compares its picture with this one's.
 */
class ChineseWithoutSystemFontsTest {
    /** Set where the system's CJK fonts are hidden from this JVM. */
    static final String HIDDEN = "lockstep.systemCjkFontsHidden";
    private static final Path ROOT = Path.of(System.getProperty("lockstep.root", ".."));
    private static final Path CONFIG = ROOT.resolve("timeline/src/test/fonts/fonts-without-cjk.conf");

    @TempDir
    Path dir;

    /** The picture compared across JVMs: Chinese, a fork, a deadlock, a legend. */
    static void export(Path target) throws IOException {
        TimelineModel model = TimelineModel.of(Runs.scenario("fork-deadlock"));
        TimelineExporter.write(model, TimelineExporter.Settings.defaults().withLocale(Locale.SIMPLIFIED_CHINESE),
                TimelineExporter.Format.PNG, target);
    }

    @Test
    @EnabledIfSystemProperty(named = HIDDEN, matches = "true")
    void onlyTheBundledFontHasChineseHere() {
        BundledFont.family();
        List<String> withChinese = new ArrayList<>();
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
            if (new Font(family, Font.PLAIN, 13).canDisplay('中')) {
                withChinese.add(family);
            }
        }
        assertEquals(List.of(BundledFont.FAMILY), withChinese, "the system's CJK fonts are hidden");
        assertTrue(ChineseGlyphs.problems(new Font(Font.SANS_SERIF, Font.PLAIN, 13), List.of("进程")).size() == 2,
                "the JDK's own fonts draw Chinese as boxes here");
    }

    @Test
    void everyChineseLabelOfAnExportHasAGlyphOfItsOwn() {
        for (String scenario : List.of("fork-deadlock", "lost-update", "work-tasks")) {
            TimelineModel model = TimelineModel.of(Runs.scenario(scenario));
            TimelineExporter.Settings settings = TimelineExporter.Settings.defaults()
                    .withLocale(Locale.SIMPLIFIED_CHINESE);
            TimelinePainter painter = new TimelinePainter(settings.theme(), settings.locale());
            ExportPage page = ExportPage.plan(painter, model, settings);
            BufferedImage image = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_INT_RGB);
            List<TextRecordingGraphics.DrawnText> drawn = new ArrayList<>();
            Graphics2D g = new TextRecordingGraphics(image.createGraphics(), drawn);
            try {
                page.paint(g, painter, model, settings);
            } finally {
                g.dispose();
            }
            List<String> texts = drawn.stream().map(TextRecordingGraphics.DrawnText::text).toList();
            assertTrue(ChineseGlyphs.hanOf(texts).size() >= 10, scenario + ": " + texts);
            assertEquals(List.of(), ChineseGlyphs.problems(painter.fonts().label(), texts), scenario);
        }
    }

    @Test
    void aChinesePngIsTheSameEveryTime() throws IOException {
        export(dir.resolve("a.png"));
        export(dir.resolve("b.png"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.png")), Files.readAllBytes(dir.resolve("b.png")));
    }

    /** A JVM that sees none of the system's CJK fonts exports the very same bytes. */
    @Test
    @EnabledOnOs(OS.LINUX)
    @DisabledIfSystemProperty(named = HIDDEN, matches = "true")
    void aChinesePngIsTheSameWithTheSystemsCjkFontsHidden() throws Exception {
        Path here = dir.resolve("here.png");
        Path there = dir.resolve("there.png");
        export(here);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", "-Duser.home=" + dir.resolve("home"),
                ChineseExportProbe.class.getName(), there.toString())
                .redirectError(dir.resolve("probe.err").toFile());
        builder.environment().put("FONTCONFIG_FILE", CONFIG.toAbsolutePath().toString());
        Process probe = builder.start();
        String output;
        try (var out = probe.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(probe.waitFor(120, TimeUnit.SECONDS), "the probe did not finish");
        assertEquals(0, probe.exitValue(), output + Files.readString(dir.resolve("probe.err")));
        assertEquals(BundledFont.FAMILY, output.strip(), "the families with Chinese there");
        assertArrayEquals(Files.readAllBytes(here), Files.readAllBytes(there));
    }
}
