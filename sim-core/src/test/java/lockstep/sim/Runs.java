package lockstep.sim;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.trace.Step;

/** Test helpers: compile and run a program text. */
final class Runs {
    private Runs() {}

    static RunResult run(String source) {
        return run(source, RunOptions.defaults());
    }

    static RunResult run(String source, RunOptions options) {
        try {
            return Simulator.run(Simulator.compile("prog.py", source), options);
        } catch (ProgramError e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Runs with a listener and returns every step. */
    static List<Step> steps(String source, RunOptions options) {
        List<Step> steps = new ArrayList<>();
        run(source, options.withStepListener(steps::add));
        return steps;
    }

    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
