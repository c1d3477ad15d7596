package lockstep.app.simulation;

import java.util.List;
import java.util.Objects;
import lockstep.app.document.ScenarioDocument;
import lockstep.sim.RunOptions;
import lockstep.sim.Schedule;
import lockstep.sim.trace.Grain;

/**
 * What to simulate: the program as edited, from a document, with these options. {@code manualSchedule} is set in
 * manual mode: the run follows it and stops where it ends, waiting for the next choice. {@code presses} are the
 * manual-mode keys pressed since, applied in order after {@code manualSchedule}, each a step at {@code grain}.
 */
public record SimulationRequest(ScenarioDocument document, String program, RunOptions options,
                                Schedule manualSchedule, List<ManualPress> presses, Grain grain) {
    public SimulationRequest {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(options, "options");
        presses = List.copyOf(presses);
        Objects.requireNonNull(grain, "grain");
    }

    /** A request with no presses. */
    public SimulationRequest(ScenarioDocument document, String program, RunOptions options, Schedule manualSchedule) {
        this(document, program, options, manualSchedule, List.of(), Grain.OPERATION);
    }

    public boolean manual() {
        return manualSchedule != null;
    }
}
