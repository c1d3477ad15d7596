package lockstep.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import lockstep.app.config.ConfigFolder;
import lockstep.app.i18n.CjkFonts;
import lockstep.app.window.AppContext;
import lockstep.app.window.MainWindow;

/**
 * The Lockstep app: one {@link MainWindow}. Hidden launch options, for measuring and for the README's picture:
 * {@code --measure-startup} prints the time from the JVM's start to the window shown and to the first run shown,
 * then quits; {@code --screenshot=FILE} (with {@code --open=ID}, {@code --step=N}, {@code --theme=T},
 * {@code --lang=L}) saves a picture of the window once the run is shown, then quits; {@code --presentation} starts
 * in presentation mode; {@code --explore} explores the first program opened and shows the Explore tab (a screenshot
 * then waits for the search to finish).
 */
public final class LockstepApp extends Application {
    public static final String TITLE = MainWindow.TITLE;

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        CjkFonts.family(); // before any scene is built, so Chinese never starts in a font without its glyphs
        // The installers' icon (installer/src/main/jpackage), for the task bar and the window switcher.
        stage.getIcons().add(new javafx.scene.image.Image(
                LockstepApp.class.getResource("/lockstep/app/lockstep.png").toExternalForm()));
        window = new MainWindow(stage, new AppContext(ConfigFolder.resolve(), null, null, options.open()));
        if (options.measureStartup()) {
            StartupProbe.attach(stage, window, ManagementFactory.getRuntimeMXBean().getStartTime());
        }
        window.show();
        if (options.presentation()) {
            window.appearance().presentationProperty().set(true);
        }
        if (options.explore()) {
            exploreTheFirstRun(window);
        }
        if (options.screenshot() != null) {
            WindowSnapshot.takeWhenReady(window, options, Path.of(options.screenshot()), Platform::exit);
        }
    }

    /** Explores the first program opened, once its first run is shown. */
    private static void exploreTheFirstRun(MainWindow window) {
        window.playback().sessionProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends lockstep.app.simulation.RunSession> obs,
                                lockstep.app.simulation.RunSession old, lockstep.app.simulation.RunSession now) {
                if (now != null) {
                    obs.removeListener(this);
                    window.explore();
                }
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /** The hidden launch options. */
    record LaunchOptions(boolean measureStartup, String screenshot, String open, long step, String theme,
                         String lang, boolean presentation, boolean explore) {
        static LaunchOptions parse(List<String> args) {
            boolean measure = false;
            String screenshot = null;
            String open = null;
            long step = -1;
            String theme = null;
            String lang = null;
            boolean presentation = false;
            boolean explore = false;
            for (String arg : args) {
                if (arg.equals("--measure-startup")) {
                    measure = true;
                } else if (arg.startsWith("--screenshot=")) {
                    screenshot = arg.substring("--screenshot=".length());
                } else if (arg.startsWith("--open=")) {
                    open = arg.substring("--open=".length());
                } else if (arg.startsWith("--step=")) {
                    step = Long.parseLong(arg.substring("--step=".length()));
                } else if (arg.startsWith("--theme=")) {
                    theme = arg.substring("--theme=".length());
                } else if (arg.startsWith("--lang=")) {
                    lang = arg.substring("--lang=".length());
                } else if (arg.equals("--presentation")) {
                    presentation = true;
                } else if (arg.equals("--explore")) {
                    explore = true;
                }
            }
            return new LaunchOptions(measure, screenshot, open, step, theme, lang, presentation, explore);
        }
    }
}
