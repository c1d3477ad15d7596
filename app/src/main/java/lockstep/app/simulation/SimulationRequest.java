package lockstep.app.simulation;

import java.util.Objects;
import lockstep.app.document.ScenarioDocument;
import lockstep.sim.RunOptions;
import lockstep.sim.Schedule;

/**
 * What to simulate: the program as edited, from a document, with these options. {@code manualSchedule} is set in
 * manual mode: the run follows it and stops where it ends, waiting for the next choice.
 */
public record SimulationRequest(ScenarioDocument document, String program, RunOptions options,
                                Schedule manualSchedule) {
    public SimulationRequest {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(options, "options");
    }

    public boolean manual() {
        return manualSchedule != null;
    }
}
