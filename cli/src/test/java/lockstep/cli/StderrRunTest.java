package lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep run}: what the program writes to stderr (logging, print to sys.stderr) goes to stderr. */
class StderrRunTest {
    @TempDir
    Path dir;

    @Test
    void logMessagesGoToStderrAndTheOutputKeepsOnlyThePrints() throws Exception {
        Path program = Files.writeString(dir.resolve("log.py"), "import logging, sys\nprint('out')\n"
                + "logging.basicConfig(format='%(threadName)s %(levelname)s %(message)s')\n"
                + "logging.warning('careful')\nprint('err', file=sys.stderr)\n");
        CliTest.Invocation run = CliTest.lockstep("run", program.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("out\n-- completed"), run.out());
        assertEquals("MainThread WARNING careful\nerr\n", run.err());
    }
}
