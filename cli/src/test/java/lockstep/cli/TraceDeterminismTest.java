package lockstep.cli;

import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lockstep.cli.CliTest.Invocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --trace} narrates the run {@code run} makes: narration shows addresses from labels and hands out no id,
 * so the ids a program prints are the same with or without the trace (they once differed: -16 and 16).
 */
class TraceDeterminismTest {
    @TempDir
    Path dir;

    @Test
    void theTracedRunPrintsTheIdsTheUntracedRunPrints() throws IOException {
        Path program = Files.writeString(dir.resolve("ids.py"), """
                f = object()
                o = object()
                print(o, id(o) - id(f))
                """);
        Invocation plain = lockstep("run", program.toString());
        Invocation traced = lockstep("run", "--trace", program.toString());
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(0, traced.exitCode(), traced.err());
        List<String> plainLines = plain.out().lines().toList();
        assertEquals("<object object at 0x7f0000000010> -16", plainLines.get(0));
        List<String> tracedOutput = traced.out().lines().filter(line -> !line.startsWith(" ")).toList();
        assertEquals(plainLines, tracedOutput, traced.out());
        assertTrue(traced.out().lines().anyMatch(line -> line.startsWith(" ")), "no narrated line: " + traced.out());
    }
}
