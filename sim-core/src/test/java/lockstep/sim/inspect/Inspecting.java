package lockstep.sim.inspect;

import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.trace.TraceEvent;

/** Test helpers: compile a program, find the step of an event, take a picture there. */
final class Inspecting {
    private Inspecting() {}

    static Program compile(String source) {
        try {
            return Simulator.compile("prog.py", source);
        } catch (ProgramError e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The step count of the first event that {@code wanted} accepts. */
    static long stepOf(RunResult result, java.util.function.Predicate<TraceEvent> wanted) {
        for (TraceEvent e : result.trace().events()) {
            if (wanted.test(e)) {
                return e.step();
            }
        }
        throw new AssertionError("no such event in " + result.trace().events());
    }

    /** The picture right after the program printed {@code line}. */
    static Snapshot afterPrint(String source, String line) {
        Program program = compile(source);
        RunOptions options = RunOptions.defaults();
        long step = stepOf(Simulator.run(program, options), e -> e instanceof TraceEvent.Printed p
                && p.text().contains(line));
        try (Inspector inspector = new Inspector(program, options)) {
            return inspector.snapshotAt(step);
        }
    }
}
