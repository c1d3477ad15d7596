package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForDetail;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lockstep.app.model.EventFilter;
import lockstep.app.panels.OutputPanel;
import lockstep.app.simulation.RunSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An exception that ends a thread shows in the window: its traceback in the output, in the error colour and in order
 * with what was printed; the "error" kind of N finds it; the narration tells it.
 */
@ExtendWith(ApplicationExtension.class)
class ErrorsShownTest {
    private static final String NAME_ERROR = "import threading\n\nN = 3\nx = 0\n\ndef add():\n    global x\n"
            + "    print('adding')\n    for i in range(N):\n        x += y\n\nt1 = threading.Thread(target=add)\n"
            + "t1.start()\nt1.join()\nprint(f\"x = {x}\")\n";

    @TempDir
    Path config;
    private MainWindow window;

    @AfterEach
    void closeTheWindow() {
        WindowTestSupport.close(window);
    }

    @Start
    void start(Stage primary) {
        window = WindowTestSupport.start(config, new FakeChooser(), new FakePrompts(), "lost-update");
    }

    @Test
    void aThreadsNameErrorIsInTheOutputTheEventListAndTheNarration(FxRobot robot) {
        waitForRun(window);
        onFx(() -> window.workspace().programTextProperty().set(NAME_ERROR));
        RunSession run = waitForRun(window);
        onFx(() -> window.playback().toStart());
        onFx(() -> window.playback().eventFilterProperty().set(EventFilter.ERROR));
        robot.type(KeyCode.N);
        waitForDetail(window);
        long errorAt = fx(() -> window.playback().position());
        assertEquals(run.nextEventPosition(0, EventFilter.ERROR), errorAt);
        assertTrue(errorAt > 0 && errorAt < run.steps(), "at " + errorAt);

        String narrated = fx(() -> window.narration().sentenceText());
        assertEquals("Thread-1 (add) stops with an uncaught exception: NameError: name 'y' is not defined", narrated);

        String output = fx(() -> window.output().text());
        assertTrue(output.startsWith("adding\nException in thread Thread-1 (add):\n"
                + "Traceback (most recent call last):\n"), output);
        assertTrue(output.endsWith("    x += y\nNameError: name 'y' is not defined\n"), output);
        assertEquals(output.substring("adding\n".length()), fx(() -> window.output().stderrText()));
        int nameError = output.indexOf("NameError");
        assertTrue(fx(() -> window.output().styleAt(nameError)).contains(OutputPanel.STDERR_CLASS));
        assertTrue(fx(() -> window.output().styleAt(0)).contains(OutputPanel.STDOUT_CLASS));

        // Nothing is shown before it happened; at the end, the main thread's print follows the traceback.
        onFx(() -> window.playback().jumpTo(errorAt - 1));
        assertEquals("adding\n", fx(() -> window.output().text()));
        onFx(() -> window.playback().toEnd());
        assertTrue(fx(() -> window.output().text()).endsWith("is not defined\nx = 0\n"),
                fx(() -> window.output().text()));

        // Shift+N finds it again from the end.
        robot.press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT);
        waitForDetail(window);
        assertEquals(errorAt, (long) fx(() -> window.playback().position()));
    }

    @Test
    void theMainThreadsUncaughtExceptionEndsTheOutput(FxRobot robot) {
        waitForRun(window);
        onFx(() -> window.workspace().programTextProperty().set("print('start')\nitems = [1, 2]\nprint(items[5])\n"));
        RunSession run = waitForRun(window);
        onFx(() -> window.playback().toEnd());
        assertEquals("start\nTraceback (most recent call last):\n  File \"" + run.program().fileName()
                + "\", line 3, in <module>\n    print(items[5])\nIndexError: list index out of range\n",
                fx(() -> window.output().text()));
        onFx(() -> window.playback().toStart());
        onFx(() -> window.playback().eventFilterProperty().set(EventFilter.ERROR));
        robot.type(KeyCode.N);
        waitForDetail(window);
        assertEquals("MainThread stops with an uncaught exception: IndexError: list index out of range",
                fx(() -> window.narration().sentenceText()));
    }
}
