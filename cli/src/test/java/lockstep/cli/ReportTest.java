package lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.scenario.ExpectationResult;
import lockstep.sim.trace.Trace;
import org.junit.jupiter.api.Test;

/** The text and JSON reports of a run, from hand-made results. */
class ReportTest {
    private static final String NL = System.lineSeparator();

    private static RunResult result(RunStatus status, String output, long nanos, long steps, String error) {
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("x", 2L);
        globals.put("name", "Ada");
        globals.put("items", List.of(1L, 2.5, true));
        globals.put("table", Map.of("k", "v"));
        globals.put("nothing", null);
        return new RunResult(status, output, globals, nanos, steps, error, new Trace(), null);
    }

    private static String[] text(RunResult result, List<ExpectationResult> expectations, long maxSteps) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        TextReport.print(result, RunOptions.defaults().withMaxSteps(maxSteps), expectations, new PrintWriter(out),
                new PrintWriter(err));
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void summaryLine() {
        assertEquals("-- completed · 45 steps · 0.000045 s virtual time",
                TextReport.summary(result(RunStatus.COMPLETED, "", 45_000, 45, null)));
        assertEquals("-- deadlock · 1 step · 2.000000 s virtual time",
                TextReport.summary(result(RunStatus.DEADLOCK, "", 2_000_000_000L, 1, null)));
    }

    @Test
    void textPrintsTheOutputAsPrintedThenTheSummary() {
        String[] printed = text(result(RunStatus.COMPLETED, "hi\n  spaced  \n", 3_000, 3, null), List.of(), 100);
        assertEquals("hi\n  spaced  \n-- completed · 3 steps · 0.000003 s virtual time" + NL, printed[0]);
        assertEquals("", printed[1]);
    }

    @Test
    void anUnfinishedLastLineGetsItsLineBreak() {
        String[] printed = text(result(RunStatus.COMPLETED, "no newline", 0, 1, null), List.of(), 100);
        assertEquals("no newline" + NL + "-- completed · 1 step · 0.000000 s virtual time" + NL, printed[0]);
    }

    @Test
    void theTracebackGoesToStderr() {
        String traceback = "Traceback (most recent call last):\n  File \"div.py\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n";
        String[] printed = text(result(RunStatus.ERROR, "", 2_000, 2, traceback), List.of(), 100);
        assertEquals("-- error · 2 steps · 0.000002 s virtual time" + NL, printed[0]);
        assertEquals(traceback, printed[1]);
    }

    @Test
    void theStepLimitIsExplained() {
        String[] printed = text(result(RunStatus.STEP_LIMIT, "", 1_000_000, 1000, "step limit"), List.of(), 1000);
        assertEquals("-- step-limit · 1000 steps · 0.001000 s virtual time" + NL, printed[0]);
        assertEquals("lockstep: stopped at the step limit of 1000 steps; allow more with --max-steps N" + NL,
                printed[1]);
    }

    @Test
    void expectationsAreListedAfterTheSummary() {
        List<ExpectationResult> expectations = List.of(
                new ExpectationResult("status: completed", true, "status was completed"),
                new ExpectationResult("x == 3", false, "was False"));
        String[] printed = text(result(RunStatus.COMPLETED, "", 0, 5, null), expectations, 100);
        assertEquals("-- completed · 5 steps · 0.000000 s virtual time" + NL
                + "-- expect: 1 of 2 passed" + NL
                + "   ok    status: completed" + NL
                + "   FAIL  x == 3  (was False)" + NL, printed[0]);
    }

    @Test
    void theReportSpeaksChineseWithLangZh() {
        List<ExpectationResult> expectations = List.of(
                new ExpectationResult("status: deadlock", true, "status was deadlock"),
                new ExpectationResult("x == 3", false, "was False"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        TextReport.print(result(RunStatus.DEADLOCK, "", 2_000_000_000L, 1, null), RunOptions.defaults(), expectations,
                new PrintWriter(out), new PrintWriter(err), "zh");
        assertEquals("-- 死锁 · 1 步 · 虚拟时间 2.000000 秒" + NL
                + "-- 预期：2 项中 1 项满足" + NL
                + "   满足  status: deadlock" + NL
                + "   不满足  x == 3  （was False）" + NL, out.toString());
        StringWriter limit = new StringWriter();
        TextReport.print(result(RunStatus.STEP_LIMIT, "", 0, 7, null), RunOptions.defaults().withMaxSteps(7), List.of(),
                new PrintWriter(new StringWriter()), new PrintWriter(limit), "zh");
        assertEquals("lockstep：运行在 7 步的上限处停止；用 --max-steps N 允许更多步" + NL, limit.toString());
    }

    @Test
    void jsonHasEveryFieldInOrder() {
        String json = JsonReport.write(result(RunStatus.COMPLETED, "a\nb\n", 45_000, 45, null),
                List.of(new ExpectationResult("x == 2", true, "was True")));
        assertEquals("""
                {
                  "formatVersion" : 1,
                  "status" : "completed",
                  "output" : [ "a", "b" ],
                  "globals" : {
                    "x" : 2,
                    "name" : "Ada",
                    "items" : [ 1, 2.5, true ],
                    "table" : {
                      "k" : "v"
                    },
                    "nothing" : null
                  },
                  "time" : 0.000045,
                  "steps" : 45,
                  "deadlock" : null,
                  "races" : [ ],
                  "expectations" : [ {
                    "expect" : "x == 2",
                    "passed" : true,
                    "detail" : "was True"
                  } ],
                  "error" : null,
                  "lost_updates" : 0
                }""".replace("\n", NL), json);
    }

    @Test
    void jsonTimeIsAPlainNumber() {
        assertEquals("0", time(0));
        assertEquals("1", time(1_000_000_000L));
        assertEquals("400.000000001", time(400_000_000_001L));
    }

    private static String time(long nanos) {
        String json = JsonReport.write(result(RunStatus.COMPLETED, "", nanos, 0, null), List.of());
        String line = json.lines().filter(l -> l.contains("\"time\"")).findFirst().orElseThrow();
        return line.replaceAll(".*: ", "").replace(",", "");
    }

    @Test
    void jsonCarriesTheErrorAndNoneKeys() {
        Map<Object, Object> table = new LinkedHashMap<>();
        table.put(null, 1L);
        table.put(7L, "seven");
        RunResult result = new RunResult(RunStatus.ERROR, "", Map.of("t", table), 0, 1, "boom\n", new Trace(), null);
        String json = JsonReport.write(result, List.of());
        assertEquals(true, json.contains("\"None\" : 1"), json);
        assertEquals(true, json.contains("\"7\" : \"seven\""), json);
        assertEquals(true, json.contains("\"error\" : \"boom\\n\""), json);
    }
}
