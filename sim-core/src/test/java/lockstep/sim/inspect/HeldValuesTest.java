package lockstep.sim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioLoader;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** What each thread holds of shared state, in pictures at chosen steps, with exact expectations. */
class HeldValuesTest {
    private static final Path SCENARIOS = Path.of(System.getProperty("lockstep.root", "..")).resolve("scenarios");

    private static ThreadInfo thread(Snapshot s, String prefix) {
        return s.process(1000).threads().stream().filter(t -> t.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void theLostUpdateScenarioShowsWhatEachThreadReadAndWillWriteBack() throws Exception {
        Scenario scenario = ScenarioLoader.load(SCENARIOS.resolve("threads/lost-update.yaml"));
        try (Inspector inspector = new Inspector(scenario.compile(), scenario.runOptions(RunOptions.defaults()))) {
            ThreadInfo before = thread(inspector.snapshotAt(1198), "Thread-2");
            assertEquals(List.of(), before.held());
            assertEquals("LOAD_GLOBAL x", before.microOp());

            ThreadInfo loaded = thread(inspector.snapshotAt(1199), "Thread-2");
            assertEquals(List.of(new HeldValue("x", "31", 1199, null, null)), loaded.held());
            assertEquals(9, loaded.line());
            assertEquals("LOAD_CONST 1", loaded.microOp());

            Snapshot added = inspector.snapshotAt(1201);
            assertEquals(List.of(new HeldValue("x", "31", 1199, null, "32")), thread(added, "Thread-2").held());
            assertEquals("STORE_GLOBAL x", thread(added, "Thread-2").microOp());
            assertEquals(List.of(new HeldValue("x", "31", 1197, null, null)), thread(added, "Thread-1").held(),
                    "Thread-1 read 31 too, and was switched out before adding");

            Snapshot firstWrote = inspector.snapshotAt(1206);
            assertEquals(List.of(), thread(firstWrote, "Thread-1").held(), "written back: nothing held");
            assertEquals(List.of(new HeldValue("x", "31", 1199, null, "32")), thread(firstWrote, "Thread-2").held(),
                    "Thread-2 still holds 32 computed from the 31 it read: about to be a lost update");

            assertEquals(List.of(), thread(inspector.snapshotAt(1208), "Thread-2").held());
        }
    }

    @Test
    void aValueStoredInALocalIsHeldUntilWrittenBack() {
        Program program = Inspecting.compile("""
                import threading, time
                x = 0
                def add():
                    global x
                    v = x
                    time.sleep(0.1)
                    x = v + 1
                t1 = threading.Thread(target=add)
                t2 = threading.Thread(target=add)
                t1.start(); t2.start()
                t1.join(); t2.join()
                """);
        RunResult result = Simulator.run(program, RunOptions.defaults());
        TraceEvent.LostUpdate lost = (TraceEvent.LostUpdate) result.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.LostUpdate).findFirst().orElseThrow();
        long firstWrite = lost.overwrittenStep();
        try (Inspector inspector = new Inspector(program, RunOptions.defaults())) {
            Snapshot s = inspector.snapshotAt(firstWrite);
            assertEquals(List.of(), thread(s, "Thread-1").held());
            assertEquals(List.of(new HeldValue("x", "0", lost.readStep(), "v", null)), thread(s, "Thread-2").held());
            assertEquals(List.of(), thread(inspector.snapshotAt(lost.step()), "Thread-2").held());
        }
    }

    @Test
    void aValueUsedUpInAComputationIsNoLongerHeld() {
        Snapshot s = Inspecting.afterPrint("""
                import threading, time
                x = 5
                def look():
                    y = x + 1
                    print('computed')
                    time.sleep(0.1)
                t = threading.Thread(target=look, name='T')
                t.start()
                t.join()
                """, "computed");
        assertEquals(List.of(), s.thread("T").held());
    }

    @Test
    void picturesTakenWithoutWatchingHoldNothing() {
        ThreadInfo t = new ThreadInfo(1, "T", 1000, lockstep.sim.ThreadState.RUNNABLE, false, 3, "f", List.of(), null,
                -1);
        assertEquals(List.of(), t.held());
        assertEquals("", t.microOp());
    }
}
