package lockstep.sim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.Simulator;
import lockstep.sim.ThreadState;
import lockstep.sim.trace.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The inspector: the same picture however it is reached, stepping forward and back, the end of the run. */
class InspectorTest {
    static final String CONTENDED = """
            import threading, queue
            lock = threading.Lock()
            q = queue.Queue()
            total = 0
            def work(n):
                global total
                for i in range(n):
                    with lock:
                        total += 1
                    q.put(i)
            ts = [threading.Thread(target=work, args=(30,)) for _ in range(3)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            print(total, q.qsize())
            """;

    private static final RunOptions OPTIONS = RunOptions.defaults().withQuantum(7);

    @Test
    void theSamePictureTwiceFromTwoInspectors() {
        Program program = Inspecting.compile(CONTENDED);
        try (Inspector a = new Inspector(program, OPTIONS); Inspector b = new Inspector(program, OPTIONS)) {
            for (long step : new long[] {0, 1, 250, 251, 900, 1777}) {
                assertEquals(a.snapshotAt(step), b.snapshotAt(step), "step " + step);
            }
        }
    }

    /** Reached by stepping forward, by a jump from the start, or from the pictures kept behind: equal pictures. */
    @Test
    void theSamePictureWhetherSteppedToJumpedToOrSteppedBackTo() {
        Program program = Inspecting.compile(CONTENDED);
        List<Snapshot> stepped = new ArrayList<>();
        try (Inspector forward = new Inspector(program, OPTIONS)) {
            for (long step = 600; step <= 700; step++) {
                stepped.add(forward.snapshotAt(step));
            }
            assertEquals(1, forward.runsStarted(), "stepping forward continues the paused run");
            for (long step = 700; step >= 600; step--) {
                assertEquals(stepped.get((int) (step - 600)), forward.snapshotAt(step));
            }
        }
        try (Inspector jumping = new Inspector(program, OPTIONS)) {
            for (long step : new long[] {700, 650, 699, 600}) {
                assertEquals(stepped.get((int) (step - 600)), jumping.snapshotAt(step), "step " + step);
            }
        }
    }

    @Test
    void steppingBackUsesThePicturesTakenBehindANewRun() {
        Program program = Inspecting.compile(CONTENDED);
        try (Inspector inspector = new Inspector(program, OPTIONS)) {
            inspector.snapshotAt(1000);
            assertEquals(1, inspector.runsStarted());
            for (long step = 999; step >= 1000 - Inspector.BACK_WINDOW; step--) {
                assertEquals(step, inspector.snapshotAt(step).step());
            }
            assertEquals(1, inspector.runsStarted());
            inspector.snapshotAt(1000 - Inspector.BACK_WINDOW - 1);
            assertEquals(2, inspector.runsStarted());
        }
    }

    @Test
    void theEndOfTheRunAgreesWithTheRunsResult() {
        Program program = Inspecting.compile(CONTENDED);
        RunResult result = Simulator.run(program, OPTIONS);
        try (Inspector inspector = new Inspector(program, OPTIONS)) {
            Snapshot end = inspector.snapshotAt(result.steps() + 1000);
            assertTrue(end.finished());
            assertEquals(result.steps(), end.step());
            assertEquals(result.steps(), inspector.lastStep());
            assertEquals(result.timeNanos(), end.timeNanos());
            assertEquals(String.valueOf(result.globals().get("total")), end.process(1000).variable("total"));
            assertTrue(end.threads().stream().allMatch(t -> t.state() == ThreadState.DONE));
            assertFalse(inspector.snapshotAt(result.steps() - 1).finished());
        }
    }

    /** The thread about to run each step is the one the trace says ran it. */
    @Test
    void theRunningThreadIsTheOneTheTraceShowsRunningTheNextStep() {
        Program program = Inspecting.compile(CONTENDED);
        RunResult result = Simulator.run(program, OPTIONS);
        try (Inspector inspector = new Inspector(program, OPTIONS)) {
            int checked = 0;
            for (Segment segment : result.trace().segments()) {
                if (checked++ > 40) {
                    break;
                }
                Snapshot s = inspector.snapshotAt(segment.firstStep());
                List<String> running = s.threads().stream().filter(t -> t.state() == ThreadState.RUNNING)
                        .map(ThreadInfo::name).toList();
                assertEquals(List.of(result.trace().threadName(segment.thread())), running,
                        "step " + segment.firstStep());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void underTheRandomPolicyPicturesFollowTheSeed(long seed) {
        Program program = Inspecting.compile(CONTENDED);
        RunOptions options = RunOptions.defaults().withPolicy(SchedulingPolicy.RANDOM).withSeed(seed);
        RunOptions other = options.withSeed(seed + 100);
        try (Inspector a = new Inspector(program, options); Inspector b = new Inspector(program, options);
             Inspector c = new Inspector(program, other)) {
            assertEquals(a.snapshotAt(1500), b.snapshotAt(1500));
            assertNotEquals(a.snapshotAt(1500), c.snapshotAt(1500));
        }
    }

    /** A caller that gives up (its thread interrupted) stops the run, which then ends; the inspector goes on. */
    @Test
    void anInterruptedRequestStopsItsRunAndTheNextRequestStartsAnother() throws Exception {
        Program endless = Inspecting.compile("x = 0\nwhile True:\n    x += 1\n");
        try (Inspector inspector = new Inspector(endless, RunOptions.defaults())) {
            Throwable[] failure = new Throwable[1];
            Thread caller = new Thread(() -> {
                try {
                    inspector.snapshotAt(500_000_000L);
                } catch (IllegalStateException e) {
                    failure[0] = e;
                }
            });
            caller.start();
            caller.interrupt();
            caller.join(60_000);
            assertFalse(caller.isAlive());
            assertTrue(failure[0] != null && failure[0].getMessage().contains("interrupted"), String.valueOf(failure[0]));
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("lockstep-inspect")) {
                    t.join(60_000);
                    assertFalse(t.isAlive(), "the abandoned run ends");
                }
            }
            long x = (Long) Simulator.run(endless, RunOptions.defaults().withMaxSteps(30)).globals().get("x");
            assertEquals(String.valueOf(x), inspector.snapshotAt(30).process(1000).variable("x"));
            assertTrue(x > 0);
        }
    }

    @Test
    void aStepBeforeTheStartIsRefused() {
        try (Inspector inspector = new Inspector(Inspecting.compile("x = 1\n"), OPTIONS)) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> inspector.snapshotAt(-1));
            Snapshot start = inspector.snapshotAt(0);
            assertEquals(ThreadState.RUNNING, start.thread("MainThread").state());
            assertEquals(1, start.thread("MainThread").line());
            assertEquals(List.of(), start.process(1000).variables());
        }
    }
}
