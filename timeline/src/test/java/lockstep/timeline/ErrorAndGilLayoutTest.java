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

    @Test
    void eachGilHandOffIsAnArrowFromWhereTheHolderDroppedItToTheTaker() {
        RunResult run = Runs.scenario("gil-cpu-bound-threads");
        TimelineModel model = TimelineModel.of(run);
        List<TraceEvent.GilHandedOver> handoffs = run.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.GilHandedOver g && g.from() >= 0)
                .map(e -> (TraceEvent.GilHandedOver) e).toList();
        List<Arrow> arrows = model.arrows().stream().filter(a -> a.kind() == ArrowKind.GIL).toList();
        assertEquals(handoffs.size(), arrows.size());
        for (int i = 0; i < arrows.size(); i++) {
            TraceEvent.GilHandedOver h = handoffs.get(i);
            Arrow a = arrows.get(i);
            assertEquals(model.threadLane(h.from()), a.fromLane(), "hand-off " + i);
            assertEquals(model.threadLane(h.thread()), a.toLane(), "hand-off " + i);
            assertEquals(h.step(), a.toStep(), "hand-off " + i);
            if (h.reason() == TraceEvent.GilReason.INTERVAL) {
                assertEquals(h.step(), a.fromStep(), "the interval's hand-off is at one step");
            }
        }
        // From 20 ms on, the two crunching threads pass the GIL back and forth.
        Lane first = model.lanes().get(arrows.get(6).fromLane());
        Lane second = model.lanes().get(arrows.get(6).toLane());
        assertEquals(List.of("Thread-1 (crunch)", "Thread-2 (crunch)"),
                List.of(first.thread(), second.thread()).stream().sorted().toList());
        assertEquals(arrows.get(7).fromLane(), arrows.get(6).toLane());
        assertEquals(arrows.get(7).toLane(), arrows.get(6).fromLane());
    }
}
