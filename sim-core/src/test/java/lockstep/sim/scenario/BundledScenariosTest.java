package lockstep.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file under {@code scenarios/} loads, is complete in both languages, is listed by the index, and shows what
 * its {@code expect} block says. Scenarios that set a step limit above {@link #FAST_STEP_LIMIT} (the sequential prime
 * check, about 250 million steps, a few seconds) can be left out with {@code -Dlockstep.skipLongScenarios=true};
 * a small variant of each keeps its program under test in the fast loop then.
 */
class BundledScenariosTest {
    static final long FAST_STEP_LIMIT = 50_000_000L;

    private static final Path FOLDER = Path.of(System.getProperty("lockstep.root", "..")).resolve("scenarios");

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
                    || p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String relative(Path file) {
        return FOLDER.relativize(file).toString().replace('\\', '/');
    }

    private static List<Scenario> scenarios() throws IOException, ScenarioError {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : files()) {
            scenarios.add(ScenarioLoader.load(file));
        }
        return scenarios;
    }

    @Test
    void theIndexListsExactlyTheScenarioFiles() throws IOException {
        List<String> indexed = BundledScenarios.parseIndex(Files.readString(FOLDER.resolve(BundledScenarios.INDEX)));
        assertEquals(indexed.stream().sorted().toList(), files().stream().map(BundledScenariosTest::relative).toList(),
                "scenarios/index.txt must list every scenario file under scenarios/, and nothing else");
        assertEquals(new HashSet<>(indexed).size(), indexed.size(), "the index lists a file twice");
    }

    @Test
    void everyScenarioIsCompleteInBothLanguages() throws IOException, ScenarioError {
        List<Path> files = files();
        assertTrue(files.size() >= 3, "expected at least three bundled scenarios, found " + files.size());
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            Scenario s = ScenarioLoader.load(file);
            String name = relative(file);
            assertEquals(ScenarioLoader.stem(file.getFileName().toString()), s.id(), name + ": id must be the file name");
            assertTrue(ids.add(s.id()), name + ": duplicate id " + s.id());
            assertNotNull(s.title().zh(), name + ": title needs zh");
            assertNotNull(s.summary().zh(), name + ": summary needs zh");
            assertFalse(s.summary().en().isBlank(), name + ": summary needs en");
            assertNotEquals(s.title().en(), s.id(), name + ": needs a title");
            assertFalse(s.tags().isEmpty(), name + ": needs tags");
            assertFalse(s.expect().isEmpty(), name + ": needs an expect block");
            assertTrue(s.expect().stream().anyMatch(e -> e instanceof Expectation.Status),
                    name + ": expect should pin the status");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioShowsWhatItExpects() throws IOException, ScenarioError {
        boolean longEnabled = !Boolean.getBoolean("lockstep.skipLongScenarios");
        return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            Long maxSteps = s.scheduler().maxSteps();
            Assumptions.assumeTrue(maxSteps == null || maxSteps <= FAST_STEP_LIMIT || longEnabled,
                    s.id() + " allows " + maxSteps + " steps: left out by -Dlockstep.skipLongScenarios=true");
            Scenario variant = variant(s, s.program());
            lockstep.sim.Program program = variant.compile();
            RunOptions options = variant.runOptions(RunOptions.defaults());
            RunResult result = Simulator.run(program, options);
            assertExpectationsPass(s, Expectations.check(s.expect(), result, program, options), result);
        }));
    }

    /** The prime check on a short list, so that its program stays under test in the fast loop. */
    @Test
    void primeCheckOnASmallList() throws Exception {
        Scenario s = ScenarioLoader.load(FOLDER.resolve("futures/primes-sequential.yaml"));
        String program = s.program().replaceFirst("(?s)PRIMES = \\[[^\\]]*\\]", "PRIMES = [1, 2, 9, 97, 7919, 1000003, 91]");
        assertNotEquals(s.program(), program);
        RunResult result = runOf(s, program);
        assertEquals(RunStatus.COMPLETED, result.status(), result.error());
        List<String> lines = result.output();
        assertEquals(List.of("1 is prime: False", "2 is prime: True", "9 is prime: False", "97 is prime: True",
                "7919 is prime: True", "1000003 is prime: True", "91 is prime: False"), lines.subList(0, 7));
        assertEquals(8, lines.size());
        assertTrue(lines.get(7).startsWith("sequential used:"), lines.get(7));
    }

    private static Scenario variant(Scenario s, String program) {
        return new Scenario(s.id(), s.title(), s.summary(), s.tags(), s.scheduler(), program, s.expect(), s.origin());
    }

    private static RunResult runOf(Scenario s, String program) throws Exception {
        Scenario variant = variant(s, program);
        return Simulator.run(variant.compile(), variant.runOptions(RunOptions.defaults()));
    }

    private static void assertExpectationsPass(Scenario s, List<ExpectationResult> results, RunResult result) {
        String failures = results.stream().filter(r -> !r.passed())
                .map(r -> r.description() + ": " + r.detail()).collect(Collectors.joining("\n  "));
        assertTrue(failures.isEmpty(), s.fileName() + " failed its expectations:\n  " + failures
                + (result.error() != null ? "\nerror:\n" + result.error() : ""));
    }
}
