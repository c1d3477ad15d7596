package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lockstep.app.simulation.RunSession;
import lockstep.sim.RunOptions;
import lockstep.sim.Schedule;
import lockstep.sim.inspect.ChoicePoint;
import lockstep.sim.inspect.ManualSession;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Manual mode driven by the keys, at the operation grain, on the bundled lost-update scenario. */
@ExtendWith(ApplicationExtension.class)
class ManualModeTest {
    /**
     * From step 0 to the first lost update: Space while only one thread can run (MainThread up to its wait in
     * t1.start(), then Thread-1 starting up), MainThread on until both workers run, Thread-1 reads N and x,
     * Thread-2 starts up, reads N, reads x and writes x, Thread-1 writes x over it.
     */
    private static final List<KeyCode> TO_THE_FIRST_LOST_UPDATE = List.of(
            KeyCode.SPACE, KeyCode.SPACE, KeyCode.SPACE, KeyCode.SPACE, KeyCode.SPACE, KeyCode.SPACE, KeyCode.SPACE,
            KeyCode.SPACE, KeyCode.SPACE, KeyCode.SPACE, KeyCode.SPACE, KeyCode.DIGIT1, KeyCode.DIGIT1,
            KeyCode.DIGIT2, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT3, KeyCode.DIGIT3, KeyCode.DIGIT3,
            KeyCode.DIGIT2);

    @TempDir
    Path config;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        window = WindowTestSupport.start(config, new FakeChooser(), new FakePrompts(), "lost-update");
    }

    @AfterEach
    void closeTheWindow() {
        WindowTestSupport.close(window);
    }

    /** Manual mode from step 0 at the operation grain (the default), at its first choice. */
    private void manualFromTheStart(FxRobot robot) {
        waitForRun(window);
        assertEquals(Grain.OPERATION, fx(() -> window.playback().grainProperty().get()));
        onFx(() -> window.playback().jumpTo(0));
        robot.type(KeyCode.M);
        waitForTheChoice();
        assertEquals(0L, (long) fx(() -> window.playback().position()));
    }

    /** Waits until every press is applied and the manual run is shown at its end, awaiting a choice. */
    private void waitForTheChoice() {
        waitUntil("the manual run at its choice", 60, () -> {
            RunSession run = window.playback().session();
            return run != null && run.manual() && !window.workspace().simulatingProperty().get()
                    && window.playback().position() == run.steps();
        });
    }

    private long lostUpdates() {
        return fx(() -> window.playback().session().events().stream()
                .filter(e -> e instanceof TraceEvent.LostUpdate).count());
    }

    private long steps() {
        return fx(() -> window.playback().session().steps());
    }

    private String text(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryLabeled().getText());
    }

    @Test
    void theFirstLostUpdateIsTwentyKeyPressesFromTheStart(FxRobot robot) {
        manualFromTheStart(robot);
        int presses = 0;
        for (KeyCode key : TO_THE_FIRST_LOST_UPDATE) {
            assertEquals(0, lostUpdates(), "a lost update before press " + (presses + 1));
            if (key == KeyCode.SPACE) {
                assertEquals(1, (int) fx(() -> window.workspace().runnableThreads().size()),
                        "Space runs the only thread that can run, at press " + (presses + 1));
            }
            robot.type(key);
            presses++;
            waitForTheChoice();
        }
        assertEquals(20, presses);
        assertEquals(1, lostUpdates());
        assertEquals(937, steps());
        assertTrue(fx(() -> window.playback().session().threadOfStep(936).name()).startsWith("Thread-1"));
    }

    @Test
    void thirtyPressesWithNoWaitingAreAllAppliedInOrder(FxRobot robot) throws Exception {
        manualFromTheStart(robot);
        List<KeyCode> keys = new ArrayList<>(TO_THE_FIRST_LOST_UPDATE);
        keys.addAll(List.of(KeyCode.DIGIT3, KeyCode.DIGIT3, KeyCode.DIGIT3, KeyCode.DIGIT2, KeyCode.DIGIT2,
                KeyCode.DIGIT3, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT2, KeyCode.DIGIT2));
        assertEquals(30, keys.size());
        for (KeyCode key : keys) {
            robot.type(key);
        }
        waitForTheChoice();
        Schedule expected = byHand(keys);
        assertEquals(expected.toText(), fx(() -> window.workspace().scheduleText()));
        assertEquals(expected.slices().stream().mapToLong(Schedule.Slice::steps).sum(), steps());
    }

    /** The schedule the keys make, picked in the simulator's manual session directly. */
    private static Schedule byHand(List<KeyCode> keys) throws Exception {
        Scenario scenario = lockstep.sim.scenario.ScenarioLoader.load(Path.of(System.getProperty("lockstep.root", ".."))
                .resolve("scenarios/threads/lost-update.yaml"));
        try (ManualSession session = ManualSession.start(scenario.compile(),
                scenario.runOptions(RunOptions.defaults()), new Schedule())) {
            for (KeyCode key : keys) {
                ChoicePoint at = session.current();
                int thread = key == KeyCode.SPACE ? at.runnable().get(0).id()
                        : key.getCode() - KeyCode.DIGIT0.getCode();
                if (at.canRun(thread) && (key != KeyCode.SPACE || at.runnable().size() == 1)) {
                    session.runStep(thread, Grain.OPERATION);
                }
            }
            return session.schedule();
        }
    }

    @Test
    void keysStayWithTheirThreadsAndAThreadThatCannotRunIsGreyedWithWhy(FxRobot robot) {
        manualFromTheStart(robot);
        for (KeyCode key : TO_THE_FIRST_LOST_UPDATE.subList(0, 12)) {
            robot.type(key);
            waitForTheChoice();
        }
        // MainThread and Thread-1 can run; Thread-2 does not exist yet.
        assertEquals("MainThread", text(robot, "#pick-1"));
        assertEquals("Thread-1 (add)", text(robot, "#pick-2"));
        assertFalse(fx(() -> robot.lookup("#pick-1").queryAs(Button.class).isDisabled()));
        assertTrue(robot.lookup("#pick-3").tryQuery().isEmpty());

        // MainThread starts Thread-2 and waits in t2.start() for it: greyed, with why; the keys do not move.
        robot.type(KeyCode.DIGIT1);
        waitForTheChoice();
        assertEquals("MainThread", text(robot, "#pick-1"));
        assertEquals("Thread-1 (add)", text(robot, "#pick-2"));
        assertEquals("Thread-2 (add)", text(robot, "#pick-3"));
        assertTrue(fx(() -> robot.lookup("#pick-1").queryAs(Button.class).isDisabled()));
        String why = text(robot, "#why-1");
        assertTrue(why.startsWith("waits for") || why.startsWith("blocked on"), why);

        // Its key runs nothing and says why; Space with two threads that can run asks for a choice.
        long before = steps();
        robot.type(KeyCode.DIGIT1);
        waitForTheChoice();
        assertEquals(before, steps());
        assertEquals("MainThread (key 1) cannot run now: " + why + ".", text(robot, "#manual-message"));
        robot.type(KeyCode.SPACE);
        waitForTheChoice();
        assertEquals(before, steps());
        assertEquals("Several threads can run: choose a thread: 2 / 3.", text(robot, "#manual-message"));
        robot.type(KeyCode.DIGIT9);
        waitForTheChoice();
        assertEquals("No thread has the key 9.", text(robot, "#manual-message"));

        // A press that runs clears the message; Thread-2's key is still 3 once Thread-1 has run.
        robot.type(KeyCode.DIGIT2);
        waitForTheChoice();
        assertTrue(steps() > before);
        assertTrue(robot.lookup("#manual-message").tryQuery().isEmpty()
                || !fx(() -> robot.lookup("#manual-message").queryAs(Label.class).isVisible()));
        assertEquals("Thread-2 (add)", text(robot, "#pick-3"));
    }

    @Test
    void spaceAndRightRunTheOnlyThreadAndLeftGoesBackAnOperation(FxRobot robot) {
        manualFromTheStart(robot);
        robot.type(KeyCode.SPACE);
        waitForTheChoice();
        assertEquals(1, steps(), "MainThread starts: its first operation");
        robot.type(KeyCode.RIGHT);
        waitForTheChoice();
        assertEquals(2, steps(), "it stores threading");
        robot.type(KeyCode.RIGHT);
        waitForTheChoice();
        assertEquals(4, steps(), "it stores 200 in N");

        waitUntil("the operations of the manual run", 30, () -> window.playback().grainsProperty().get() != null
                && window.playback().grainsProperty().get().session() == window.playback().session());
        robot.type(KeyCode.LEFT);
        waitUntil("one operation back", 10, () -> window.playback().position() == 2);
        robot.type(KeyCode.RIGHT);
        waitUntil("forward again inside the steps made", 10, () -> window.playback().position() == 4);
        assertEquals(4, steps(), "→ inside the steps made only moves the cursor");
        robot.type(KeyCode.LEFT);
        waitUntil("back again", 10, () -> window.playback().position() == 2);
        // A key that runs nothing here says why and keeps the steps after the cursor.
        robot.type(KeyCode.DIGIT9);
        waitUntil("the refusal", 30, () -> window.workspace().manualRefusalProperty().get() != null
                && !window.workspace().simulatingProperty().get());
        assertEquals(4, steps());
        assertEquals(2L, (long) fx(() -> window.playback().position()));
        assertEquals("No thread has the key 9.", text(robot, "#manual-message"));
        // A key here drops the steps after the cursor and runs the thread from here.
        robot.type(KeyCode.DIGIT1);
        waitForTheChoice();
        assertEquals(4, steps());
        assertEquals(4L, (long) fx(() -> window.playback().position()));
    }
}
