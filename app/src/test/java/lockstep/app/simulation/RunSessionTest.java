package lockstep.app.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import lockstep.app.document.ScenarioDocument;
import lockstep.app.model.EventFilter;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.Schedule;
import lockstep.sim.scenario.ScenarioLoader;
import lockstep.sim.trace.Segment;
import lockstep.sim.trace.Step;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** A run indexed for the views, checked against the step-by-step detail of the same run. */
class RunSessionTest {
    static final String PROGRAM = "import threading\nx = 0\ndef add():\n    global x\n    for i in range(3):\n"
            + "        x += 1\nt = threading.Thread(target=add)\nt.start()\nt.join()\nprint('x =', x)\n";

    static RunSession session(String program, RunOptions options) throws Exception {
        ScenarioDocument doc = new ScenarioDocument(ScenarioLoader.load("p.py", program), program, Path.of("p.py"),
                null);
        Program compiled = Simulator.compile("p.py", program);
        return new RunSession(doc, program, compiled, options, Simulator.run(compiled, options), false);
    }

    @Test
    void theThreadOfEveryStepAndEachThreadsLastAndNextStepAgreeWithTheDetail() throws Exception {
        RunOptions options = RunOptions.defaults().withQuantum(4);
        RunSession run = session(PROGRAM, options);
        List<Step> steps = new java.util.ArrayList<>();
        Simulator.run(run.program(), options.withStepListener(steps::add));
        steps.sort(java.util.Comparator.comparingLong(Step::index));
        assertEquals(run.steps(), steps.size());
        assertEquals(List.of("MainThread", "Thread-1 (add)"), run.threads().stream().map(ThreadKey::name).toList());
        for (Step step : steps) {
            assertEquals(step.threadName(), run.threadOfStep(step.index()).name(), "step " + step.index());
        }
        ThreadKey worker = run.threads().get(1);
        for (long position = 0; position <= run.steps(); position++) {
            long last = -1;
            long next = -1;
            for (Step step : steps) {
                if (step.threadName().equals(worker.name())) {
                    if (step.index() < position) {
                        last = step.index();
                    } else if (next < 0) {
                        next = step.index();
                    }
                }
            }
            assertEquals(last, run.lastStepBefore(worker, position), "last before " + position);
            assertEquals(next, run.nextStepFrom(worker, position), "next from " + position);
        }
    }

    @Test
    void eventsAreSeenAtThePositionAfterTheStepThatRaisedThem() throws Exception {
        RunSession run = session(PROGRAM, RunOptions.defaults());
        long print = run.nextEventPosition(0, EventFilter.PRINT);
        TraceEvent printed = run.events().stream().filter(e -> e instanceof TraceEvent.Printed).findFirst()
                .orElseThrow();
        assertEquals(printed.step(), print);
        assertEquals("", run.outputAt(print - 1));
        assertEquals("x = 3\n", run.outputAt(print));
        assertEquals(List.of(printed), run.eventsOfStep(print - 1));
        assertEquals(print, run.previousEventPosition(run.steps(), EventFilter.PRINT));
        assertEquals(-1, run.nextEventPosition(run.steps(), EventFilter.ANY));
        ThreadKey worker = run.threads().get(1);
        long end = run.events().stream().filter(e -> e instanceof TraceEvent.ThreadEnded
                && e.thread() == worker.id()).findFirst().orElseThrow().step();
        assertTrue(run.alive(worker, end - 1));
        assertTrue(run.ended(worker, end));
        assertFalse(run.alive(worker, end));
    }

    @Test
    void nextEventFindsEachLostUpdate() throws Exception {
        String program = "import threading\nx = 0\ndef add():\n    global x\n    for i in range(50):\n"
                + "        x += 1\nts = [threading.Thread(target=add) for _ in range(2)]\nfor t in ts: t.start()\n"
                + "for t in ts: t.join()\n";
        RunSession run = session(program, RunOptions.defaults().withQuantum(3));
        List<Long> lost = run.events().stream().filter(e -> e instanceof TraceEvent.LostUpdate)
                .map(TraceEvent::step).toList();
        assertTrue(lost.size() > 1, "lost updates: " + lost);
        assertEquals(lost.get(0), run.nextEventPosition(0, EventFilter.LOST_UPDATE));
        assertEquals(lost.get(1), run.nextEventPosition(lost.get(0), EventFilter.LOST_UPDATE));
        assertEquals(lost.get(lost.size() - 1), run.previousEventPosition(run.steps(), EventFilter.LOST_UPDATE));
        assertEquals(-1, run.nextEventPosition(0, EventFilter.PROBLEM), "a lost update is not an error");
    }

    @Test
    void aManualRunWaitsWhereItsScheduleEnds() throws Exception {
        Schedule chosen = new Schedule();
        chosen.add(1, 5);
        RunOptions options = RunOptions.defaults().withSchedule(chosen);
        RunResult result = Simulator.run(Simulator.compile("p.py", PROGRAM), options);
        assertTrue(RunSession.endedForLackOfChoices(result));
        assertEquals(5, result.steps());
        List<ManualScheduling.Choice> runnable = new InspectorManualScheduling()
                .runnable(Simulator.compile("p.py", PROGRAM), RunOptions.defaults(), chosen);
        assertEquals(List.of(new ManualScheduling.Choice(1, "MainThread", runnable.get(0).pid())), runnable);
        Segment only = result.trace().segments().get(0);
        assertEquals(5, only.stepCount());
    }

    @Test
    void threadsThatShareANameAreThreadsOfTheirOwn() throws Exception {
        String threeWorkers = """
                import threading
                def work(n):
                    print(n)
                ts = [threading.Thread(target=work, args=(i,), name="worker") for i in range(3)]
                for t in ts: t.start()
                for t in ts: t.join()
                """;
        RunSession run = session(threeWorkers, RunOptions.defaults());
        assertEquals(List.of("MainThread", "worker", "worker", "worker"),
                run.threads().stream().map(ThreadKey::name).toList());
        assertEquals(4, run.threads().stream().mapToInt(ThreadKey::id).distinct().count());
        assertEquals(4, run.threads().stream().mapToInt(ThreadKey::colour).distinct().count(), "a colour each");
        for (ThreadKey worker : run.threads().subList(1, 4)) {
            assertTrue(run.nextStepFrom(worker, 0) >= 0, "each worker runs steps of its own");
            assertTrue(run.ended(worker, run.steps()));
        }
    }
}
