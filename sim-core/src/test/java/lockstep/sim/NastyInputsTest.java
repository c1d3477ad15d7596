package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed hostile inputs ({@code src/test/resources/nasty/*.py}, their outcomes in {@code expected.tsv}): each
 * must end as the table says — MemoryError, CPython's ValueError, the step limit, or its output — with the default
 * step limit and memory budget, in a fraction of a second, and the same way twice (steps included).
 */
class NastyInputsTest {
    record Expected(String name, RunStatus status, String outcome) {}

    static Stream<Arguments> inputs() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : resource("expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            RunStatus status = switch (cells[1]) {
                case "error" -> RunStatus.ERROR;
                case "completed" -> RunStatus.COMPLETED;
                case "step-limit" -> RunStatus.STEP_LIMIT;
                default -> throw new IllegalArgumentException(line);
            };
            cases.add(Arguments.of(Named.of(cells[0], new Expected(cells[0], status, cells[2]))));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    @Timeout(10)
    void endsAsExpectedAndTheSameTwice(Expected expected) throws IOException {
        String source = resource(expected.name() + ".py");
        RunResult first = Runs.run(source);
        assertEquals(expected.status(), first.status(), () -> expected.name() + ": " + first.error());
        if (expected.status() == RunStatus.ERROR) {
            assertEquals(expected.outcome(), Runs.lastLine(first.error()));
        } else {
            assertEquals(expected.outcome(), first.outputText().replace('\n', '|'));
        }
        if (expected.status() == RunStatus.STEP_LIMIT) {
            assertEquals(RunOptions.DEFAULT_MAX_STEPS, first.steps());
        }
        RunResult second = Runs.run(source);
        assertEquals(first.status(), second.status());
        assertEquals(first.steps(), second.steps());
        assertEquals(first.timeNanos(), second.timeNanos());
        assertEquals(first.outputText(), second.outputText());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NastyInputsTest.class.getResourceAsStream("/nasty/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
