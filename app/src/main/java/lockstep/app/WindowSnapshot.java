package lockstep.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import lockstep.sim.files.AtomicFiles;
import lockstep.app.simulation.StepContext;
import lockstep.app.theme.Theme;
import lockstep.app.window.MainWindow;

/**
 * Saves a picture of the window taken by the app itself, once the run and the detail of its step are shown (and, with
 * {@code --explore}, the search has finished).
 */
public final class WindowSnapshot {
    private WindowSnapshot() {}

    static void takeWhenReady(MainWindow window, LockstepApp.LaunchOptions options, Path target, Runnable then) {
        if (options.theme() != null) {
            window.appearance().themeProperty().set(Theme.byId(options.theme(), Theme.LIGHT));
        }
        if (options.lang() != null) {
            window.i18n().setLocale(Locale.forLanguageTag(options.lang()));
        }
        // The picture shows the window as it is on a screen of this size: filling it, whatever was remembered
        // (full screen alone does not resize a window without a window manager, as under Xvfb).
        window.fillScreen();
        boolean[] moved = {false};
        PauseTransition poll = new PauseTransition(Duration.millis(200));
        poll.setOnFinished(e -> {
            if (window.playback().session() == null || window.workspace().simulatingProperty().get()
                    || options.explore() && (window.exploration().finishedProperty().get() == null
                    || window.exploration().runningProperty().get())) {
                poll.playFromStart();
                return;
            }
            if (!moved[0]) {
                moved[0] = true;
                window.playback().jumpTo(options.step() >= 0 ? options.step() : window.playback().totalStepsProperty().get() / 3);
                poll.playFromStart();
                return;
            }
            StepContext context = window.playback().contextProperty().get();
            if (context == null || !context.complete()) {
                poll.playFromStart();
                return;
            }
            PauseTransition settle = new PauseTransition(Duration.millis(400));
            settle.setOnFinished(x -> {
                try {
                    save(window, target);
                    System.out.println("screenshot: " + target.toAbsolutePath());
                } catch (IOException ex) {
                    System.err.println("screenshot: " + ex.getMessage());
                }
                then.run();
            });
            settle.play();
        });
        poll.play();
    }

    /** Writes a snapshot of the window's scene as PNG. */
    public static void save(MainWindow window, Path target) throws IOException {
        WritableImage image = window.scene().snapshot(null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png);
        java.nio.file.Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.bytes(target, png.toByteArray());
    }
}
