package lockstep.cli;

import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lockstep.sim.RunOptions;
import lockstep.sim.Schedule;
import lockstep.sim.inspect.ManualSession;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioLoader;
import lockstep.sim.trace.Grain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schedule made by hand in manual mode at the operation grain is in micro-op slices, so {@code lockstep run
 * --schedule} replays the same run at every grain.
 */
class ManualScheduleReplayTest {
    /** The 20 operation-grain picks from the start of lost-update to its first lost update. */
    private static final int[] PICKS = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 3, 3, 3, 3, 2};

    @TempDir
    Path dir;

    @Test
    void aScheduleMadeAtTheOperationGrainReplaysAtTheMicroOpAndLineGrains() throws Exception {
        Path file = dir.resolve("manual.schedule");
        Files.writeString(file, manualSchedule().toText());

        List<String> microOps = traceLines("micro-op", file);
        List<String> lines = traceLines("line", file);
        List<String> operations = traceLines("operation", file);
        assertEquals(937, microOps.size(), "one row a micro-op");
        // Every grain shows the same 937 steps, up to Thread-1's write of x over Thread-2's.
        for (List<String> rows : List.of(microOps, lines, operations)) {
            assertTrue(rows.get(rows.size() - 1).contains("936"), rows.get(rows.size() - 1));
            assertTrue(rows.get(rows.size() - 1).contains("Thread-1"), rows.get(rows.size() - 1));
        }
        assertEquals(20, operations.size(), "the 20 operations picked");
        CliTest.Invocation events = lockstep("run", "lost-update", "--schedule", file.toString(), "--events");
        assertTrue(events.out().contains("an update to x is lost"), events.out());
    }

    private List<String> traceLines(String grain, Path schedule) {
        CliTest.Invocation run = lockstep("run", "lost-update", "--schedule", schedule.toString(), "--trace",
                "--grain", grain);
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().filter(l -> l.matches("\\s+\\d+\\.\\d{6}\\s.*")).toList();
    }

    private static Schedule manualSchedule() throws lockstep.sim.lang.ProgramError {
        Scenario scenario = lostUpdate();
        try (ManualSession session = ManualSession.start(scenario.compile(),
                scenario.runOptions(RunOptions.defaults()), new Schedule())) {
            for (int pick : PICKS) {
                session.runStep(pick, Grain.OPERATION);
            }
            return session.schedule();
        }
    }

    private static Scenario lostUpdate() {
        try {
            return ScenarioLoader.load(Path.of(System.getProperty("lockstep.root", ".."))
                    .resolve("scenarios/threads/lost-update.yaml"));
        } catch (lockstep.sim.scenario.ScenarioError e) {
            throw new AssertionError(e);
        }
    }
}
