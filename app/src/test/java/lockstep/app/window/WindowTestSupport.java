package lockstep.app.window;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.stage.Stage;
import lockstep.app.simulation.RunSession;
import org.testfx.util.WaitForAsyncUtils;

/** Starting a window with stand-in dialogs, and waiting for it on the JavaFX thread. */
final class WindowTestSupport {
    private WindowTestSupport() {}

    /**
     * A window on a stage of its own (not TestFX's primary stage, which is shared by every test class and would
     * keep the window's title binding, minimum size and full-screen state); {@link #close} it after the test.
     */
    static MainWindow start(Path config, FakeChooser chooser, FakePrompts prompts, String open) {
        Stage stage = new Stage();
        MainWindow window = new MainWindow(stage, new AppContext(config, w -> chooser, (w, i) -> prompts, open));
        window.show();
        return window;
    }

    /** Closes a window's stage and stops its background work. */
    static void close(MainWindow window) {
        if (window != null) {
            onFx(() -> {
                window.close();
                window.stage().close();
            });
        }
    }

    /** Waits until {@code condition}, evaluated on the JavaFX thread, holds. */
    static void waitUntil(String what, long seconds, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::get).get());
        } catch (TimeoutException e) {
            fail("timed out waiting for " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the run of the open document (as edited) is shown and nothing is being simulated. */
    static RunSession waitForRun(MainWindow window) {
        waitUntil("the run", 30, () -> {
            RunSession run = window.playback().session();
            return run != null && run.document() == window.workspace().document()
                    && run.programText().equals(window.workspace().programTextProperty().get())
                    && !window.workspace().simulatingProperty().get();
        });
        return fx(() -> window.playback().session());
    }

    /** Waits until the detail of the cursor's position is known. */
    static void waitForDetail(MainWindow window) {
        waitUntil("the step detail", 30, () -> window.playback().contextProperty().get() != null
                && window.playback().contextProperty().get().complete()
                && window.playback().contextProperty().get().position() == window.playback().position());
    }

    static <T> T fx(Supplier<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read::get).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void onFx(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
