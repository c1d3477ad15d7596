package lockstep.app.simulation;

import java.util.List;
import lockstep.sim.lang.ProgramError;

/** What a simulation request gave: a run, or a program that does not compile. */
public sealed interface SimulationOutcome {
    SimulationRequest request();

    /** The program ran; {@code runnable} lists the threads that may run next when a manual run awaits a choice. */
    record Ran(SimulationRequest request, RunSession session, List<ManualScheduling.Choice> runnable)
            implements SimulationOutcome {}

    /** The program has an error; its line and column are in the program text. */
    record NotCompiled(SimulationRequest request, ProgramError error) implements SimulationOutcome {}

    /** The simulator failed (a bug in Lockstep, not in the program); the message says what. */
    record Failed(SimulationRequest request, String message) implements SimulationOutcome {}
}
