package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lockstep.sim.trace.TraceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Narrated traces pinned in golden files, in English and Chinese: every step of a lock hand-off and of a deadlock,
 * as {@code --trace} prints them. Regenerate after an intended change with {@code -Dlockstep.updateGolden=true}.
 */
class GoldenTraceTest {
    private static final Path FOLDER = Path.of(System.getProperty("lockstep.root", "..")).resolve(
            "sim-core/src/test/resources/golden");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"handoff, en", "handoff, zh", "opposite_locks, en", "opposite_locks, zh"})
    void narratedTraceMatchesItsGoldenFile(String program, String language) throws IOException {
        String source = Files.readString(FOLDER.resolve(program + ".py"), StandardCharsets.UTF_8);
        TraceText text = TraceText.forLanguage(language);
        StringBuilder actual = new StringBuilder(text.header()).append('\n');
        RunResult result = Runs.run(source, RunOptions.defaults().withStepListener(
                step -> actual.append(text.line(step)).append('\n')));
        actual.append("-- ").append(result.status().jsonName()).append('\n').append(result.outputText());
        Path golden = FOLDER.resolve(program + "." + language + ".trace");
        if (Boolean.getBoolean("lockstep.updateGolden")) {
            Files.writeString(golden, actual.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual.toString());
    }
}
