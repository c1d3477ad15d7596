package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled CJK font: registered, named first, used for every Chinese text, with a glyph for all of them. */
class BundledFontTest {
    private static final Path ROOT = Path.of(System.getProperty("lockstep.root", ".."));

    @Test
    void theBundledFamilyComesFirstAndIsAlwaysInstalled() {
        assertEquals("Lockstep Sans SC", BundledFont.family());
        assertEquals(BundledFont.FAMILY, TimelineFonts.CJK_FAMILIES.get(0));
        assertEquals(BundledFont.FAMILY, TimelineFonts.firstInstalled(TimelineFonts.CJK_FAMILIES, "?"));
        TimelineFonts chinese = TimelineFonts.forLocale(Locale.SIMPLIFIED_CHINESE);
        for (Font font : List.of(chinese.label(), chinese.bold(), chinese.small(), chinese.smallBold())) {
            assertEquals(BundledFont.FAMILY, font.getFamily(Locale.ROOT));
            assertEquals("Lockstep Sans SC Regular", font.getFontName(Locale.ROOT), "the font itself, not a stand-in");
        }
        TimelineFonts english = TimelineFonts.forLocale(Locale.ENGLISH);
        assertEquals(BundledFont.FAMILY, english.forText(english.label(), "线程甲").getFamily(Locale.ROOT),
                "a thread named in Chinese, in English");
    }

    @Test
    void theCheckFindsACharacterTheFontLacks() {
        Font font = TimelineFonts.forLocale(Locale.SIMPLIFIED_CHINESE).label();
        assertEquals(List.of(), ChineseGlyphs.problems(font, List.of("中文")));
        // U+20000, a Han character beyond GB 2312 that the subset does not keep.
        List<String> problems = ChineseGlyphs.problems(font, List.of("中\uD840\uDC00文"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("\uD840\uDC00 has no glyph"), problems.toString());
    }

    /** Every character of every Chinese bundle and every scenario the project ships, labels and output alike. */
    @Test
    void everyChineseTextTheProjectShipsHasAGlyph() throws IOException {
        Font font = new Font(BundledFont.family(), Font.PLAIN, 13);
        List<Path> files = new ArrayList<>();
        for (String module : List.of("sim-core", "timeline", "cli", "app")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(module).resolve("src/main/resources"))) {
                walk.filter(p -> p.getFileName().toString().endsWith("_zh.properties")).sorted().forEach(files::add);
            }
        }
        try (Stream<Path> walk = Files.walk(ROOT.resolve("scenarios"))) {
            walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 20, files.toString());
        List<String> lacking = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            String text = file.toString().endsWith(".properties") ? values(file) : Files.readString(file);
            texts.add(text);
            text.codePoints().filter(c -> !Character.isISOControl(c) && !font.canDisplay(c))
                    .forEach(c -> lacking.add(Character.toString(c) + " in " + ROOT.relativize(file)));
        }
        assertEquals(List.of(), lacking);
        assertTrue(ChineseGlyphs.hanOf(texts).size() > 400, "the bundles are in Chinese");
        assertEquals(List.of(), ChineseGlyphs.problems(font, texts));
    }

    @Test
    void theSvgNamesTheBundledFamilyFirstAndTheUsualOnesAfter() {
        TimelineModel model = TimelineModel.of(Runs.scenario("fork-deadlock"));
        String svg = TimelineExporter.svg(model, TimelineExporter.Settings.defaults()
                .withLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(svg.contains("font-family: \"Lockstep Sans SC\", \"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", "
                + "\"Microsoft YaHei\", \"PingFang SC\", sans-serif"), svg.substring(0, 2000));
    }

    private static String values(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return String.join("\n", properties.stringPropertyNames().stream().sorted().map(properties::getProperty)
                .toList());
    }
}
