package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import lockstep.app.i18n.I18n;
import lockstep.app.simulation.RunSession;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The threads panel tells each thread's operation at the cursor — the one it is in the middle of, or the one it
 * starts next — as the operation grain narrates it, in both languages; at the micro-op grain its next micro-op.
 */
@ExtendWith(ApplicationExtension.class)
class ThreadOperationsTest {
    private static final NarrationRenderer EN = NarrationRenderer.forLanguage("en");
    private static final NarrationRenderer ZH = NarrationRenderer.forLanguage("zh");

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

    @Test
    void eachThreadShowsItsOperationAtTheOperationGrainAndItsMicroOpAtTheMicroOpGrain() {
        RunSession run = waitForRun(window);
        waitUntil("the run's operations", 60, () -> window.playback().grainsProperty().get() != null
                && window.playback().grainsProperty().get().session() == run);
        Operations ops = fx(() -> window.playback().grainsProperty().get().operations());
        onFx(() -> ((TabPane) window.scene().getRoot().lookup("#side-tabs")).getSelectionModel().select(1));
        // A read of x by Thread-1 (add) halfway through the run, then the write that follows it.
        Operation read = ops.all().stream().filter(o -> o.runner().startsWith("Thread-1")
                && o.narration().key().equals("op.load") && o.first() > run.steps() / 3).findFirst().orElseThrow();
        Operation write = ops.pendingOf(read.thread(), read.last() + 1);
        assertEquals("op.store", write.narration().key(), EN.render(write.narration()));

        onFx(() -> window.playback().jumpTo(read.first()));
        assertShows("next operation: " + EN.render(read.narration()), read.thread());
        onFx(() -> window.playback().jumpTo(write.first() + 1));
        assertShows("in the middle of: " + EN.render(write.narration()), read.thread());

        onFx(() -> window.i18n().setLocale(I18n.CHINESE));
        assertShows("正在进行：" + ZH.render(write.narration()), read.thread());
        onFx(() -> window.playback().jumpTo(read.first()));
        assertShows("下一个操作：" + ZH.render(read.narration()), read.thread());

        // Thread.start() is told as the call, without what came of it.
        Operation start = ops.all().stream().filter(o -> o.narration().key().equals("operation.call_and")
                && EN.render(o.narration()).startsWith("calls Thread.start()")).findFirst().orElseThrow();
        onFx(() -> window.i18n().setLocale(I18n.ENGLISH));
        onFx(() -> window.playback().jumpTo(start.first()));
        assertShows("next operation: calls Thread.start()", start.thread());

        onFx(() -> window.playback().grainProperty().set(Grain.MICRO_OP));
        // The read's last micro-op is the one that reads x.
        onFx(() -> window.playback().jumpTo(read.last()));
        assertShows("next micro-op: LOAD_GLOBAL x", read.thread());
    }

    /** Waits until the thread's operation line in the threads panel shows {@code expected} (it follows the cursor). */
    private void assertShows(String expected, int thread) {
        try {
            waitUntil("'" + expected + "' for thread " + thread, 20, () -> expected.equals(doing(thread)));
        } catch (AssertionError e) {
            assertEquals(expected, fx(() -> doing(thread)));
        }
    }

    private String doing(int thread) {
        Node node = window.scene().getRoot().lookup("#doing-" + thread);
        return node instanceof Label l ? l.getText() : null;
    }
}
