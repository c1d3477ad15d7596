package lockstep.cli;

import static lockstep.cli.CliTest.assertNoStackTrace;
import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import lockstep.cli.CliTest.Invocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code lockstep export}: pictures of real runs, their sizes and structure, and its errors. */
class ExportEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aPngIsTheSizeAskedForAtEachScale() throws IOException {
        for (String scale : new String[] {"1", "2", "4"}) {
            Path out = dir.resolve("deadlock-" + scale + ".png");
            Invocation run = lockstep("export", "lock-order-deadlock", "--format", "png", "--out", out.toString(),
                    "--scale", scale, "--width", "1000", "--height", "300");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("", run.err());
            BufferedImage image = ImageIO.read(out.toFile());
            int s = Integer.parseInt(scale);
            assertEquals(1000 * s, image.getWidth());
            assertEquals(300 * s, image.getHeight());
        }
    }

    @Test
    void withoutAHeightThePictureIsAsTallAsItsLanes() throws IOException {
        Path few = dir.resolve("few.png");
        Path many = dir.resolve("many.png");
        assertEquals(0, lockstep("export", "hello", "--format", "png", "--out", few.toString()).exitCode());
        assertEquals(0, lockstep("export", "gil-io-bound-downloads", "--format", "png", "--out", many.toString())
                .exitCode());
        BufferedImage one = ImageIO.read(few.toFile());
        BufferedImage eleven = ImageIO.read(many.toFile());
        assertEquals(1600, one.getWidth());
        assertTrue(eleven.getHeight() > one.getHeight() + 10 * 30, one.getHeight() + " vs " + eleven.getHeight());
    }

    @Test
    void anSvgIsAnSvgDocumentWithEveryLaneLabelled() throws Exception {
        Path out = dir.resolve("fork.svg");
        Invocation run = lockstep("export", "fork-deadlock", "--format", "svg", "--out", out.toString(),
                "--width", "1200", "--theme", "dark");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(out + ": 3 lanes, steps 0 to "), run.out());
        Document svg = parse(out);
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(1200.0, Double.parseDouble(root.getAttribute("width")));
        assertTrue(Double.parseDouble(root.getAttribute("height")) > 150);
        List<String> texts = texts(svg);
        for (String label : List.of("MainThread", "X", "Process 1000", "Process 1001, forked from 1000", "step",
                "time", "running", "blocked", "fork", "deadlock cycle")) {
            assertTrue(texts.contains(label), label + " missing from " + texts);
        }
        assertTrue(svg.getElementsByTagNameNS("*", "rect").getLength() > 20);
        assertTrue(svg.getElementsByTagNameNS("*", "path").getLength() > 5, "markers, arrows and the cycle");
    }

    @Test
    void chineseLabelsInChinese() throws Exception {
        Path out = dir.resolve("zh.svg");
        assertEquals(0, lockstep("export", "fork-deadlock", "--format", "svg", "--out", out.toString(), "--lang", "zh")
                .exitCode());
        List<String> texts = texts(parse(out));
        for (String label : List.of("进程 1000", "进程 1001，由 1000 fork 而来", "步", "时间", "运行", "阻塞", "死锁环")) {
            assertTrue(texts.contains(label), label + " missing from " + texts);
        }
        String svg = Files.readString(out);
        assertTrue(svg.contains("font-family: \"" + lockstep.timeline.TimelineFonts.firstInstalled(
                lockstep.timeline.TimelineFonts.CJK_FAMILIES, "?")), "a CJK family by name");
    }

    @Test
    void theOperationGrainFoldsThreadingsOwnLocksAndIsTheDefault() throws Exception {
        Path byDefault = dir.resolve("default.svg");
        Path operation = dir.resolve("operation.svg");
        Path line = dir.resolve("line.svg");
        Path micro = dir.resolve("micro.svg");
        assertEquals(0, lockstep("export", "lost-update", "--format", "svg", "--out", byDefault.toString())
                .exitCode());
        for (Path out : List.of(operation, line, micro)) {
            String grain = out.getFileName().toString().replace(".svg", "").replace("micro", "micro-op");
            Invocation run = lockstep("export", "lost-update", "--format", "svg", "--out", out.toString(), "--grain",
                    grain);
            assertEquals(0, run.exitCode(), run.err());
        }
        assertEquals(Files.readString(operation), Files.readString(byDefault));
        // Every lock of lost-update is threading's own: at the operation grain its takes, releases and hand-offs
        // fold into Thread.start() and join(); the legend names the operations' ticks instead.
        List<String> folded = texts(parse(operation));
        assertTrue(folded.contains("operation ends"), folded.toString());
        for (String gone : List.of("acquire", "release", "notify", "hand-off: release \u2192 acquire")) {
            assertFalse(folded.contains(gone), gone + " in " + folded);
        }
        assertTrue(folded.containsAll(List.of("wait", "start thread", "wake: notify \u2192 waiter", "lost update")),
                folded.toString());
        assertTrue(texts(parse(line)).contains("line step ends"));
        List<String> all = texts(parse(micro));
        assertTrue(all.containsAll(List.of("acquire", "release", "notify", "hand-off: release \u2192 acquire")),
                all.toString());
        assertFalse(all.contains("operation ends"), all.toString());
    }

    @Test
    void aRangeOfStepsAndSimulationOptionsChangeThePicture() throws Exception {
        Path whole = dir.resolve("whole.svg");
        Path part = dir.resolve("part.svg");
        Path seeded = dir.resolve("quantum.svg");
        assertEquals(0, lockstep("export", "lost-update", "--format", "svg", "--out", whole.toString()).exitCode());
        Invocation run = lockstep("export", "lost-update", "--format", "svg", "--out", part.toString(), "--from", "100",
                "--to", "300");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("steps 100 to 300"), run.out());
        List<String> ticks = texts(parse(part));
        assertTrue(ticks.contains("100") && ticks.contains("200") && ticks.contains("300"), ticks.toString());
        assertFalse(ticks.contains("0"), ticks.toString());
        assertEquals(0, lockstep("export", "lost-update", "--format", "svg", "--out", seeded.toString(), "--quantum",
                "40").exitCode());
        assertFalse(Files.readString(whole).equals(Files.readString(seeded)), "the quantum changes the run");
    }

    @Test
    void slideShapesAreTheirShapeAtTheWidthAndScale() throws IOException {
        Path wide = dir.resolve("wide.png");
        Invocation run = lockstep("export", "lock-order-deadlock", "--format", "png", "--out", wide.toString(),
                "--shape", "16:9", "--width", "1280", "--scale", "2");
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(wide.toFile());
        assertEquals(2560, image.getWidth());
        assertEquals(1440, image.getHeight());
        Path standard = dir.resolve("standard.png");
        assertEquals(0, lockstep("export", "gil-io-bound-downloads", "--format", "png", "--out", standard.toString(),
                "--shape", "4:3", "--width", "1024", "--lang", "zh").exitCode());
        image = ImageIO.read(standard.toFile());
        assertEquals(1024, image.getWidth());
        assertEquals(768, image.getHeight());
        Path strip = dir.resolve("strip.png");
        assertEquals(0, lockstep("export", "hello", "--format", "png", "--out", strip.toString(), "--shape", "strip",
                "--width", "800", "--height", "200").exitCode());
        assertEquals(200, ImageIO.read(strip.toFile()).getHeight());
    }

    @Test
    void theTitleIsTheScenariosInTheLanguageUnlessReplacedOrTurnedOff() throws Exception {
        Path en = dir.resolve("en.svg");
        Path zh = dir.resolve("zh.svg");
        Path own = dir.resolve("own.svg");
        Path none = dir.resolve("none.svg");
        assertEquals(0, lockstep("export", "lock-order-deadlock", "--format", "svg", "--out", en.toString(),
                "--shape", "16:9").exitCode());
        assertEquals(0, lockstep("export", "lock-order-deadlock", "--format", "svg", "--out", zh.toString(),
                "--shape", "4:3", "--lang", "zh").exitCode());
        assertEquals(0, lockstep("export", "lock-order-deadlock", "--format", "svg", "--out", own.toString(),
                "--title", "Lecture 3: deadlock").exitCode());
        assertEquals(0, lockstep("export", "lock-order-deadlock", "--format", "svg", "--out", none.toString(),
                "--no-title").exitCode());
        assertEquals("Two locks taken in opposite order", texts(parse(en)).get(0));
        assertEquals("以相反顺序获取两把锁", texts(parse(zh)).get(0));
        assertEquals("Lecture 3: deadlock", texts(parse(own)).get(0));
        List<String> untitled = texts(parse(none));
        assertFalse(untitled.contains("Two locks taken in opposite order"), untitled.toString());
        assertEquals(texts(parse(own)).subList(1, texts(parse(own)).size()), untitled);
    }

    @Test
    void thePlayheadIsDrawnOnlyWhenAskedFor() throws IOException {
        Path plain = dir.resolve("plain.png");
        Path headed = dir.resolve("headed.png");
        assertEquals(0, lockstep("export", "lost-update", "--format", "png", "--out", plain.toString(), "--shape",
                "16:9").exitCode());
        Invocation run = lockstep("export", "lost-update", "--format", "png", "--out", headed.toString(), "--shape",
                "16:9", "--playhead", "500");
        assertEquals(0, run.exitCode(), run.err());
        int cursor = lockstep.timeline.TimelineTheme.LIGHT.palette().cursor().getRGB();
        assertEquals(0, pixels(ImageIO.read(plain.toFile()), cursor));
        assertTrue(pixels(ImageIO.read(headed.toFile()), cursor) > 100);
        Invocation late = lockstep("export", "hello", "--format", "png", "--out", plain.toString(), "--playhead",
                "1000000");
        assertEquals(1, late.exitCode());
        assertTrue(late.err().startsWith("lockstep: the run has "), late.err());
        assertTrue(late.err().contains("--playhead 1000000 is after its end"), late.err());
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void usageErrorsExitWithTwoAndSaySo() {
        String out = dir.resolve("x.png").toString();
        String[][] cases = {
            {"export", "hello", "--format", "gif", "--out", out},
            {"export", "hello", "--format", "png"},
            {"export", "hello", "--format", "png", "--out", out, "--scale", "8"},
            {"export", "hello", "--format", "png", "--out", out, "--theme", "pink"},
            {"export", "hello", "--format", "png", "--out", out, "--lang", "fr"},
            {"export", "hello", "--format", "png", "--out", out, "--from", "50", "--to", "10"},
            {"export", "hello", "--format", "png", "--out", out, "--width", "50"},
            {"export", "hello", "--format", "png", "--out", out, "--policy", "lifo"},
            {"export", "hello", "--format", "png", "--out", out, "--shape", "3:2"},
            {"export", "hello", "--format", "png", "--out", out, "--shape", "16:9", "--height", "400"},
            {"export", "hello", "--format", "png", "--out", out, "--title", "T", "--no-title"},
            {"export", "hello", "--format", "png", "--out", out, "--playhead", "-1"},
            {"export", "hello", "--format", "png", "--out", out, "--grain", "bytecode"},
        };
        assertUsageErrorsWriteNothing(out, cases);
    }

    @Test
    void problemsWithTheScenarioOrTheFileExitWithOne() throws IOException {
        Invocation missing = lockstep("export", dir.resolve("nope.yaml").toString(), "--format", "png", "--out",
                dir.resolve("x.png").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Path bad = Files.writeString(dir.resolve("bad.py"), "x = (\n");
        Invocation syntax = lockstep("export", bad.toString(), "--format", "png", "--out", dir.resolve("y.png")
                .toString());
        assertEquals(1, syntax.exitCode());
        assertTrue(syntax.err().contains("SyntaxError"), syntax.err());
        Invocation unwritable = lockstep("export", "hello", "--format", "png", "--out",
                dir.resolve("no/such/dir/z.png").toString());
        assertEquals(1, unwritable.exitCode());
        assertTrue(unwritable.err().startsWith("lockstep: cannot write "), unwritable.err());
        assertNoStackTrace(unwritable);
        Invocation empty = lockstep("export", "hello", "--format", "png", "--out", dir.resolve("w.png").toString(),
                "--from", "99999999");
        assertEquals(1, empty.exitCode());
        assertTrue(empty.err().contains("shows none of them"), empty.err());
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path out = Files.writeString(dir.resolve("t.png"), "not a picture");
        assertEquals(0, lockstep("export", "hello", "--format", "png", "--out", out.toString()).exitCode());
        assertEquals(1600, ImageIO.read(out.toFile()).getWidth());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    /**
     * Export needs no JavaFX at all: run from a class loader that cannot load a single JavaFX class (as on a server
     * with none), it still writes the picture.
     */
    @Test
    void exportRunsWithoutJavaFxOnTheClassPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.contains("javafx") && !entry.contains("openjfx") && !entry.contains("monocle")
                    && !entry.contains("testfx")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        Path out = dir.resolve("nofx.png");
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThrowsClassNotFound(loader, "javafx.application.Platform");
            Class<?> main = loader.loadClass("lockstep.cli.Main");
            Method commandLine = main.getMethod("commandLine", PrintWriter.class, PrintWriter.class, Runnable.class);
            StringWriter err = new StringWriter();
            Object cli = commandLine.invoke(null, new PrintWriter(new StringWriter()), new PrintWriter(err),
                    (Runnable) () -> {
                        throw new AssertionError("no window");
                    });
            int code = (int) cli.getClass().getMethod("execute", String[].class).invoke(cli,
                    (Object) new String[] {"export", "lock-order-deadlock", "--format", "png", "--out", out.toString()});
            assertEquals(0, code, err.toString());
        }
        assertEquals(1600, ImageIO.read(out.toFile()).getWidth());
    }

    private static void assertThrowsClassNotFound(ClassLoader loader, String name) {
        try {
            loader.loadClass(name);
            throw new AssertionError(name + " should not be loadable");
        } catch (ClassNotFoundException expected) {
            // as intended
        }
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The DOCTYPE names the SVG 1.0 DTD on the web; the test must not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Each of {@code cases} is a usage error (exit 2, a message, no stack trace) and leaves {@code out} unwritten. */
    static void assertUsageErrorsWriteNothing(String out, String[][] cases) {
        for (String[] args : cases) {
            Invocation run = lockstep(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + "\n" + run.err());
            assertTrue(run.err().startsWith("lockstep: "), run.err());
            assertNoStackTrace(run);
            assertFalse(Files.exists(Path.of(out)));
        }
    }
}
