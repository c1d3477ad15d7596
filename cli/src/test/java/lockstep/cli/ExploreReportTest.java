package lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.RunStatus;
import lockstep.sim.Schedule;
import lockstep.sim.explore.ExploreMode;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;
import lockstep.sim.explore.StopReason;
import org.junit.jupiter.api.Test;

/**
 * The explore reports' layout, word for word, on results made by hand: so the text and JSON forms are pinned
 * whatever the search finds (the end-to-end tests run the real search).
 */
class ExploreReportTest {
    private static Schedule schedule(int... threadsAndSteps) {
        Schedule s = new Schedule();
        for (int i = 0; i < threadsAndSteps.length; i += 2) {
            s.add(threadsAndSteps[i], threadsAndSteps[i + 1]);
        }
        return s;
    }

    private static Map<String, Object> globals(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static final Outcome FOUR = new Outcome(RunStatus.COMPLETED, List.of("x = 4 (expected 4)"),
            globals("N", 2L, "x", 4L), null, BigInteger.valueOf(6), schedule(1, 9, 2, 20, 3, 20, 1, 5), 14,
            schedule(1, 9, 2, 20, 3, 20, 1, 5), 0, null);
    private static final Outcome THREE = new Outcome(RunStatus.COMPLETED, List.of("x = 3 (expected 4)"),
            globals("N", 2L, "x", 3L), null, BigInteger.valueOf(16), schedule(1, 9, 2, 4, 3, 6, 2, 16, 3, 14, 1, 5),
            14, schedule(1, 9, 2, 4, 3, 20, 2, 16, 1, 5), 1, null);
    private static final Outcome STUCK = new Outcome(RunStatus.DEADLOCK, List.of(), globals("name", "a b"),
            "T1 → b → T2 → a → T1", new BigInteger("12345678901234567890123"), schedule(2, 3, 3, 3), 6,
            schedule(2, 3, 3, 3), 1, null);

    private static String text(ExploreResult result, ExploreOptions options, String language, Double maxSeconds) {
        StringWriter out = new StringWriter();
        new ExploreTextReport(language, options, maxSeconds).print(result, 0.2134, new PrintWriter(out));
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void oneBlockPerOutcomeMostFrequentFirstThenTheTotals() {
        ExploreResult result = new ExploreResult(List.of(FOUR, THREE), BigInteger.valueOf(22), 57, 120,
                StopReason.EXHAUSTED, BigInteger.valueOf(34), null);
        assertEquals("""
                #1  16 interleavings (72.7%)  completed
                    output:   x = 3 (expected 4)
                    globals:  N = 2, x = 3
                    schedule: length 14 (the shortest) · preemptions 1 (the fewest)

                #2  6 interleavings (27.3%)  completed
                    output:   x = 4 (expected 4)
                    globals:  N = 2, x = 4
                    schedule: length 14 (the shortest) · preemptions 0 (the fewest)

                -- 2 outcomes · 22 interleavings · 57 executions · 120 states stored · 0.213 s
                -- complete: every schedule was explored, the counts are exact
                -- estimated before the search: about 34 interleavings
                """, text(result, ExploreOptions.defaults(), "en", null));
    }

    @Test
    void aDeadlockHugeCountsAndAnIncompleteSearch() {
        ExploreResult result = new ExploreResult(List.of(STUCK), STUCK.count(), 1, 1, StopReason.STOPPED, null, null);
        assertEquals("""
                #1  12,345,678,901,234,567,890,123 interleavings (100.0%)  deadlock
                    output:   (nothing printed)
                    globals:  name = "a b"
                    problem:  T1 → b → T2 → a → T1
                    schedule: length 6 (the shortest) · preemptions 1 (the fewest)

                -- 1 outcome · 12,345,678,901,234,567,890,123 interleavings · 1 execution · 1 state stored · 0.213 s
                -- not complete: the time limit of 2.500 s was reached (--max-seconds)
                """, text(result, ExploreOptions.defaults(), "en", 2.5));
    }

    @Test
    void everyReasonToStopInWords() {
        ExploreOptions options = ExploreOptions.defaults().withMaxExecutions(1000).withMaxStates(5000)
                .withPreemptionBound(2);
        Map<StopReason, String> expected = new LinkedHashMap<>();
        expected.put(StopReason.BOUNDED, "at most 2 preemptions per schedule (--preemption-bound), so other schedules "
                + "were left out");
        expected.put(StopReason.MAX_EXECUTIONS, "the limit of 1,000 executions was reached (--max-executions)");
        expected.put(StopReason.MAX_STATES, "the limit of 5,000 stored states was reached (--max-states)");
        expected.put(StopReason.FIRST_DEADLOCK, "stopped at the first deadlock (--stop-at-first-deadlock)");
        expected.forEach((reason, words) -> {
            String report = text(new ExploreResult(List.of(), BigInteger.ZERO, 0, 0, reason, null, null), options,
                    "en", null);
            assertEquals("-- no outcome: the search ended before any schedule did\n-- 0 outcomes · 0 interleavings · "
                    + "0 executions · 0 states stored · 0.213 s\n-- not complete: " + words + "\n", report);
        });
    }

    @Test
    void pctCountsRunsAndPrintsItsBound() {
        ExploreOptions pct = ExploreOptions.defaults().withMode(ExploreMode.PCT).withRuns(1000).withDepth(2);
        ExploreResult result = new ExploreResult(List.of(THREE, FOUR), BigInteger.valueOf(22), 22, 0,
                StopReason.SAMPLED, null, 0.012345);
        String report = text(result, pct, "en", null);
        assertEquals("#1  16 runs (72.7%)  completed", report.lines().findFirst().orElseThrow());
        assertEquals(List.of("-- 2 outcomes · 22 runs · 22 executions · 0 states stored · 0.213 s",
                "-- not complete: 22 runs sampled (--mode pct), not every schedule",
                "-- PCT: one run finds a given bug of depth 2 with probability at least 1.23%"),
                report.lines().skip(report.lines().count() - 3).toList());
    }

    @Test
    void theReportInChinese() {
        ExploreResult result = new ExploreResult(List.of(THREE, STUCK), BigInteger.valueOf(16).add(STUCK.count()),
                3, 4, StopReason.MAX_EXECUTIONS, BigInteger.valueOf(1_234_567), null);
        assertEquals("""
                #1  12,345,678,901,234,567,890,123 个交错（100.0%）  死锁
                    输出：  （没有输出）
                    全局：  name = "a b"
                    问题：  T1 → b → T2 → a → T1
                    调度：  长度 6（最短的）· 抢占 1 次（最少的）

                #2  16 个交错（0.0%）  已完成
                    输出：  x = 3 (expected 4)
                    全局：  N = 2, x = 3
                    调度：  长度 14（最短的）· 抢占 1 次（最少的）

                -- 2 种结果 · 12,345,678,901,234,567,890,139 个交错 · 3 次执行 · 存储了 4 个状态 · 0.213 秒
                -- 搜索不完整：达到了 3 次执行的上限（--max-executions）
                -- 搜索前的估计：约 1,234,567 个交错
                """, text(result, ExploreOptions.defaults().withMaxExecutions(3), "zh", null));
    }

    @Test
    void theJsonHasTheIssuesFieldsInOrder() throws Exception {
        ExploreResult result = new ExploreResult(List.of(FOUR, THREE, STUCK),
                BigInteger.valueOf(22).add(STUCK.count()), 57, 120, StopReason.MAX_STATES, null, null);
        JsonNode json = new ObjectMapper().readTree(ExploreJsonReport.write(result, 1.23456));
        assertEquals(List.of("formatVersion", "outcomes", "interleavings", "executions", "states", "complete", "stopReason", "seconds",
                "estimate", "pctBound"), fieldNames(json));
        JsonNode first = json.get("outcomes").get(0);
        assertEquals(List.of("output", "globals", "status", "problem", "count", "schedule", "length", "preemptions",
                "leastPreemptedSchedule"), fieldNames(first));
        assertEquals("12345678901234567890123", first.get("count").textValue(), "beyond a long: a string of digits");
        assertEquals("deadlock", first.get("status").textValue());
        assertEquals("T1 → b → T2 → a → T1", first.get("problem").textValue());
        assertEquals("[[2,3],[3,3]]", first.get("schedule").toString());
        JsonNode second = json.get("outcomes").get(1);
        assertEquals(16, second.get("count").longValue());
        assertEquals(true, second.get("count").isIntegralNumber());
        assertEquals("{\"N\":2,\"x\":3}", second.get("globals").toString());
        assertEquals("[\"x = 3 (expected 4)\"]", second.get("output").toString());
        assertEquals(true, second.get("problem").isNull());
        assertEquals("[[1,9],[2,4],[3,6],[2,16],[3,14],[1,5]]", second.get("schedule").toString());
        assertEquals("[[1,9],[2,4],[3,20],[2,16],[1,5]]", second.get("leastPreemptedSchedule").toString());
        assertEquals(14, second.get("length").intValue());
        assertEquals(1, second.get("preemptions").intValue());
        assertEquals("12345678901234567890145", json.get("interleavings").textValue());
        assertEquals(57, json.get("executions").longValue());
        assertEquals(120, json.get("states").longValue());
        assertEquals(false, json.get("complete").booleanValue());
        assertEquals("max-states", json.get("stopReason").textValue());
        assertEquals("1.235", json.get("seconds").asText());
        assertEquals(true, json.get("estimate").isNull());
        assertEquals(true, json.get("pctBound").isNull());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
