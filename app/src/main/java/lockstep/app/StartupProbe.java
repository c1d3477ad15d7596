package lockstep.app;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import lockstep.app.simulation.RunSession;
import lockstep.app.window.MainWindow;

/**
 * Measures the launch: from the JVM's start to the window shown (its first frame drawn), and to the first run shown
 * in it; prints both and quits.
 */
final class StartupProbe {
    private StartupProbe() {}

    static void attach(Stage stage, MainWindow window, long jvmStartMillis) {
        long[] shownMillis = {-1};
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            // The next pulse after WINDOW_SHOWN is the first frame on screen.
            Platform.runLater(() -> shownMillis[0] = System.currentTimeMillis());
        });
        ChangeListener<RunSession> firstRun = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends RunSession> obs, RunSession old,
                                RunSession now) {
                if (now == null) {
                    return;
                }
                window.playback().sessionProperty().removeListener(this);
                Platform.runLater(() -> {
                    long runMillis = System.currentTimeMillis();
                    long shown = shownMillis[0] < 0 ? runMillis : shownMillis[0];
                    System.out.printf("startup: window shown %d ms after JVM start; first run shown %d ms after JVM "
                            + "start%n", shown - jvmStartMillis, runMillis - jvmStartMillis);
                    System.out.flush();
                    Platform.exit();
                });
            }
        };
        window.playback().sessionProperty().addListener(firstRun);
    }
}
