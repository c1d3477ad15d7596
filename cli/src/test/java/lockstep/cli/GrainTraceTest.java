package lockstep.cli;

import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code lockstep run --trace --grain}: operation-grain traces of bundled scenarios pinned in golden files, in English
 * and Chinese, and the three grains of one small program. Regenerate after an intended change with
 * {@code -Dlockstep.updateGolden=true}.
 */
class GrainTraceTest {
    private static final Path FOLDER = Path.of(System.getProperty("lockstep.root", "..")).resolve(
            "cli/src/test/resources/golden");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"lost-update, en", "lost-update, zh", "fork-deadlock, en", "fork-deadlock, zh",
        "condition-producers, en", "condition-producers, zh", "work-tasks, en", "work-tasks, zh"})
    void operationTraceMatchesItsGoldenFile(String scenario, String language) throws IOException {
        CliTest.Invocation run = lockstep("run", scenario, "--trace", "--grain", "operation", "--lang", language);
        assertEquals(0, run.exitCode(), run.err());
        Path golden = FOLDER.resolve(scenario + ".operation." + language + ".trace");
        if (Boolean.getBoolean("lockstep.updateGolden")) {
            Files.createDirectories(FOLDER);
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), run.out());
    }

    @Test
    void operationIsTheDefaultGrainAndEachGrainGroupsTheSameSteps() throws IOException {
        Path program = Files.writeString(dir.resolve("inc.py"), "x = 0\nx += 1\nprint(x)\n");
        String byDefault = lockstep("run", "--trace", program.toString()).out();
        assertEquals(lockstep("run", "--trace", "--grain", "operation", program.toString()).out(), byDefault);
        String nl = System.lineSeparator();
        String header = "        TIME  THREAD         LINE  OP                        NARRATION" + nl;
        String summary = "1" + nl + "-- completed · 12 steps · 0.000012 s virtual time" + nl;
        assertEquals(header
                + "    0.000000  MainThread        1  #0                        MainThread starts" + nl
                + "    0.000001  MainThread        1  #1                        stores 0 in x" + nl
                + "    0.000002  MainThread        2  #2                        reads x: 0" + nl
                + "    0.000003  MainThread        2  #3..5                     stores 1 in x" + nl
                + "    0.000006  MainThread        3  #6..7                     reads x: 1" + nl
                + "    0.000008  MainThread        3  #8                        prints '1'" + nl
                + "    0.000009  MainThread        3  #9..11                    returns from <module>" + nl + summary,
                byDefault);
        assertEquals(header
                + "    0.000000  MainThread        1  #0..1                     stores 0 in x" + nl
                + "    0.000002  MainThread        2  #2..5                     stores 1 in x" + nl
                + "    0.000006  MainThread        3  #6..11                    prints '1'" + nl + summary,
                lockstep("run", "--trace", "--grain", "line", program.toString()).out());
        String microOps = lockstep("run", "--trace", "--grain", "micro-op", program.toString()).out();
        assertEquals(1 + 12 + 2, microOps.split(nl).length);
        assertTrue(microOps.contains("  INPLACE_OP +=   "), microOps);
    }

    @Test
    void anUnknownGrainIsAUsageError() throws IOException {
        Path program = Files.writeString(dir.resolve("inc.py"), "x = 0\n");
        CliTest.Invocation run = lockstep("run", "--trace", "--grain", "bytecode", program.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("expected operation, line or micro-op but was 'bytecode'"), run.err());
    }
}
