package lockstep.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import lockstep.sim.RunResult;
import lockstep.sim.trace.TraceEvent;
import lockstep.timeline.Runs;
import org.junit.jupiter.api.Test;

/** N and Shift+N reach every kind of event a run raises, the kinds issue 11 added included. */
class EventFilterTest {
    /** For each event kind raised by these runs, the filters other than "any event" that accept it. */
    private static Map<String, TreeSet<EventFilter>> filtersOfKinds(List<RunResult> runs) {
        Map<String, TreeSet<EventFilter>> kinds = new TreeMap<>();
        for (RunResult run : runs) {
            for (TraceEvent e : run.trace().events()) {
                TreeSet<EventFilter> accepting = kinds.computeIfAbsent(e.getClass().getSimpleName(),
                        k -> new TreeSet<>());
                for (EventFilter filter : EventFilter.values()) {
                    if (filter != EventFilter.ANY && filter.test(e)) {
                        accepting.add(filter);
                    }
                }
            }
        }
        return kinds;
    }

    @Test
    void everyKindOfEventHasAFilterOfItsOwn() {
        Map<String, TreeSet<EventFilter>> kinds = filtersOfKinds(List.of(Runs.scenario("lost-update"),
                Runs.scenario("gil-cpu-bound-threads"), Runs.scenario("work-tasks"), Runs.scenario("fork-deadlock"),
                Runs.scenario("event-stop-flag")));
        kinds.forEach((kind, filters) -> assertTrue(!filters.isEmpty(), kind + " is reached by no filter"));
        assertEquals("[LOST_UPDATE]", kinds.get("LostUpdate").toString());
        assertEquals("[GIL]", kinds.get("GilHandedOver").toString());
        assertEquals("[PROCESS]", kinds.get("Forked").toString());
        assertEquals("[SLEEP]", kinds.get("Woke").toString());
    }

    @Test
    void anExceptionThatEndsAThreadIsAnErrorAndAProblem() {
        RunResult run = lockstep.sim.Simulator.run(compile("import threading\ndef add():\n    x = y\n"
                + "t = threading.Thread(target=add)\nt.start()\nt.join()\n"), lockstep.sim.RunOptions.defaults());
        assertEquals("[ERROR, PROBLEM]", filtersOfKinds(List.of(run)).get("ErrorRaised").toString());
    }

    private static lockstep.sim.Program compile(String source) {
        try {
            return lockstep.sim.Simulator.compile("error.py", source);
        } catch (lockstep.sim.lang.ProgramError e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
