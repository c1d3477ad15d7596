package lockstep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The placeholder window, shown headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class LockstepAppTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new LockstepApp().start(stage);
    }

    @Test
    void showsTheTitleTheHowToAndTheBundledScenarios(FxRobot robot) throws Exception {
        assertEquals("Lockstep", stage.getTitle());
        assertTrue(stage.isShowing());
        Label message = robot.lookup("#placeholder-message").queryAs(Label.class);
        assertTrue(message.getText().contains("command line"), message.getText());
        Label command = robot.lookup("#placeholder-command").queryAs(Label.class);
        assertTrue(command.getText().contains("lockstep run"), command.getText());
        ListView<?> list = robot.lookup("#scenario-list").queryAs(ListView.class);
        int bundled = lockstep.sim.scenario.BundledScenarios.paths(LockstepAppTest.class.getClassLoader()).size();
        assertTrue(bundled >= 3, "bundled: " + bundled);
        assertEquals(bundled, list.getItems().size(), list.getItems().toString());
        assertEquals("Hello, Lockstep  ·  你好，Lockstep   (hello)", list.getItems().get(0));
    }
}
