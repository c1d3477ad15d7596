package lockstep.sim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Schedule;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.Simulator;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Manual mode at a grain: a pick runs the chosen thread to the end of its operation, its line, or one micro-op. */
class ManualStepTest {
    private static final String ONE_WORKER = """
            import threading
            x = 0
            def add():
                global x
                x += 1
            t = threading.Thread(target=add)
            t.start()
            t.join()
            print(x)
            """;

    /** Picks the runnable thread with the lowest id at every choice until the run ends; the steps after each pick. */
    private static List<Long> pickFirstToTheEnd(Program program, Grain grain, List<Integer> picked) {
        List<Long> ends = new ArrayList<>();
        try (ManualSession session = ManualSession.start(program, RunOptions.defaults(), new Schedule())) {
            ChoicePoint at = session.current();
            while (!at.finished()) {
                int thread = at.runnable().get(0).id();
                picked.add(thread);
                at = session.runStep(thread, grain);
                ends.add(at.snapshot().step());
            }
        }
        return ends;
    }

    /** Where the groups at {@code grain} end (the step after each), in a replay of {@code schedule}. */
    private static List<Long> groupEnds(Program program, Schedule schedule, Grain grain) {
        Operations.Recorder recorder = Operations.recorder(grain);
        RunResult result = Simulator.run(program, RunOptions.defaults().withSchedule(schedule)
                .withStepListener(recorder));
        Operations groups = recorder.finish(result.trace());
        return groups.all().stream().map(op -> op.last() + 1).toList();
    }

    private static Schedule scheduleOf(Program program, Grain grain) {
        try (ManualSession session = ManualSession.start(program, RunOptions.defaults(), new Schedule())) {
            ChoicePoint at = session.current();
            while (!at.finished()) {
                at = session.runStep(at.runnable().get(0).id(), grain);
            }
            return session.schedule();
        }
    }

    @Test
    void aPickAtTheOperationGrainRunsTheThreadToTheEndOfItsOperation() {
        Program program = Inspecting.compile(ONE_WORKER);
        List<Integer> threads = new ArrayList<>();
        List<Long> ends = pickFirstToTheEnd(program, Grain.OPERATION, threads);
        // MainThread starts; stores threading, x, add; calls Thread(); stores t; calls t.start() up to its wait for
        // the new thread. Thread-1 starts up to its target. MainThread (lower id) goes on in start() and calls
        // t.join() up to its wait. Thread-1 reads x, writes x, ends. MainThread comes back from join(), reads x,
        // prints, returns.
        assertEquals(List.of(1L, 2L, 4L, 6L, 158L, 159L, 277L, 438L, 482L, 532L, 533L, 536L, 568L, 576L, 579L, 580L,
                583L), ends);
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2, 1, 1, 1, 1), threads);
    }

    @Test
    void aPickAtTheLineGrainRunsTheThreadToTheEndOfItsLine() {
        Program program = Inspecting.compile(ONE_WORKER);
        List<Integer> threads = new ArrayList<>();
        List<Long> ends = pickFirstToTheEnd(program, Grain.LINE, threads);
        // Lines 1, 2, 3, 6 and 7 of MainThread (7 up to its wait in start()); Thread-1's start-up; MainThread's rest
        // of line 7 and line 8 up to its wait in join(); Thread-1's line 5 and its end; MainThread's lines 8 and 9.
        assertEquals(List.of(2L, 4L, 6L, 159L, 277L, 438L, 483L, 532L, 538L, 568L, 577L, 583L), ends);
        assertEquals(List.of(1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 1, 1), threads);
    }

    @Test
    void aPickAtTheMicroOpGrainRunsOneMicroOp() {
        Program program = Inspecting.compile(ONE_WORKER);
        List<Long> ends = pickFirstToTheEnd(program, Grain.MICRO_OP, new ArrayList<>());
        assertEquals(583, ends.get(ends.size() - 1));
        // One micro-op a pick, except where a step calls program code from inside a native (a method run by a
        // built-in): the steps of that call finish the step that made it, four at pick 83.
        long longer = 0;
        for (int i = 0; i < ends.size(); i++) {
            long made = ends.get(i) - (i == 0 ? 0 : ends.get(i - 1));
            // The last pick ends the run: the main thread's end takes no micro-op.
            assertTrue(made >= 1 || i == ends.size() - 1);
            longer += made > 1 ? 1 : 0;
        }
        assertEquals(581, ends.size());
        assertEquals(1, longer);
    }

    @Test
    void everyPickEndsWhereTheReplayOfTheScheduleGroupsTheSameStepsAtThatGrain() {
        String twoWorkers = ONE_WORKER.replace("t.start()\nt.join()", "u = threading.Thread(target=add)\n"
                + "t.start()\nu.start()\nt.join()\nu.join()");
        Program program = Inspecting.compile(twoWorkers);
        for (Grain grain : List.of(Grain.OPERATION, Grain.LINE)) {
            List<Long> ends = pickFirstToTheEnd(program, grain, new ArrayList<>());
            Schedule schedule = scheduleOf(program, grain);
            assertEquals(groupEnds(program, schedule, grain), ends, grain.label());
        }
    }

    @Test
    void aScheduleMadeAtOneGrainIsInMicroOpsAndReplaysAtAnyGrain() {
        Program program = Inspecting.compile(ONE_WORKER);
        Schedule byOperations = scheduleOf(program, Grain.OPERATION);
        RunResult replayed = Simulator.run(program, RunOptions.defaults().withSchedule(byOperations));
        assertEquals(List.of("1"), replayed.output());
        assertEquals(583, byOperations.slices().stream().mapToLong(Schedule.Slice::steps).sum());
        for (Grain grain : Grain.values()) {
            Operations.Recorder recorder = Operations.recorder(grain);
            RunResult again = Simulator.run(program, RunOptions.defaults().withPolicy(SchedulingPolicy.REPLAY)
                    .withSchedule(byOperations).withStepListener(recorder));
            assertEquals(replayed.trace().events(), again.trace().events(), grain.label());
            assertEquals(replayed.steps(), again.steps(), grain.label());
            List<Operation> groups = recorder.finish(again.trace()).all();
            assertTrue(!groups.isEmpty());
        }
    }

    @Test
    void aLineStepKnownOnlyAfterItsNextStepIsCutBackToItsLastStepOnTheLine() {
        Program program = Inspecting.compile(ONE_WORKER);
        try (ManualSession session = ManualSession.start(program, RunOptions.defaults(), new Schedule())) {
            ChoicePoint at = session.runStep(1, Grain.LINE);
            assertEquals(2, at.snapshot().step(), "line 1 is LOAD/IMPORT and its store, nothing of line 2");
            assertEquals(2, at.snapshot().thread(1).line());
            at = session.runStep(1, Grain.LINE);
            assertEquals(4, at.snapshot().step());
            assertEquals("1 4\n", at.schedule().toText().lines().skip(1).findFirst().orElseThrow() + "\n");
        }
    }

    @Test
    void theFirstLostUpdateOfTheLostUpdateScenarioIsTwentyOperationsAway() throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of(System.getProperty("lockstep.root", ".."))
                .resolve("scenarios/threads/lost-update.yaml"));
        // MainThread until both workers run (Thread-1 starting up while MainThread waits in start()), Thread-1 reads
        // N and x, Thread-2 starts up, reads N, reads x and writes x, Thread-1 writes x over it.
        int[] picks = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 3, 3, 3, 3, 2};
        try (ManualSession session = ManualSession.start(scenario.compile(),
                scenario.runOptions(RunOptions.defaults()), new Schedule())) {
            ChoicePoint at = session.current();
            for (int i = 0; i < picks.length; i++) {
                assertEquals(0, lostUpdates(at), "before pick " + (i + 1));
                at = session.runStep(picks[i], Grain.OPERATION);
            }
            assertEquals(1, lostUpdates(at));
            assertEquals(937, at.snapshot().step());
        }
    }

    private static long lostUpdates(ChoicePoint at) {
        return at.trace().events().stream().filter(e -> e instanceof TraceEvent.LostUpdate).count();
    }
}
