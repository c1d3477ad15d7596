package lockstep.cli;

import static lockstep.cli.CliTest.assertNoStackTrace;
import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import lockstep.cli.CliTest.Invocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lockstep explore} end to end, with the real search: the counts, the reports, the saved schedule. A
 * search that does not end fails its test after a minute rather than hanging the build.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExploreEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(String... args) throws IOException {
        Invocation run = lockstep(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return JSON.readTree(run.out());
    }

    /** The census: for each final x, how many interleavings end with it. */
    private static Map<Long, Long> census(JsonNode report) {
        Map<Long, Long> counts = new TreeMap<>();
        for (JsonNode outcome : report.get("outcomes")) {
            assertEquals("completed", outcome.get("status").textValue());
            counts.merge(outcome.get("globals").get("x").longValue(), outcome.get("count").longValue(), Long::sum);
        }
        return counts;
    }

    @Test
    void theLostUpdateCensusWithNSet() throws IOException {
        JsonNode one = json("explore", "lost-update", "--set", "N=1", "--json");
        assertEquals(Map.of(1L, 2L, 2L, 2L), census(one));
        assertEquals(4, one.get("interleavings").longValue());
        assertEquals(true, one.get("complete").booleanValue());
        assertEquals("exhausted", one.get("stopReason").textValue());

        JsonNode two = json("explore", "lost-update", "--set", "N=2", "--json");
        assertEquals(Map.of(2L, 12L, 3L, 16L, 4L, 6L), census(two));
        assertEquals(34, two.get("interleavings").longValue());
        List<Long> counts = new ArrayList<>();
        two.get("outcomes").forEach(o -> counts.add(o.get("count").longValue()));
        assertEquals(List.of(16L, 12L, 6L), counts, "most frequent first");

        JsonNode three = json("explore", "lost-update", "--set", "N=3", "--json");
        assertEquals(Map.of(2L, 2L, 3L, 82L, 4L, 134L, 5L, 90L, 6L, 20L), census(three));
        assertEquals(328, three.get("interleavings").longValue());
    }

    @Test
    void dporCountsEveryTraceWithoutStoringStates() throws IOException {
        JsonNode two = json("explore", "lost-update", "--set", "N=2", "--mode", "dpor", "--json");
        assertEquals(Map.of(2L, 12L, 3L, 16L, 4L, 6L), census(two));
        assertEquals(34, two.get("interleavings").longValue());
        // Optimal DPOR: one run per trace, none ending asleep.
        assertEquals(34, two.get("executions").longValue());
        assertEquals(0, two.get("states").longValue());
    }

    @Test
    void eachOutcomeHasItsExampleSchedules() throws IOException {
        JsonNode report = json("explore", "lost-update", "--set", "N=1", "--json");
        for (JsonNode outcome : report.get("outcomes")) {
            assertEquals(List.of("x = " + outcome.get("globals").get("x").longValue() + " (expected 2)"),
                    JSON.convertValue(outcome.get("output"), List.class));
            assertTrue(outcome.get("problem").isNull());
            assertTrue(outcome.get("schedule").size() > 0);
            for (JsonNode slice : outcome.get("schedule")) {
                assertEquals(2, slice.size(), slice.toString());
                assertTrue(slice.get(0).isIntegralNumber() && slice.get(1).longValue() >= 1, slice.toString());
            }
            assertTrue(outcome.get("length").intValue() > 0);
            assertTrue(outcome.get("preemptions").intValue() >= 0);
            assertTrue(outcome.get("leastPreemptedSchedule").isArray());
        }
        assertTrue(report.get("seconds").isNumber());
    }

    @Test
    void theTextReport() {
        Invocation run = lockstep("explore", "lost-update", "--set", "N=2");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("#1  16 interleavings (47.1%)  completed", lines.get(0));
        assertEquals("    output:   x = 3 (expected 4)", lines.get(1));
        assertEquals("    globals:  N = 2, x = 3", lines.get(2));
        assertTrue(Pattern.matches("    schedule: length \\d+ \\(the shortest\\) · preemptions \\d+ \\(the fewest\\)",
                lines.get(3)), lines.get(3));
        assertEquals("", lines.get(4));
        assertEquals("#2  12 interleavings (35.3%)  completed", lines.get(5));
        assertEquals("#3  6 interleavings (17.6%)  completed", lines.get(10));
        assertTrue(Pattern.matches("-- 3 outcomes · 34 interleavings · [\\d,]+ executions? · [\\d,]+ states? stored · "
                + "\\d+\\.\\d{3} s", lines.get(15)), lines.get(15));
        assertEquals("-- complete: every schedule was explored, the counts are exact", lines.get(16));
    }

    @Test
    void theTextReportInChinese() {
        Invocation run = lockstep("explore", "lost-update", "--set", "N=1", "--lang", "zh");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("#1  2 个交错（50.0%）  已完成", lines.get(0));
        assertTrue(Pattern.matches("    全局：  N = 1, x = [12]", lines.get(2)), lines.get(2));
        assertTrue(run.out().contains("-- 搜索完整：已探索每个调度，计数是精确的"), run.out());
        assertTrue(Pattern.compile("-- 2 种结果 · 4 个交错 · [\\d,]+ 次执行 · 存储了 [\\d,]+ 个状态 · \\d+\\.\\d{3} 秒")
                .matcher(run.out()).find(), run.out());
    }

    @Test
    void aSavedScheduleReplaysItsOutcome() throws IOException {
        Path program = Files.writeString(dir.resolve("race.py"), """
                import threading

                x = 0

                def add():
                    global x
                    x += 1

                t1 = threading.Thread(target=add)
                t2 = threading.Thread(target=add)
                t1.start()
                t2.start()
                t1.join()
                t2.join()
                print("x =", x)
                """);
        JsonNode report = json("explore", program.toString(), "--json");
        for (int k = 1; k <= 2; k++) {
            Path saved = dir.resolve("outcome" + k + ".txt");
            Invocation explore = lockstep("explore", program.toString(), "--save-schedule", saved.toString(),
                    "--outcome", String.valueOf(k));
            assertEquals(0, explore.exitCode(), explore.err());
            assertTrue(explore.out().endsWith("-- saved the example schedule of outcome " + k + " to " + saved
                    + "; replay it with lockstep run --schedule" + System.lineSeparator()), explore.out());
            Invocation replay = lockstep("run", program.toString(), "--schedule", saved.toString(), "--json");
            assertEquals(0, replay.exitCode(), replay.err());
            assertEquals(report.get("outcomes").get(k - 1).get("output"), JSON.readTree(replay.out()).get("output"));
        }
        Invocation tooFar = lockstep("explore", program.toString(), "--save-schedule",
                dir.resolve("none.txt").toString(), "--outcome", "3");
        assertEquals(1, tooFar.exitCode());
        assertEquals("lockstep: --outcome 3: the search found 2 outcomes; no schedule saved" + System.lineSeparator(),
                tooFar.err());
    }

    @Test
    void aDeadlockIsAnOutcomeAndCanEndTheSearch() throws IOException {
        JsonNode report = json("explore", "lock-order-deadlock", "--json");
        // Each thread sleeps holding its first lock, so every schedule deadlocks; only the order of the prints varies.
        java.util.Set<String> outputs = new java.util.TreeSet<>();
        for (JsonNode outcome : report.get("outcomes")) {
            assertEquals("deadlock", outcome.get("status").textValue(), outcome.toString());
            assertTrue(outcome.get("problem").isTextual(), outcome.toString());
            outputs.add(outcome.get("output").toString());
        }
        assertEquals(java.util.Set.of("[\"T1 has a, wants b\",\"T2 has b, wants a\"]",
                "[\"T2 has b, wants a\",\"T1 has a, wants b\"]"), outputs);
        assertEquals(true, report.get("complete").booleanValue());

        JsonNode first = json("explore", "lock-order-deadlock", "--stop-at-first-deadlock", "--json");
        assertEquals("first-deadlock", first.get("stopReason").textValue());
        assertEquals(false, first.get("complete").booleanValue());
        Invocation text = lockstep("explore", "lock-order-deadlock", "--stop-at-first-deadlock");
        assertTrue(text.out().contains("    problem:  "), text.out());
        assertTrue(text.out().contains("-- not complete: stopped at the first deadlock (--stop-at-first-deadlock)"),
                text.out());
        assertNoStackTrace(text);
    }

    @Test
    void theSamplingModesCountRuns() throws IOException {
        JsonNode random = json("explore", "lost-update", "--set", "N=2", "--mode", "random", "--runs", "50",
                "--seed", "7", "--json");
        assertEquals(50, random.get("interleavings").longValue());
        assertEquals("sampled", random.get("stopReason").textValue());
        assertEquals(false, random.get("complete").booleanValue());
        JsonNode again = json("explore", "lost-update", "--set", "N=2", "--mode", "random", "--runs", "50",
                "--seed", "7", "--json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) random).remove("seconds");
        ((com.fasterxml.jackson.databind.node.ObjectNode) again).remove("seconds");
        assertEquals(random, again, "the same seed, the same runs");

        JsonNode pct = json("explore", "lost-update", "--set", "N=2", "--mode", "pct", "--runs", "20", "--depth", "2",
                "--json");
        assertEquals(20, pct.get("interleavings").longValue());
        assertTrue(pct.get("pctBound").isNumber(), pct.toString());
        Invocation text = lockstep("explore", "lost-update", "--set", "N=2", "--mode", "pct", "--runs", "20");
        assertTrue(text.out().contains(" runs (") && text.out().contains("-- PCT: one run finds a given bug of depth 3 "
                + "with probability at least "), text.out());
    }

    @Test
    void theLimitsStopTheSearch() throws IOException {
        JsonNode executions = json("explore", "lost-update", "--set", "N=3", "--mode", "dpor", "--max-executions",
                "5", "--json");
        assertEquals("max-executions", executions.get("stopReason").textValue());
        assertEquals(false, executions.get("complete").booleanValue());
        JsonNode states = json("explore", "lost-update", "--set", "N=3", "--max-states", "5", "--json");
        assertEquals("max-states", states.get("stopReason").textValue());
        JsonNode bounded = json("explore", "lost-update", "--set", "N=3", "--preemption-bound", "0", "--json");
        assertEquals("bounded", bounded.get("stopReason").textValue());
        JsonNode timed = json("explore", "lost-update", "--max-seconds", "0.2", "--json");
        assertEquals("stopped", timed.get("stopReason").textValue(), "N = 200 is far too many to finish");
    }
}
