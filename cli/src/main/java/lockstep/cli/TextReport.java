package lockstep.cli;

import java.io.PrintWriter;
import java.util.List;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.scenario.ExpectationResult;
import lockstep.sim.trace.TraceText;

/**
 * The text report of {@code lockstep run}: the program's output exactly as printed; on stderr the traceback of an
 * uncaught exception or the step-limit message; then a summary line and, when the scenario has expectations, one
 * line for each.
 */
final class TextReport {
    private TextReport() {}

    static void print(RunResult result, RunOptions options, List<ExpectationResult> expectations, PrintWriter out,
                      PrintWriter err) {
        print(result, options, expectations, out, err, "en");
    }

    /**
     * The report in {@code language} ({@code en} or {@code zh}): the summary, the expectations' lines and the
     * messages; a deadlock is told as the narration tells it. The program's output and tracebacks are CPython's.
     */
    static void print(RunResult result, RunOptions options, List<ExpectationResult> expectations, PrintWriter out,
                      PrintWriter err, String language) {
        ReportTexts texts = new ReportTexts(language);
        String output = result.outputText();
        out.print(output);
        if (!output.isEmpty() && !output.endsWith("\n")) {
            out.println();
        }
        out.flush();
        if (result.status() == RunStatus.STEP_LIMIT) {
            err.println(texts.text("step_limit", options.maxSteps()));
        } else if (result.status() == RunStatus.INTERNAL_ERROR) {
            // The simulator's fault, not the program's: say so, then the machine's state as the run reports it.
            err.println(texts.text("internal_error"));
            err.print(result.error());
        } else if (result.error() != null) {
            String error = result.status() == RunStatus.DEADLOCK ? texts.deadlock(result) : result.error();
            err.print(error);
            if (!error.endsWith("\n")) {
                err.println();
            }
        }
        if (!result.errorOutput().isEmpty()) {
            err.print(result.errorOutput());
        }
        err.flush();
        out.println(summary(result, texts));
        if (!expectations.isEmpty()) {
            long passed = expectations.stream().filter(ExpectationResult::passed).count();
            out.println(texts.text("expect", passed, expectations.size()));
            for (ExpectationResult e : expectations) {
                out.println(e.passed() ? texts.text("expect.ok", e.description())
                        : texts.text("expect.fail", e.description(), texts.render(e.told())));
            }
        }
        out.flush();
    }

    /**
     * {@code -- completed · 45 steps · 0.000045 s virtual time}, and {@code · 169 lost updates} after it when the run
     * lost any (a run without lost updates keeps the line it always had).
     */
    static String summary(RunResult result) {
        return summary(result, new ReportTexts("en"));
    }

    private static String summary(RunResult result, ReportTexts texts) {
        String line = texts.text(result.steps() == 1 ? "summary.one" : "summary.many",
                texts.text("status." + result.status().jsonName()), result.steps(),
                TraceText.seconds(result.timeNanos()));
        long lost = result.lostUpdates();
        return lost == 0 ? line : line + texts.text(lost == 1 ? "summary.lost_one" : "summary.lost_many", lost);
    }
}
