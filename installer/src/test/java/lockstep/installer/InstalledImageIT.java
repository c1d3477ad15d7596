package lockstep.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke test of what {@code -Pinstaller} built: the app image's launcher answers {@code --version}, runs a
 * scenario from the command line and opens the window (under Xvfb on Linux) for a screenshot; the runtime is trimmed;
 * the .deb holds the launcher, the runtime and the menu entry.
 */
class InstalledImageIT {
    private static final Path DIR = Path.of(System.getProperty("installer.dir", "target/installer"));
    private static final String POM_VERSION = System.getProperty("installer.version", "");
    private static final HostOs OS = HostOs.current();
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    /** The virtual screen for the window: the screenshot fills it. */
    private static final int SCREEN_WIDTH = 1280;
    private static final int SCREEN_HEIGHT = 800;

    @TempDir
    Path work;

    @Test
    @DisplayName("lockstep --version names the pom's version")
    void version() throws Exception {
        ImageProcess version = launch(List.of("--version"));
        assertEquals(0, version.exitCode(), version.describe());
        assertEquals("lockstep " + POM_VERSION, version.out().strip(), version.describe());
        System.out.println("smoke: " + version.out().strip());
    }

    @Test
    @DisplayName("lockstep run hello --json prints JSON of a completed run")
    void runHello() throws Exception {
        ImageProcess run = launch(List.of("run", "hello", "--json"));
        assertEquals(0, run.exitCode(), run.describe());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertEquals("completed", result.path("status").asText(), run.describe());
        assertEquals("Hello, Lockstep!", result.path("output").path(0).asText(), run.describe());
        assertEquals("你好，Lockstep！", result.path("output").path(1).asText(), run.describe());
        System.out.println("smoke: run hello --json: status " + result.path("status").asText() + ", "
                + result.path("steps").asInt() + " steps, " + result.path("output").size() + " lines printed");
    }

    @Test
    @DisplayName("the launcher without a command opens the window, which takes its own screenshot")
    void window() throws Exception {
        Path picture = work.resolve("window.png");
        List<String> command = new ArrayList<>();
        if (OS == HostOs.LINUX) {
            String xvfbRun = onPath("xvfb-run");
            assertNotNull(xvfbRun, "xvfb-run is not installed, so the window cannot be opened without a display: "
                    + "install it (Debian: apt-get install xvfb xauth) to run the installer's smoke test");
            command.addAll(List.of(xvfbRun, "-a", "-s", "-screen 0 " + SCREEN_WIDTH + "x" + SCREEN_HEIGHT + "x24"));
        }
        command.add(launcher().toString());
        command.add("--screenshot=" + picture);
        ImageProcess window = ImageProcess.run(command, Map.of("XDG_CONFIG_HOME", work.resolve("config").toString()),
                work, COMMAND_TIMEOUT);
        assertEquals(0, window.exitCode(), window.describe());
        assertTrue(Files.isRegularFile(picture), "no screenshot:\n" + window.describe());
        BufferedImage image = ImageIO.read(picture.toFile());
        assertNotNull(image, "not a PNG: " + picture);
        if (OS == HostOs.LINUX) {
            assertEquals(SCREEN_WIDTH, image.getWidth(), "the window fills the virtual screen");
            assertEquals(SCREEN_HEIGHT, image.getHeight(), "the window fills the virtual screen");
        }
        int colours = distinctColours(image);
        assertTrue(colours >= 32, "the window looks blank: " + colours + " colours");
        System.out.printf(Locale.ROOT, "smoke: window screenshot %d×%d, %d colours%n", image.getWidth(),
                image.getHeight(), colours);
    }

    @Test
    @DisplayName("the image's runtime holds only some of the JDK's modules, without headers, man pages or jmods")
    void trimmedRuntime() throws Exception {
        Path runtime = runtime(appImage());
        Set<String> modules = Set.of(Files.readAllLines(runtime.resolve("release")).stream()
                .filter(line -> line.startsWith("MODULES=")).findFirst().orElseThrow()
                .replaceAll("MODULES=|\"", "").split(" "));
        assertTrue(modules.containsAll(List.of("java.base", "java.desktop", "jdk.unsupported", "jdk.localedata")),
                modules.toString());
        for (String unneeded : List.of("jdk.compiler", "java.net.http", "jdk.jshell", "jdk.jlink", "java.scripting")) {
            assertFalse(modules.contains(unneeded), unneeded + " is in the runtime: " + modules);
        }
        for (String dropped : List.of("include", "jmods", "man")) {
            assertFalse(Files.exists(runtime.resolve(dropped)), dropped + " is in the runtime");
        }
        System.out.printf(Locale.ROOT, "smoke: app image %.1f MB (runtime %.1f MB, %d modules)%n",
                megabytes(appImage()), megabytes(runtime), modules.size());
    }

    @Test
    @DisplayName("the image holds the app's jars and JavaFX's native libraries, and no test jars or benchmarks")
    void noTestJars() throws Exception {
        Path jars = OS == HostOs.MAC ? appImage().resolve("Contents/app") : appImage().resolve(
                OS == HostOs.WINDOWS ? "app" : "lib/app");
        List<String> names;
        try (Stream<Path> files = Files.list(jars)) {
            names = files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        assertTrue(names.contains("app-" + POM_VERSION + ".jar"), names.toString());
        String glass = OS == HostOs.WINDOWS ? "glass.dll" : OS == HostOs.MAC ? "libglass.dylib" : "libglass.so";
        assertTrue(names.contains(glass), "JavaFX's native libraries beside its jars: " + names);
        for (String name : names) {
            assertFalse(name.matches("(?i).*(junit|jacoco|benchmarks|jmh|testfx|monocle|archunit|tests).*"), name);
        }
    }

    @Test
    @DisplayName("the .deb holds the launcher, the runtime, the menu entry, and puts lockstep on the PATH")
    void debian() throws Exception {
        assumeTrue(OS == HostOs.LINUX, "a .deb is built on Linux only");
        Path deb = theOnly(DIR, ".deb");
        Path tree = work.resolve("deb");
        Path control = work.resolve("control");
        assertEquals(0, ImageProcess.run(List.of("dpkg-deb", "-x", deb.toString(), tree.toString()), Map.of(), work,
                COMMAND_TIMEOUT).exitCode());
        assertEquals(0, ImageProcess.run(List.of("dpkg-deb", "-e", deb.toString(), control.toString()), Map.of(),
                work, COMMAND_TIMEOUT).exitCode());
        Path home = tree.resolve("opt/lockstep");
        assertTrue(Files.isExecutable(home.resolve("bin/lockstep")), "no launcher in " + deb);
        assertTrue(Files.isRegularFile(home.resolve("lib/runtime/lib/modules")), "no runtime in " + deb);
        assertTrue(Files.isRegularFile(home.resolve("lib/runtime/lib/server/libjvm.so")), "no JVM in " + deb);
        assertTrue(Files.isRegularFile(home.resolve("lib/app/app-" + POM_VERSION + ".jar")), "no app in " + deb);
        assertTrue(Files.isRegularFile(home.resolve("lib/lockstep.png")), "no icon in " + deb);
        assertTrue(Files.isRegularFile(home.resolve("lib/app/libglassgtk3.so")), "no JavaFX library in " + deb);
        String desktop = Files.readString(home.resolve("lib/lockstep-lockstep.desktop"));
        assertTrue(desktop.contains("\nName=Lockstep\n") && desktop.contains("\nComment[zh_CN]=")
                && desktop.contains("\nCategories=Education;")
                && desktop.contains("\nExec=/opt/lockstep/bin/lockstep") && desktop.contains(
                "\nIcon=/opt/lockstep/lib/lockstep.png\n"), desktop);
        assertTrue(Files.readString(control.resolve("postinst"))
                .contains("ln -sf /opt/lockstep/bin/lockstep /usr/bin/lockstep"), "postinst");
        String fields = Files.readString(control.resolve("control"));
        assertTrue(fields.contains("\nVersion: " + PackageVersion.ofPom(POM_VERSION).text() + "-1\n"), fields);

        ImageProcess unpacked = ImageProcess.run(List.of(home.resolve("bin/lockstep").toString(), "--version"),
                Map.of(), work, COMMAND_TIMEOUT);
        assertEquals("lockstep " + POM_VERSION, unpacked.out().strip(), unpacked.describe());
        System.out.printf(Locale.ROOT, "smoke: %s %.1f MB, installed %.1f MB; its launcher says %s%n",
                deb.getFileName(), megabytes(deb), megabytes(home), unpacked.out().strip());
    }

    private ImageProcess launch(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(args);
        return ImageProcess.run(command, Map.of("XDG_CONFIG_HOME", work.resolve("config").toString()), work,
                COMMAND_TIMEOUT);
    }

    private static Path appImage() {
        Path image = DIR.resolve("image").resolve(OS == HostOs.MAC ? "lockstep.app" : "lockstep");
        assertTrue(Files.isDirectory(image), "no app image at " + image + ": build it with ./mvnw -B -Pinstaller package");
        return image;
    }

    private static Path launcher() {
        switch (OS) {
            case WINDOWS:
                return appImage().resolve("lockstep-cli.exe");
            case MAC:
                return appImage().resolve("Contents/MacOS/lockstep");
            default:
                return appImage().resolve("bin/lockstep");
        }
    }

    private static Path runtime(Path image) {
        switch (OS) {
            case WINDOWS:
                return image.resolve("runtime");
            case MAC:
                return image.resolve("Contents/runtime/Contents/Home");
            default:
                return image.resolve("lib/runtime");
        }
    }

    /** The one file in {@code dir} whose name ends with {@code extension}. */
    private static Path theOnly(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(extension))
                    .collect(Collectors.toList());
            assertEquals(1, found.size(), "files " + extension + " in " + dir + ": " + found);
            return found.get(0);
        }
    }

    /** {@code name}'s full path on the PATH, or null. */
    private static String onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** How many colours the picture has, counting every pixel: one flat colour says the window drew nothing. */
    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static double megabytes(Path path) throws IOException {
        return InstallerBuild.sizeOf(path) / 1e6;
    }
}
