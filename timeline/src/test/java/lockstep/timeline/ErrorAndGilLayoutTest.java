package lockstep.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** How real runs show errors and the GIL: a marker where a thread died, arrows where the GIL changed hands. */
class ErrorAndGilLayoutTest {
    @Test
    void aThreadKilledByAnExceptionHasAnErrorMarkerOnItsLaneAtTheStepItDied() {
        RunResult run = Runs.program("import threading\ndef add():\n    x = y\n"
                + "t = threading.Thread(target=add)\nt.start()\nt.join()\n", RunOptions.defaults());
        TraceEvent error = run.trace().events().stream().filter(e -> e instanceof TraceEvent.ErrorRaised)
                .findFirst().orElseThrow();
        TimelineModel model = TimelineModel.of(run);
        Lane lane = model.lanes().get(model.threadLane(error.thread()));
        assertEquals("Thread-1 (add)", lane.thread());
        List<String> markers = TimelineLayoutTest.describe(model, lane.markers()).stream()
                .filter(m -> m.startsWith("ERROR")).toList();
        assertEquals(List.of("ERROR " + error.step() + " NameError"), markers);
    }
}
