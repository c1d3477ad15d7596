package lockstep.installer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibrariesTest {
    @TempDir
    Path dir;

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void javaFxsRootLibrariesAreCopiedBesideTheJars() throws IOException {
        Path graphics = jar("javafx-graphics-21-linux.jar", "libglass.so", "libprism_es2.so",
                "com/sun/glass/ui/Application.class", "META-INF/MANIFEST.MF", "native/libnested.so");
        Path other = jar("other-1.0.jar", "libother.so");
        List<Path> extracted = NativeLibraries.extract(List.of(graphics, other), dir);
        assertEquals(List.of(dir.resolve("libglass.so"), dir.resolve("libprism_es2.so")), extracted);
        assertArrayEquals("libglass.so".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Files.readAllBytes(dir.resolve("libglass.so")));
        assertFalse(Files.exists(dir.resolve("libother.so")), "only JavaFX's jars");
    }

    @Test
    void eachSystemsLibrariesCount() {
        assertTrue(NativeLibraries.isNativeLibrary("libglass.so"));
        assertTrue(NativeLibraries.isNativeLibrary("glass.dll"));
        assertTrue(NativeLibraries.isNativeLibrary("libglass.dylib"));
        assertFalse(NativeLibraries.isNativeLibrary("native/libglass.so"));
        assertFalse(NativeLibraries.isNativeLibrary("Application.class"));
    }
}
