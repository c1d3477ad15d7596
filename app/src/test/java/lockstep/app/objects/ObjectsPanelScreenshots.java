package lockstep.app.objects;

import atlantafx.base.theme.NordDark;
import atlantafx.base.theme.NordLight;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes pictures of the panel, in every theme and both languages, to the folder named by the system property
 * {@code lockstep.screenshots}, for a person to look at. Skipped unless that property is set:
 * {@code mvn -pl app -am test -Dtest=ObjectsPanelScreenshots -Dlockstep.screenshots=/tmp/shots
 * -Dheadless.geometry=1600x1200-32 -Dsurefire.failIfNoSpecifiedTests=false} (the geometry makes the headless screen
 * taller than the window, which Monocle's painter needs).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "lockstep.screenshots", matches = ".+")
class ObjectsPanelScreenshots {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyThemeAndLanguage(FxRobot robot) throws Exception {
        Path folder = Path.of(System.getProperty("lockstep.screenshots"));
        Files.createDirectories(folder);
        // Compared with 30 steps before, so that the picture shows some highlighting.
        Pictures.Pair everything = Pictures.atPrint(Pictures.EVERYTHING, "look", 30);
        Pictures.Pair fork = Pictures.atEnd(Pictures.FORK_DEADLOCK);
        Pictures.Pair hub = Pictures.atPrint(Pictures.GEVENT_HUB, "b sleeps", 30);
        for (Theme theme : List.of(new PrimerLight(), new PrimerDark(), new NordLight(), new NordDark())) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                shoot(robot, theme, locale, everything, folder.resolve("everything-" + name(theme, locale)));
                shoot(robot, theme, locale, fork, folder.resolve("fork-" + name(theme, locale)));
                shoot(robot, theme, locale, hub, folder.resolve("hub-" + name(theme, locale)));
            }
        }
    }

    private static String name(Theme theme, Locale locale) {
        return theme.getName().replace(" ", "").toLowerCase(Locale.ROOT) + "-" + locale.getLanguage() + ".png";
    }

    private void shoot(FxRobot robot, Theme theme, Locale locale, Pictures.Pair pair, Path file) throws Exception {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
            ObjectsPanel panel = new ObjectsPanel(Pictures.COLORS);
            Parent view = (Parent) panel.createView();
            panel.setLocale(locale);
            panel.setHistory(pair.history());
            panel.show(pair.current(), pair.previous());
            stage.setScene(new Scene(view, 560, 1000));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File(file.toString()));
    }
}
