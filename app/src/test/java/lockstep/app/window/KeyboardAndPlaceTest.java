package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import lockstep.app.i18n.I18n;
import lockstep.app.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The keyboard with the program on screen: a click in the program leaves the keys to the playback; editing starts
 * on a double click and Esc ends it; keys for the side tabs, the theme and the language. And the window's size and
 * place, remembered across a restart and kept on screen.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndPlaceTest {
    @TempDir
    Path config;
    private MainWindow window;
    private MainWindow second;

    @Start
    void start(Stage primary) {
        window = WindowTestSupport.start(config, new FakeChooser(), new FakePrompts(), "lost-update");
    }

    @AfterEach
    void closeTheWindows() {
        WindowTestSupport.close(window);
        WindowTestSupport.close(second);
    }

    private String programText() {
        return fx(() -> window.programView().area().getText());
    }

    @Test
    void aClickInTheProgramLeavesMSpaceAndDigitsToThePlayback(FxRobot robot) {
        waitForRun(window);
        String text = programText();
        robot.clickOn("#program-area");
        assertEquals(Boolean.FALSE, fx(() -> window.programView().editingProperty().get()));

        robot.type(KeyCode.SPACE);
        waitUntil("playing", 5, () -> window.playback().playingProperty().get());
        robot.type(KeyCode.SPACE);
        waitUntil("paused", 5, () -> !window.playback().playingProperty().get());
        long at = fx(() -> window.playback().position());

        // At the micro-op grain a pick is one step (MainThread, key 1, is the only thread this early).
        onFx(() -> window.playback().grainProperty().set(lockstep.sim.trace.Grain.MICRO_OP));
        robot.type(KeyCode.M);
        waitUntil("a manual run awaiting a choice", 30, () -> window.workspace().manualProperty().get()
                && window.playback().session() != null && window.playback().session().awaitingChoice()
                && !window.workspace().runnableThreads().isEmpty());
        robot.type(KeyCode.DIGIT1);
        waitUntil("one step by the digit", 30, () -> window.playback().position() == at + 1);
        assertEquals(text, programText(), "no key became text");
        assertFalse(fx(() -> window.workspace().isDirty()));
    }

    @Test
    void aDoubleClickEditsTheProgramAndEscapeEndsEditing(FxRobot robot) {
        waitForRun(window);
        robot.doubleClickOn("#program-area");
        waitUntil("editing", 5, () -> window.programView().editingProperty().get()
                && window.programView().area().isEditable() && window.programView().area().isFocused());
        String before = programText();
        robot.type(KeyCode.END).type(KeyCode.M);
        waitUntil("the typed letter", 5, () -> programText().length() == before.length() + 1);
        assertFalse(fx(() -> window.workspace().manualProperty().get()), "M was text while editing");

        robot.type(KeyCode.ESCAPE);
        waitUntil("editing ended", 5, () -> !window.programView().editingProperty().get()
                && !window.programView().area().isEditable());
        String edited = programText();
        robot.clickOn("#program-area");
        robot.type(KeyCode.M);
        waitUntil("manual mode by M", 10, () -> window.workspace().manualProperty().get());
        assertEquals(edited, programText());

        // The button edits too, and Enter in the program.
        robot.type(KeyCode.M);
        waitUntil("manual mode off", 10, () -> !window.workspace().manualProperty().get());
        // Away from the last click, so that the two clicks cannot make a double click (which edits, selecting a word).
        robot.clickOn(robot.point("#program-area").atPosition(Pos.TOP_LEFT).atOffset(new Point2D(80, 12)));
        robot.type(KeyCode.ENTER);
        waitUntil("editing by Enter", 5, () -> window.programView().editingProperty().get());
        assertEquals(edited, programText(), "Enter starts editing without typing a line");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#program-edit");
        waitUntil("editing by the button", 5, () -> window.programView().editingProperty().get());
    }

    @Test
    void keysShowTheSideTabsAndSwitchTheThemeAndTheLanguage(FxRobot robot) {
        waitForRun(window);
        TabPane tabs = fx(() -> robot.lookup("#side-tabs").queryAs(TabPane.class));
        robot.type(KeyCode.T);
        waitUntil("threads", 5, () -> "tab-threads".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        robot.type(KeyCode.P);
        waitUntil("output", 5, () -> "tab-output".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        robot.type(KeyCode.O);
        waitUntil("objects", 5, () -> "tab-objects".equals(tabs.getSelectionModel().getSelectedItem().getId()));

        assertEquals(Theme.LIGHT, fx(() -> window.appearance().themeProperty().get()));
        robot.type(KeyCode.C);
        waitUntil("dark", 5, () -> window.appearance().themeProperty().get() == Theme.DARK);
        robot.type(KeyCode.C);
        waitUntil("contrast", 5, () -> window.appearance().themeProperty().get() == Theme.CONTRAST);
        robot.type(KeyCode.C);
        waitUntil("light", 5, () -> window.appearance().themeProperty().get() == Theme.LIGHT);

        robot.type(KeyCode.L);
        waitUntil("Chinese", 5, () -> window.i18n().locale().equals(I18n.CHINESE));
        assertEquals("线程", fx(() -> tabs.getTabs().get(1).getText()));
        robot.type(KeyCode.L);
        waitUntil("English", 5, () -> window.i18n().locale().equals(I18n.ENGLISH));
    }

    @Test
    void theWindowsSizeAndPlaceAreRememberedAcrossARestartAndKeptOnScreen() throws Exception {
        waitForRun(window);
        onFx(() -> {
            Stage stage = window.stage();
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        WindowTestSupport.close(window);
        window = null;
        assertTrue(Files.readString(config.resolve("settings.properties")).contains("window=40,30,1100,700"));

        onFx(() -> second = WindowTestSupport.start(config, new FakeChooser(), new FakePrompts(), "hello"));
        waitUntil("shown", 10, () -> second.stage().isShowing());
        assertEquals(40.0, fx(() -> second.stage().getX()));
        assertEquals(30.0, fx(() -> second.stage().getY()));
        assertEquals(1100.0, fx(() -> second.stage().getWidth()));
        assertEquals(700.0, fx(() -> second.stage().getHeight()));
        WindowTestSupport.close(second);
        second = null;

        // A place off every screen (a projector since unplugged) is brought back within the primary screen.
        String settings = Files.readString(config.resolve("settings.properties"));
        Files.writeString(config.resolve("settings.properties"),
                settings.replace("window=40,30,1100,700", "window=5000,4000,3000,2000"));
        onFx(() -> second = WindowTestSupport.start(config, new FakeChooser(), new FakePrompts(), "hello"));
        waitUntil("shown", 10, () -> second.stage().isShowing());
        Rectangle2D screen = fx(() -> Screen.getPrimary().getVisualBounds());
        Rectangle2D placed = fx(() -> new Rectangle2D(second.stage().getX(), second.stage().getY(),
                second.stage().getWidth(), second.stage().getHeight()));
        assertTrue(placed.getMinX() >= screen.getMinX() && placed.getMinY() >= screen.getMinY()
                && placed.getMaxX() <= screen.getMaxX() && placed.getMaxY() <= screen.getMaxY(),
                placed + " within " + screen);
    }
}
