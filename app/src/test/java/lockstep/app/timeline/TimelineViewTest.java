package lockstep.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline on screen (headless, Monocle) against its export. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 300;

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        stage.setScene(new Scene(new StackPane(view), WIDTH, HEIGHT));
        stage.show();
    }

    @Test
    void anExportedPngShowsWhatTheScreenShows(FxRobot robot) throws Exception {
        TimelineModel model = TimelineModel.of(Runs.scenario("lock-order-deadlock"));
        for (TimelineTheme theme : TimelineTheme.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                robot.interact(() -> {
                    view.setModel(model);
                    view.setTheme(theme);
                    view.setLocale(locale);
                    view.showRange(new StepRange(280, 1040));
                    view.setCursorStep(569);
                });
                WaitForAsyncUtils.waitForFxEvents();
                BufferedImage[] screen = new BufferedImage[1];
                TimelineExporter.Settings[] settings = new TimelineExporter.Settings[1];
                robot.interact(() -> {
                    screen[0] = view.snapshotImage();
                    settings[0] = view.exportSettings();
                });
                BufferedImage exported = TimelineExporter.image(model, settings[0]);
                assertEquals(WIDTH, exported.getWidth());
                assertEquals(screen[0].getWidth(), exported.getWidth());
                assertEquals(screen[0].getHeight(), exported.getHeight());
                PixelDifference difference = PixelDifference.of(screen[0], exported);
                System.out.println(theme + " " + locale + " " + difference);
                javax.imageio.ImageIO.write(screen[0], "png", new java.io.File("/tmp/tl/screen-" + theme + "-" + locale + ".png"));
                javax.imageio.ImageIO.write(exported, "png", new java.io.File("/tmp/tl/export-" + theme + "-" + locale + ".png"));
            }
        }
    }
}
