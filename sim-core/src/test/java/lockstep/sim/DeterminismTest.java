package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The simulator is a function of its program, options and seed: every conformance program and every bundled
 * scenario, run twice in one JVM and once more with a step listener watching, gives the same trace (segments and
 * events), output, step count, virtual time, schedule and findings. {@code ./mvnw verify} runs this class a second
 * time under {@code -XX:+UseSerialGC} (the {@code determinism-serial-gc} execution), where identity hashes and
 * allocation differ from the default collector's.
 *
 * <p>Runs are cut at {@link #MAX_STEPS}: the prime-check scenarios take hundreds of millions of steps, and a
 * difference shows within the first few hundred thousand as surely as at the end (a cut run ends with the same
 * STEP_LIMIT event every time, or it differs). The bundled-scenario and conformance tests run them to the end.
 */
class DeterminismTest {
    /** Longer runs are cut here, which keeps the three runs of every program well under a minute in all. */
    static final long MAX_STEPS = 300_000;
    /** Set only by the {@code determinism-serial-gc} execution: the garbage collector the JVM must be using. */
    static final String EXPECTED_GC = "lockstep.determinism.expectedGc";

    private static final Path ROOT = Path.of(System.getProperty("lockstep.root", ".."));

    @TestFactory
    Stream<DynamicTest> everyConformanceProgramRunsTheSameEveryTime() throws IOException {
        Path folder = ROOT.resolve("sim-core/src/test/resources/conformance");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().matches("\\d{3}_\\w+\\.py")).sorted().toList();
        }
        assertTrue(files.size() > 100, "conformance programs not found in " + folder);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Program program = Simulator.compile(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
            assertRunsTheSame(program, RunOptions.defaults().withMaxSteps(MAX_STEPS));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioRunsTheSameEveryTime() throws IOException {
        Path folder = ROOT.resolve("scenarios");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)")).sorted().toList();
        }
        assertTrue(files.size() > 10, "bundled scenarios not found in " + folder);
        return files.stream().map(file -> DynamicTest.dynamicTest(folder.relativize(file).toString(), () -> {
            Scenario scenario = ScenarioLoader.load(file);
            RunOptions options = scenario.runOptions(RunOptions.defaults());
            assertRunsTheSame(scenario.compile(), options.withMaxSteps(Math.min(options.maxSteps(), MAX_STEPS)));
        }));
    }

    /** In the {@code determinism-serial-gc} execution: the argLine really switched the collector. */
    @Test
    void runsUnderTheCollectorItWasAskedFor() throws ReflectiveOperationException {
        List<String> collectors = collectorNames();
        System.out.println("DeterminismTest runs with the garbage collectors " + collectors);
        if ("Serial".equals(System.getProperty(EXPECTED_GC))) {
            // The serial collector's two generations.
            assertEquals(List.of("Copy", "MarkSweepCompact"), collectors);
        }
    }

    /**
     * The names of the JVM's garbage collectors, read through reflection: sim-core is a module that does not read
     * java.management, and its tests run inside it.
     */
    private static List<String> collectorNames() throws ReflectiveOperationException {
        Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
        Class<?> bean = Class.forName("java.lang.management.MemoryManagerMXBean");
        List<String> names = new ArrayList<>();
        for (Object collector : (List<?>) factory.getMethod("getGarbageCollectorMXBeans").invoke(null)) {
            names.add((String) bean.getMethod("getName").invoke(collector));
        }
        return names;
    }

    private static void assertRunsTheSame(Program program, RunOptions options) {
        RunResult first = Simulator.run(program, options);
        RunResult second = Simulator.run(program, options);
        long[] watched = new long[1];
        RunResult third = Simulator.run(program, options.withStepListener(step -> watched[0]++));
        assertSame(first, second, "a second run");
        assertSame(first, third, "a run watched by a step listener");
        assertTrue(watched[0] > 0, "the listener saw no step");
    }

    private static void assertSame(RunResult expected, RunResult actual, String which) {
        assertEquals(expected.status(), actual.status(), which + ": status");
        assertEquals(expected.outputText(), actual.outputText(), which + ": output");
        assertEquals(expected.errorOutput(), actual.errorOutput(), which + ": standard error");
        assertEquals(expected.error(), actual.error(), which + ": error");
        assertEquals(expected.steps(), actual.steps(), which + ": steps");
        assertEquals(expected.timeNanos(), actual.timeNanos(), which + ": virtual time");
        assertEquals(expected.trace().segments(), actual.trace().segments(), which + ": segments");
        assertEquals(expected.trace().events(), actual.trace().events(), which + ": events");
        assertEquals(expected.schedule().slices(), actual.schedule().slices(), which + ": schedule");
        assertEquals(expected.races(), actual.races(), which + ": races");
        assertEquals(expected.deadlock(), actual.deadlock(), which + ": deadlock");
        assertEquals(expected.globals(), actual.globals(), which + ": globals");
    }
}
