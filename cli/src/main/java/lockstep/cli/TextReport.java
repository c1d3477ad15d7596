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
        String output = result.outputText();
        out.print(output);
        if (!output.isEmpty() && !output.endsWith("\n")) {
            out.println();
        }
        out.flush();
        if (result.status() == RunStatus.STEP_LIMIT) {
            err.println("lockstep: stopped at the step limit of " + options.maxSteps()
                    + " steps; allow more with --max-steps N");
        } else if (result.error() != null) {
            err.print(result.error());
            if (!result.error().endsWith("\n")) {
                err.println();
            }
        }
        if (!result.errorOutput().isEmpty()) {
            err.print(result.errorOutput());
        }
        err.flush();
        out.println(summary(result));
        if (!expectations.isEmpty()) {
            long passed = expectations.stream().filter(ExpectationResult::passed).count();
            out.println("-- expect: " + passed + " of " + expectations.size() + " passed");
            for (ExpectationResult e : expectations) {
                out.println(e.passed() ? "   ok    " + e.description()
                        : "   FAIL  " + e.description() + "  (" + e.detail() + ")");
            }
        }
        out.flush();
    }

    /**
     * {@code -- completed · 45 steps · 0.000045 s virtual time}, and {@code · 169 lost updates} after it when the run
     * lost any (a run without lost updates keeps the line it always had).
     */
    static String summary(RunResult result) {
        return "-- " + result.status().jsonName() + " · " + result.steps() + (result.steps() == 1 ? " step" : " steps")
                + " · " + TraceText.seconds(result.timeNanos()) + " s virtual time" + lostUpdates(result.lostUpdates());
    }

    private static String lostUpdates(long count) {
        return count == 0 ? "" : " · " + count + (count == 1 ? " lost update" : " lost updates");
    }
}
