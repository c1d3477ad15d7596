package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import lockstep.app.controls.Shortcuts;
import lockstep.app.explore.ExploreFinished;
import lockstep.app.simulation.RunSession;
import lockstep.sim.RunStatus;
import lockstep.sim.explore.ExploreMode;
import lockstep.sim.explore.Outcome;
import lockstep.sim.explore.StopReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Explore in the window, on the lost update with two threads adding 1 twice each: 34 interleavings, x ends at 3 in
 * 16, at 2 in 12 and at 4 in 6 (issue 13's counts). Choosing an outcome makes its schedule the run shown.
 */
@ExtendWith(ApplicationExtension.class)
class ExploreWindowTest {
    static final String LOST_UPDATE_2 = """
            import threading

            N = 2
            x = 0

            def add():
                global x
                for i in range(N):
                    x += 1

            t1 = threading.Thread(target=add)
            t2 = threading.Thread(target=add)
            t1.start()
            t2.start()
            t1.join()
            t2.join()
            print(f"x = {x} (expected {2 * N})")
            """;

    /** The Explore tab's place among the side tabs. */
    private static final int EXPLORE_TAB = Shortcuts.SideTab.EXPLORE.ordinal();

    @TempDir
    Path config;
    @TempDir
    Path work;
    private final FakeChooser chooser = new FakeChooser();
    private final FakePrompts prompts = new FakePrompts();
    private MainWindow window;

    @Start
    void start(Stage primary) throws Exception {
        Path program = Files.writeString(config.resolve("lost_update_2.py"), LOST_UPDATE_2);
        window = WindowTestSupport.start(config, chooser, prompts, program.toString());
    }

    @AfterEach
    void closeTheWindow() {
        WindowTestSupport.close(window);
    }

    private TableView<Outcome> table() {
        return window.explorePanel().table();
    }

    /** Presses a button or ticks a box of the panel as a click does, wherever the panel is scrolled. */
    private static void fire(FxRobot robot, String id) {
        onFx(() -> ((javafx.scene.control.ButtonBase) robot.lookup(id).query()).fire());
    }

    private String label(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    /** Explores with the X key, as in presentation mode, and waits for the search to end. */
    private ExploreFinished.Done exploreWithTheKey(FxRobot robot) {
        waitForRun(window);
        robot.type(KeyCode.X);
        return waitForTheSearch();
    }

    private ExploreFinished.Done waitForTheSearch() {
        waitUntil("the search", 60, () -> window.exploration().finishedProperty().get() != null
                && !window.exploration().runningProperty().get());
        return assertInstanceOf(ExploreFinished.Done.class, fx(() -> window.exploration().finishedProperty().get()));
    }

    /** Waits until the run shown is the replay of {@code outcome}'s schedule, in manual mode, at its end. */
    private RunSession waitForTheReplay(Outcome outcome) {
        waitUntil("the replay", 60, () -> {
            RunSession run = window.playback().session();
            return run != null && run.manual() && !window.workspace().simulatingProperty().get()
                    && run.result().globals().equals(outcome.globals());
        });
        return fx(() -> window.playback().session());
    }

    @Test
    void theOutcomesAreListedMostFrequentFirstWithTheirCountsAndTheSearchIsComplete(FxRobot robot) {
        ExploreFinished.Done done = exploreWithTheKey(robot);
        assertEquals(EXPLORE_TAB, fx(() -> robot.lookup("#side-tabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedIndex()));
        assertTrue(done.result().complete());
        assertEquals(BigInteger.valueOf(34), done.result().interleavings());
        List<Outcome> rows = fx(() -> List.copyOf(table().getItems()));
        assertEquals(List.of(16L, 12L, 6L), rows.stream().map(o -> o.count().longValue()).toList());
        assertEquals(List.of(3L, 2L, 4L), rows.stream().map(o -> (Long) o.globals().get("x")).toList());
        assertTrue(rows.stream().allMatch(o -> o.status() == RunStatus.COMPLETED));
        assertEquals("x = 3 in 16 of 34 interleavings", label(robot, "#explore-summary"));
        assertTrue(label(robot, "#explore-complete").startsWith("Complete: every schedule was covered"),
                label(robot, "#explore-complete"));
        assertTrue(label(robot, "#explore-totals").startsWith("34 interleavings · "), label(robot, "#explore-totals"));
        onFx(() -> window.i18n().setLocale(lockstep.app.i18n.I18n.CHINESE));
        assertEquals("34 种交错中有 16 种的结果是 x = 3", label(robot, "#explore-summary"));
        assertTrue(label(robot, "#explore-complete").startsWith("完整："), label(robot, "#explore-complete"));
    }

    @Test
    void choosingAnOutcomeReplaysItsScheduleOnTheTimelineAndTheToggleReplaysTheLeastPreempted(FxRobot robot) {
        exploreWithTheKey(robot);
        Outcome four = fx(() -> table().getItems().get(2));
        onFx(() -> table().getSelectionModel().select(2));
        RunSession run = waitForTheReplay(four);
        assertEquals(4L, run.result().globals().get("x"));
        assertEquals(List.of("x = 4 (expected 4)"), run.result().output());
        assertEquals(RunStatus.COMPLETED, run.result().status());
        assertEquals(four.shortest().toText(), run.result().schedule().toText());
        assertEquals("x = 4 in 6 of 34 interleavings", label(robot, "#explore-summary"));
        // The Explore tab stays shown though manual mode started.
        assertEquals(EXPLORE_TAB, fx(() -> robot.lookup("#side-tabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedIndex()));
        // The student steps back through it.
        long end = fx(() -> window.playback().position());
        assertEquals(run.steps(), end);
        robot.type(KeyCode.LEFT);
        waitUntil("a step back", 10, () -> window.playback().position() < end);

        fire(robot, "#explore-least-preempted");
        waitUntil("the least preempted replay", 60, () -> {
            RunSession now = window.playback().session();
            return now != null && now != run && now.manual() && !window.workspace().simulatingProperty().get();
        });
        RunSession least = fx(() -> window.playback().session());
        assertEquals(four.leastPreempted().toText(), least.result().schedule().toText());
        assertEquals(four.globals(), least.result().globals());

        // ] and [ choose the neighbouring outcomes.
        robot.type(KeyCode.OPEN_BRACKET);
        Outcome two = fx(() -> table().getItems().get(1));
        waitForTheReplay(two);
        assertEquals(two, fx(() -> table().getSelectionModel().getSelectedItem()));
    }

    @Test
    void theCsvExportIsTheTableExactlyAndThePictureHasEveryRow(FxRobot robot) throws Exception {
        ExploreFinished.Done done = exploreWithTheKey(robot);
        Path csv = work.resolve("outcomes.csv");
        chooser.nextSave = csv;
        fire(robot, "#explore-export-csv");
        waitUntil("the CSV", 10, () -> Files.isRegularFile(csv));
        List<Outcome> o = done.result().outcomes();
        assertEquals("count,percent,status,globals,output,problem,shortest_operations,preemptions\n"
                + "16,47.06,completed,\"N = 2, x = 3\",x = 3 (expected 4),," + o.get(0).shortestLength() + ","
                + o.get(0).preemptions() + "\n"
                + "12,35.29,completed,\"N = 2, x = 2\",x = 2 (expected 4),," + o.get(1).shortestLength() + ","
                + o.get(1).preemptions() + "\n"
                + "6,17.65,completed,\"N = 2, x = 4\",x = 4 (expected 4),," + o.get(2).shortestLength() + ","
                + o.get(2).preemptions() + "\n", Files.readString(csv, StandardCharsets.UTF_8));

        Path png = work.resolve("outcomes.png");
        assertTrue(fx(() -> window.exportOutcomes(png, true)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2000, image.getWidth());
        assertTrue(image.getHeight() > 2 * (24 + 30 + 3 * 20 + 14 + 26 * 4), "every row: " + image.getHeight());
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
    }

    @Test
    void cancelStopsALongSearchAndShowsWhatItFoundAsNotComplete(FxRobot robot) {
        waitForRun(window);
        // Every trace one execution, no state merged: far more than the test waits for.
        onFx(() -> window.workspace().programTextProperty().set(LOST_UPDATE_2.replace("N = 2", "N = 200")));
        waitForRun(window);
        onFx(() -> window.exploration().modeProperty().set(ExploreMode.DPOR));
        fire(robot, "#explore-run");
        waitUntil("the search under way", 10, () -> window.exploration().runningProperty().get());
        String status = label(robot, "#explore-status");
        assertTrue(status.equals("Exploring…") || status.contains(" executions · "), status);
        fire(robot, "#explore-cancel");
        ExploreFinished.Done done = waitForTheSearch();
        assertEquals(StopReason.STOPPED, done.result().stopReason());
        assertFalse(done.result().complete());
        assertTrue(label(robot, "#explore-complete").startsWith("Not complete: the search was cancelled."),
                label(robot, "#explore-complete"));
        // An edit makes the findings stale.
        onFx(() -> window.workspace().programTextProperty().set(LOST_UPDATE_2));
        waitUntil("the stale note", 10, () -> window.exploration().staleProperty().get());
        assertTrue(label(robot, "#explore-status").startsWith("The program or the scheduler settings changed"));
    }
}
