package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForDetail;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lockstep.app.simulation.RunGrains;
import lockstep.app.simulation.RunSession;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** → and ← follow the grain chosen in the playback bar; the narration tells the operation. */
@ExtendWith(ApplicationExtension.class)
class GrainSteppingTest {
    @TempDir
    Path config;
    private MainWindow window;
    private final FakePrompts prompts = new FakePrompts();

    @AfterEach
    void closeTheWindow() {
        WindowTestSupport.close(window);
    }

    @Start
    void start(Stage primary) {
        window = WindowTestSupport.start(config, new FakeChooser(), prompts, "hello");
    }

    private RunGrains waitForGrains(RunSession run) {
        waitUntil("the run's operations", 60, () -> window.playback().grainsProperty().get() != null
                && window.playback().grainsProperty().get().session() == run);
        return fx(() -> window.playback().grainsProperty().get());
    }

    @Test
    void theArrowsStepByOperationByDefaultThenByLineAndMicroOp(FxRobot robot) {
        onFx(() -> window.openScenario("lost-update"));
        RunSession run = waitForRun(window);
        assertEquals(Grain.OPERATION, fx(() -> robot.lookup("#grain").queryAs(ComboBox.class).getValue()));
        Operations operations = waitForGrains(run).operations();
        List<Operation> ops = operations.all();

        // Right: to just after the end of each next operation, its sentence in the narration.
        for (int i = 0; i < 11; i++) {
            robot.type(KeyCode.RIGHT);
            long expected = ops.get(i).last() + 1;
            waitUntil("operation " + (i + 1), 10, () -> window.playback().position() == expected);
        }
        waitForDetail(window);
        assertEquals("MainThread calls Thread.start(): MainThread starts Thread-1 (add)",
                fx(() -> window.narration().sentenceText()), "the 11th operation is t1.start()");
        assertEquals("Operation 11 of " + operations.size(),
                fx(() -> robot.lookup("#narration-heading").queryAs(Label.class).getText()).replace(",", ""));
        robot.type(KeyCode.LEFT);
        waitUntil("one operation back", 10, () -> window.playback().position() == ops.get(9).last() + 1);

        // G: the line grain; a line step ends where the thread or the line changes.
        robot.type(KeyCode.G);
        assertEquals(Grain.LINE, fx(() -> window.playback().grainProperty().get()));
        Operations lines = fx(() -> window.playback().grainsProperty().get().lines());
        long at = fx(() -> window.playback().position());
        robot.type(KeyCode.RIGHT);
        waitUntil("one line step", 10, () -> window.playback().position() == lines.nextEnd(at - 1) + 1);

        // And the micro-op: one step.
        robot.type(KeyCode.G);
        long before = fx(() -> window.playback().position());
        robot.type(KeyCode.RIGHT);
        waitUntil("one micro-op", 10, () -> window.playback().position() == before + 1);
        robot.type(KeyCode.G);
        assertEquals(Grain.OPERATION, fx(() -> window.playback().grainProperty().get()));
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
    }

    @Test
    void playingAtTheOperationGrainReachesTheEnd(FxRobot robot) {
        onFx(() -> window.openScenario("lost-update"));
        RunSession run = waitForRun(window);
        waitForGrains(run);
        onFx(() -> window.playback().speedIndexProperty().set(9));
        robot.type(KeyCode.SPACE);
        waitUntil("played to the end", 60, () -> window.playback().atEndProperty().get()
                && !window.playback().playingProperty().get());
        assertEquals(run.steps(), (long) fx(() -> window.playback().position()));
    }
}
