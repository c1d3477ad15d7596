package lockstep.cli;

import static lockstep.cli.CliTest.assertNoStackTrace;
import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line reads only regular files, never replaces anything but one, names the file in every problem with
 * it, and says so (exit 74) when its output is lost — except to a reader that closed the pipe.
 */
class FileSafetyTest {
    @TempDir
    Path dir;

    private Path hello() throws IOException {
        return Files.writeString(dir.resolve("hello.py"), "print('hi')\n");
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path pipe = dir.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor());
        return pipe;
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aPipeOrADeviceIsRefusedAsInputWithoutWaitingOnIt() throws Exception {
        Path pipe = fifo("fifo.py");
        CliTest.Invocation scenario = lockstep("run", pipe.toString());
        assertEquals(1, scenario.exitCode());
        assertEquals(pipe + ": is not a regular file (a pipe, a device or a socket); only regular files are read\n",
                scenario.err());
        CliTest.Invocation schedule = lockstep("run", hello().toString(), "--schedule", "/dev/zero");
        assertEquals(1, schedule.exitCode());
        assertEquals("lockstep: /dev/zero: is not a regular file (a pipe, a device or a socket); only regular files "
                + "are read\n", schedule.err());
    }

    @Test
    void aScheduleFileThatCannotBeReadIsNamedWithTheReason() throws IOException {
        String hello = hello().toString();
        Path missing = dir.resolve("missing.txt");
        assertEquals("lockstep: " + missing + ": no such file\n", lockstep("run", hello, "--schedule",
                missing.toString()).err());
        assertEquals("lockstep: " + dir + ": is a directory, not a file\n", lockstep("run", hello, "--schedule",
                dir.toString()).err());
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'1', ' ', '2', '\n', (byte) 0xfe, 0});
        CliTest.Invocation run = lockstep("run", hello, "--schedule", binary.toString());
        assertEquals(1, run.exitCode());
        assertEquals("lockstep: " + binary + ": not valid UTF-8 text (line 2, column 1)\n", run.err());
        assertNoStackTrace(run);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anOutputPipeIsNeverReplaced() throws Exception {
        Path pipe = fifo("out.svg");
        CliTest.Invocation export = lockstep("export", hello().toString(), "--format", "svg", "--out",
                pipe.toString());
        assertEquals(1, export.exitCode());
        assertTrue(export.err().contains("is not a regular file"), export.err());
        CliTest.Invocation save = lockstep("run", hello().toString(), "--save-schedule", pipe.toString());
        assertEquals(1, save.exitCode(), save.err());
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");
    }

    @Test
    void lostOutputIsAnErrorButAClosedPipeIsNot() throws IOException {
        WatchedOutput full = new WatchedOutput(failing("No space left on device"));
        writeThrough(full);
        StringWriter err = new StringWriter();
        assertEquals(Main.OUTPUT_ERROR, Main.checkedOutput(0, full, new PrintWriter(err, true)));
        assertEquals("lockstep: cannot write the output: No space left on device\n", err.toString());

        WatchedOutput closed = new WatchedOutput(failing("Broken pipe"));
        writeThrough(closed);
        StringWriter quiet = new StringWriter();
        assertEquals(0, Main.checkedOutput(0, closed, new PrintWriter(quiet, true)));
        assertEquals("", quiet.toString());

        WatchedOutput fine = new WatchedOutput(new ByteArrayOutputStream());
        writeThrough(fine);
        assertEquals(3, Main.checkedOutput(3, fine, new PrintWriter(new StringWriter())));
    }

    private static void writeThrough(WatchedOutput out) {
        PrintWriter writer = new PrintWriter(out);
        writer.println("{\"formatVersion\": 1}");
        writer.flush();
    }

    private static OutputStream failing(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(message);
            }
        };
    }
}
