package lockstep.app.simulation;

import java.util.List;
import lockstep.sim.lang.ProgramError;

/** What a simulation request gave: a run, or a program that does not compile. */
public sealed interface SimulationOutcome {
    SimulationRequest request();

    /**
     * The program ran; when a manual run awaits a choice, {@code runnable} lists the threads that may run next and
     * {@code threads} every thread there with its key; {@code refusal} is the last manual press that ran nothing,
     * or null; {@code pressesRanNothing} when the request's presses were all refused.
     */
    record Ran(SimulationRequest request, RunSession session, List<ManualScheduling.Choice> runnable,
               List<ManualThread> threads, ManualRefusal refusal, boolean pressesRanNothing)
            implements SimulationOutcome {
        public Ran {
            runnable = List.copyOf(runnable);
            threads = List.copyOf(threads);
        }

        /** A run with no manual threads to show. */
        public Ran(SimulationRequest request, RunSession session, List<ManualScheduling.Choice> runnable) {
            this(request, session, runnable, List.of(), null, false);
        }
    }

    /** The program has an error; its line and column are in the program text. */
    record NotCompiled(SimulationRequest request, ProgramError error) implements SimulationOutcome {}

    /** The simulator failed (a bug in Lockstep, not in the program); the message says what. */
    record Failed(SimulationRequest request, String message) implements SimulationOutcome {}
}
