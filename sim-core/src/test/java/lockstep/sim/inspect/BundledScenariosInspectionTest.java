package lockstep.sim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.ThreadState;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled scenario inspected: pictures at the start, in the middle and at the end agree with the run's result
 * and hold the invariants (an owner is a thread, a waiter waits, a semaphore is never negative), and the history's
 * last values are the end's values.
 */
class BundledScenariosInspectionTest {
    /** Scenarios allowed more steps than this (the sequential prime check) are left out: they test speed, not state. */
    private static final long MAX_STEPS = 3_000_000;
    private static final Path FOLDER = Path.of(System.getProperty("lockstep.root", "..")).resolve("scenarios");

    @TestFactory
    Stream<DynamicTest> everyScenarioInspected() throws IOException, lockstep.sim.scenario.ScenarioError {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<Scenario> scenarios = new java.util.ArrayList<>();
        for (Path file : files) {
            Scenario s = ScenarioLoader.load(file);
            Long limit = s.scheduler().maxSteps();
            if (limit == null || limit <= MAX_STEPS) {
                scenarios.add(s);
            }
        }
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            Program program = s.compile();
            RunOptions options = s.runOptions(RunOptions.defaults());
            RunResult result = Simulator.run(program, options);
            try (Inspector inspector = new Inspector(program, options)) {
                for (long step : new long[] {0, result.steps() / 3, result.steps() / 2, result.steps() / 2 + 1}) {
                    checkInvariants(inspector.snapshotAt(step), s.id() + " at " + step);
                }
                Snapshot end = inspector.snapshotAt(result.steps());
                checkInvariants(end, s.id() + " at the end");
                assertTrue(end.finished());
                assertEquals(result.steps(), end.step());
                assertEquals(result.timeNanos(), end.timeNanos());
                for (Map.Entry<String, Object> g : result.globals().entrySet()) {
                    if (g.getValue() instanceof Long n) {
                        assertEquals(n.toString(), end.process(1000).variable(g.getKey()), s.id() + ": " + g.getKey());
                    }
                }
                VariableHistory history = inspector.history();
                for (ProcessInfo p : end.processes()) {
                    for (VariableInfo v : p.variables()) {
                        if (!history.truncated()) {
                            assertEquals(v.value(), history.valueAt(p.pid(), v.name(), end.step()),
                                    s.id() + ": " + p.pid() + " " + v.name());
                        }
                    }
                }
            }
        }));
    }

    private static void checkInvariants(Snapshot s, String where) {
        for (ProcessInfo p : s.processes()) {
            for (SyncInfo o : p.objects()) {
                for (ThreadRef w : o.waiters()) {
                    ThreadInfo t = s.thread(w.id());
                    assertNotNull(t, where + ": waiter " + w);
                    assertTrue(t.state() == ThreadState.BLOCKED || t.state() == ThreadState.WAITING
                            || t.state() == ThreadState.RUNNING || t.state() == ThreadState.RUNNABLE,
                            where + ": waiter " + w + " is " + t.state());
                }
                if (o instanceof LockInfo l && l.owner() != null) {
                    assertNotNull(s.thread(l.owner().id()), where + ": owner of " + l.name());
                    assertTrue(l.count() >= 1, where + ": " + l);
                    assertTrue(l.ownerAbsent() == (l.owner().pid() != p.pid() && !l.shared()), where + ": " + l);
                }
                if (o instanceof SemaphoreInfo sem) {
                    assertTrue(sem.value() >= 0, where + ": " + sem);
                }
            }
            for (ThreadInfo t : p.threads()) {
                assertTrue((t.waitingFor() != null) == (t.state() == ThreadState.BLOCKED
                        || t.state() == ThreadState.WAITING), where + ": " + t);
            }
        }
    }
}
