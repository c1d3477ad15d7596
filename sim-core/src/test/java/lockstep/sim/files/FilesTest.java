package lockstep.sim.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class FilesTest {
    @TempDir
    Path folder;

    @Test
    void readsARegularFileAsUtf8() throws IOException {
        Path file = folder.resolve("a.txt");
        Files.writeString(file, "中文\nline", StandardCharsets.UTF_8);
        assertEquals("中文\nline", TextFiles.read(file, 100));
    }

    @Test
    void saysWhatIsWrongWithAFile() throws IOException {
        assertEquals(FileProblem.Kind.MISSING, problem(folder.resolve("missing.txt"), 100).kind());
        assertEquals("no such file", problem(folder.resolve("missing.txt"), 100).getMessage());
        assertEquals(FileProblem.Kind.DIRECTORY, problem(folder, 100).kind());
        Path big = folder.resolve("big.txt");
        Files.write(big, new byte[101]);
        FileProblem tooLarge = problem(big, 100);
        assertEquals(FileProblem.Kind.TOO_LARGE, tooLarge.kind());
        assertEquals(101, tooLarge.size());
        assertEquals("is too large (101 bytes; at most 100 are read)", tooLarge.getMessage());
    }

    @Test
    void placesTheFirstByteThatIsNotUtf8() throws IOException {
        Path file = folder.resolve("bad.txt");
        Files.write(file, new byte[] {'a', 'b', '\n', 'c', 'd', (byte) 0xff, 'e'});
        FileProblem bad = problem(file, 100);
        assertEquals(FileProblem.Kind.NOT_UTF8, bad.kind());
        assertEquals(2, bad.line());
        assertEquals(3, bad.col());
        Files.write(file, new byte[] {'a', '\r', '\n', '\r', 'x', (byte) 0xc3});
        assertEquals(3, problem(file, 100).line(), "\\r\\n and a lone \\r each end a line");
        assertEquals(2, problem(file, 100).col());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void refusesDevicesAndPipesWithoutOpeningThem() throws Exception {
        // /dev/zero never ends: opened, it would fill the memory; a pipe would block until someone writes.
        assertEquals(FileProblem.Kind.NOT_REGULAR, problem(Path.of("/dev/zero"), 100).kind());
        Path pipe = fifo();
        assertEquals(FileProblem.Kind.NOT_REGULAR, problem(pipe, 100).kind());
        assertTrue(problem(pipe, 100).getMessage().startsWith("is not a regular file"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void neverReplacesAPipeOrAFolder() throws Exception {
        Path pipe = fifo();
        FileProblem refused = assertThrows(FileProblem.class, () -> AtomicFiles.text(pipe, "x"));
        assertEquals(FileProblem.Kind.NOT_REGULAR, refused.kind());
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");
        assertEquals(FileProblem.Kind.DIRECTORY,
                assertThrows(FileProblem.class, () -> AtomicFiles.text(folder, "x")).kind());
        try (var left = Files.list(folder)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void replacesAFileAndWritesThroughALink() throws IOException {
        Path file = folder.resolve("out.txt");
        AtomicFiles.text(file, "first");
        AtomicFiles.text(file, "second");
        assertEquals("second", Files.readString(file));
        Path link = folder.resolve("link.txt");
        Files.createSymbolicLink(link, file);
        AtomicFiles.bytes(link, new byte[] {'3'});
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertArrayEquals(new byte[] {'3'}, Files.readAllBytes(file));
        assertThrows(IOException.class, () -> AtomicFiles.text(folder.resolve("new/sub/x.txt"), "no folder"));
    }

    private Path fifo() throws IOException, InterruptedException {
        Path pipe = folder.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        return pipe;
    }

    private static FileProblem problem(Path file, int maxBytes) {
        return assertThrows(FileProblem.class, () -> TextFiles.read(file, maxBytes));
    }
}
