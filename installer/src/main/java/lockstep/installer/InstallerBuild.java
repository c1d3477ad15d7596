package lockstep.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds, in {@code --dest}: {@code runtime/} (jlink: only the JDK modules the jars need), {@code image/lockstep}
 * (jpackage's app image: the jars of {@code --input}, with JavaFX's native libraries copied out beside them) and,
 * unless the type is {@code app-image}, the installer. Everything from an earlier build
 * is removed first, since jlink and jpackage refuse to write over it.
 */
public final class InstallerBuild {
    private InstallerBuild() {}

    public static void main(String[] args) throws IOException {
        BuildSettings settings = BuildSettings.parse(args);
        HostOs os = HostOs.current();
        JpackageCommands jpackage = new JpackageCommands(settings, os);
        Path dest = Files.createDirectories(settings.dest());
        Path runtime = dest.resolve("runtime");
        Path images = dest.resolve("image");
        deleteEarlierBuild(dest, runtime, images);

        List<Path> jars = jars(settings.input());
        List<String> modules = RuntimeModules.of(jars);
        JdkTool.run("jlink", jlinkArgs(modules, runtime));
        System.out.println("installer: JavaFX's native libraries beside the jars: " + NativeLibraries.extract(jars,
                settings.input()).stream().map(lib -> lib.getFileName().toString()).collect(Collectors.joining(" ")));
        Path icon = IconFiles.forOs(os, settings.resources().resolve("lockstep.png"), dest);
        Path consoleLauncher = os == HostOs.WINDOWS ? Files.writeString(
                dest.resolve(JpackageCommands.WINDOWS_CONSOLE_LAUNCHER + ".properties"), "win-console=true\n") : null;
        JdkTool.run("jpackage", jpackage.appImage(runtime, icon, images, consoleLauncher));
        Path appImage = jpackage.appImageIn(images);
        System.out.printf(Locale.ROOT, "installer: app image %s, %.1f MB (runtime modules: %s)%n", appImage,
                megabytes(sizeOf(appImage)), String.join(",", modules));
        if (settings.type() != InstallerType.APP_IMAGE) {
            JdkTool.run("jpackage", jpackage.installer(appImage, icon, dest));
            for (Path installer : installers(dest, settings.type())) {
                System.out.printf(Locale.ROOT, "installer: %s, %.1f MB%n", installer, megabytes(sizeOf(installer)));
            }
        }
    }

    /** jlink's arguments: the modules, trimmed as far as they go without changing what the app can do. */
    static List<String> jlinkArgs(List<String> modules, Path output) {
        return List.of("--add-modules", String.join(",", modules), "--include-locales=en,zh",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--strip-native-commands",
                "--compress=2", "--output", output.toString());
    }

    /** The jars in {@code input}, sorted so that the build does the same whatever the folder's order. */
    static List<Path> jars(Path input) throws IOException {
        try (Stream<Path> files = Files.list(input)) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
                    .collect(Collectors.toList());
            if (jars.isEmpty()) {
                throw new IllegalStateException("no jars in " + input);
            }
            return jars;
        }
    }

    /** The installers of {@code type} that jpackage wrote into {@code dest} (its file name has the version). */
    static List<Path> installers(Path dest, InstallerType type) throws IOException {
        try (Stream<Path> files = Files.list(dest)) {
            return files.filter(f -> f.getFileName().toString().endsWith(type.extension())).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static void deleteEarlierBuild(Path dest, Path runtime, Path images) throws IOException {
        List<Path> earlier = new ArrayList<>(List.of(runtime, images));
        for (InstallerType type : InstallerType.values()) {
            if (type != InstallerType.APP_IMAGE) {
                earlier.addAll(installers(dest, type));
            }
        }
        for (Path path : earlier) {
            deleteTree(path);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The bytes of the files under {@code path} (or of the file). */
    static long sizeOf(Path path) throws IOException {
        try (Stream<Path> tree = Files.walk(path)) {
            return tree.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static double megabytes(long bytes) {
        return bytes / 1e6;
    }
}
