package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lockstep.app.export.TimelineExport;
import lockstep.app.simulation.RunGrains;
import lockstep.app.simulation.RunSession;
import lockstep.app.theme.Theme;
import lockstep.app.timeline.TimelineView;
import lockstep.sim.trace.Grain;
import lockstep.timeline.PageShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timeline and File → Export at the grain the run is stepped at: library internals folded but at micro-op. */
@ExtendWith(ApplicationExtension.class)
class FoldedTimelineTest {
    @TempDir
    Path config;
    @TempDir
    Path work;
    private MainWindow window;
    private final FakeChooser chooser = new FakeChooser();

    @AfterEach
    void closeTheWindow() {
        WindowTestSupport.close(window);
    }

    @Start
    void start(Stage primary) {
        window = WindowTestSupport.start(config, chooser, new FakePrompts(), "lost-update");
    }

    private TimelineView view() {
        return (TimelineView) window.timeline().view();
    }

    @Test
    void theTimelineFollowsTheGrainAndTheExportDialogOffersIt(FxRobot robot) throws Exception {
        RunSession run = waitForRun(window);
        waitUntil("the run's groups", 60, () -> window.playback().grainsProperty().get() != null
                && window.playback().grainsProperty().get().session() == run);
        RunGrains grains = fx(() -> window.playback().grainsProperty().get());
        waitUntil("the folded timeline", 10, () -> view().getModel() == grains.operationTimeline());
        assertEquals(Grain.OPERATION, fx(() -> view().getModel().grain()));

        robot.type(KeyCode.G);
        waitUntil("the line grain's timeline", 10, () -> view().getModel() == grains.lineTimeline());
        robot.type(KeyCode.G);
        waitUntil("every event at the micro-op grain", 10, () -> view().getModel() == run.timeline());
        assertEquals(Grain.MICRO_OP, fx(() -> view().getModel().grain()));

        // The dialog offers the grain the app steps at.
        robot.type(KeyCode.G);
        assertEquals(Grain.OPERATION, fx(() -> window.playback().grainProperty().get()));
        Path png = work.resolve("folded.png");
        chooser.nextSave = png;
        robot.clickOn("File").clickOn("Export timeline…");
        assertEquals(Grain.OPERATION, fx(() -> robot.lookup("#export-grain").queryAs(ComboBox.class).getValue()));
        robot.clickOn("Export…");
        waitUntil("the exported file", 10, () -> Files.isRegularFile(png));

        // An SVG at the operation grain folds threading's own locks; at the micro-op grain it draws them.
        Path folded = work.resolve("operation.svg");
        Path all = work.resolve("micro.svg");
        assertTrue(fx(() -> window.exportTo(window.exporter(), request(Grain.OPERATION), folded)));
        assertTrue(fx(() -> window.exportTo(window.exporter(), request(Grain.MICRO_OP), all)));
        String operation = Files.readString(folded);
        String micro = Files.readString(all);
        assertTrue(operation.contains(">operation ends</text>"), "the ticks' legend");
        assertFalse(operation.contains(">acquire</text>"), "no take of an internal lock");
        assertTrue(micro.contains(">acquire</text>"));
        assertFalse(micro.contains(">operation ends</text>"));
        assertSame(grains.operationTimeline(), grains.timeline(Grain.OPERATION));
    }

    private static TimelineExport.Request request(Grain grain) {
        return new TimelineExport.Request(TimelineExport.Format.SVG, 1, false, new long[] {0, 1}, 0, Theme.LIGHT,
                lockstep.app.i18n.I18n.ENGLISH, null, PageShape.STRIP, false, grain);
    }
}
