package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import lockstep.sim.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The final values of x the state search finds for the counter race (T threads each doing {@code x += 1} N times,
 * the {@code lost-update} program) are exactly the ones SPIN finds for the same model, {@code
 * benchmarks/spin/counter.pml}: {1..T} for N=1, {2..T*N} beyond. SPIN's figures are committed in {@code
 * benchmarks/spin/results.txt}; one test checks that the sets written here are the ones listed there.
 *
 * <p>Every model SPIN is run on is checked, up to 3 x 3 (1,824,912 interleavings, some seconds).
 */
class CounterRaceOutcomeSetsTest {
    private static final Path ROOT = Path.of(System.getProperty("lockstep.root", ".."));

    @ParameterizedTest(name = "{0} threads x N={1}")
    @CsvSource(delimiter = ';', value = {
        "2; 1; 1 2",
        "2; 2; 2 3 4",
        "2; 3; 2 3 4 5 6",
        "2; 4; 2 3 4 5 6 7 8",
        "3; 1; 1 2 3",
        "2; 5; 2 3 4 5 6 7 8 9 10",
        "2; 6; 2 3 4 5 6 7 8 9 10 11 12",
        "3; 2; 2 3 4 5 6",
        "3; 3; 2 3 4 5 6 7 8 9"})
    void modelsReachWhatSpinReaches(int threads, int n, String values) throws Exception {
        assertOutcomeSet(threads, n, values);
    }

    /** The sets above, model by model, are the ones in SPIN's committed output. */
    @Test
    void setsAreSpins() throws IOException {
        Map<String, String> spin = new TreeMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("benchmarks/spin/results.txt"))) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 1 && columns[0].matches("\\d+x\\d+")) {
                spin.put(columns[0], columns[1]);
            }
        }
        Map<String, String> ours = new TreeMap<>();
        for (int n = 1; n <= 6; n++) {
            ours.put("2x" + n, expectedSet(2, n));
        }
        for (int n = 1; n <= 3; n++) {
            ours.put("3x" + n, expectedSet(3, n));
        }
        assertEquals(ours, spin);
    }

    /** The rule, {1..T} for one increment each and {2..T*N} beyond, written as SPIN's table writes it. */
    private static String expectedSet(int threads, int n) {
        StringBuilder set = new StringBuilder("{");
        for (int x = n == 1 ? 1 : 2; x <= threads * n; x++) {
            set.append(set.length() > 1 ? "," : "").append(x);
        }
        return set.append('}').toString();
    }

    private static void assertOutcomeSet(int threads, int n, String values) throws Exception {
        ExploreResult result = Explorer.explore(LostUpdateCensusTest.lostUpdate(n, threads), RunOptions.defaults(),
                ExploreOptions.defaults(), ExploreMonitor.NONE);
        TreeSet<Long> want = new TreeSet<>();
        for (String v : values.split(" ")) {
            want.add(Long.parseLong(v));
        }
        assertTrue(result.complete(), () -> "stopped: " + result.stopReason());
        assertEquals(want, LostUpdateCensusTest.census(result).keySet());
        assertEquals(expectedSet(threads, n), "{" + String.join(",", want.stream().map(String::valueOf).toList())
                + "}");
    }
}
