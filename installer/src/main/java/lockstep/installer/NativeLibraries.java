package lockstep.installer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JavaFX's native libraries (Linux: {@code libglass.so}, {@code libprism_es2.so}, ...), copied out of its jars into
 * the folder of the jars. JavaFX looks there first, so the installed app loads them from its own image rather than
 * unpacking them into the user's home at the first start, and jpackage sees what they link against: the .deb then
 * depends on the system libraries they need (GTK, OpenGL).
 */
final class NativeLibraries {
    private NativeLibraries() {}

    /** Copies the native libraries at the root of JavaFX's jars among {@code jars} into {@code dir}. */
    static List<Path> extract(List<Path> jars, Path dir) throws IOException {
        List<Path> extracted = new ArrayList<>();
        for (Path jar : jars) {
            if (!jar.getFileName().toString().startsWith("javafx-")) {
                continue;
            }
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && isNativeLibrary(entry.getName())) {
                        Path target = dir.resolve(entry.getName());
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                        extracted.add(target);
                    }
                }
            }
        }
        return extracted;
    }

    /** A shared library at the root of a jar, where JavaFX keeps its own. */
    static boolean isNativeLibrary(String entryName) {
        String name = entryName.toLowerCase(Locale.ROOT);
        return !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"));
    }
}
