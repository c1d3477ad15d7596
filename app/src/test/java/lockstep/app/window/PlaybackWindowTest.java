package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForDetail;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lockstep.app.library.LibraryEntry;
import lockstep.app.model.PlaybackController;
import lockstep.app.simulation.RunSession;
import lockstep.sim.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every bundled scenario in the window: played to the end, stepped back to the start, with every view following. */
@ExtendWith(ApplicationExtension.class)
class PlaybackWindowTest {
    /** Above this, the end's step detail costs a replay of the whole run: checked on the smaller runs only. */
    private static final long DETAIL_CHECK_LIMIT = 100_000;

    @TempDir
    Path config;
    private MainWindow window;
    private final FakePrompts prompts = new FakePrompts();

    @AfterEach
    void closeTheWindow() {
        WindowTestSupport.close(window);
    }

    @Start
    void start(Stage primary) {
        window = WindowTestSupport.start(config, new FakeChooser(), prompts, "hello");
    }

    @Test
    void everyBundledScenarioPlaysToTheEndAndStepsBackToTheStartWithEveryViewFollowing(FxRobot robot) {
        List<LibraryEntry> entries = fx(() -> window.library().entries());
        assertTrue(entries.size() >= 30, "bundled: " + entries.size());
        onFx(() -> window.playback().speedIndexProperty().set(PlaybackController.SPEEDS.length - 1));
        for (LibraryEntry entry : entries) {
            String id = entry.scenario().id();
            onFx(() -> assertTrue(window.openScenario(id), id));
            RunSession run = waitForRun(window);
            assertEquals(id, run.document().scenario().id());
            assertTrue(run.steps() > 0, id);
            assertEquals(0, (long) fx(() -> window.playback().position()), id + " opens at the start");
            String intro = fx(() -> window.narration().sentenceText());
            assertEquals(entry.scenario().summary().en().isBlank() ? intro : entry.scenario().summary().en(), intro,
                    id + ": the summary introduces the run");

            // Play to the end (a long run jumps there): the cursor, the timeline and the step counter follow.
            robot.type(run.steps() <= DETAIL_CHECK_LIMIT ? KeyCode.SPACE : KeyCode.END);
            waitUntil(id + " played to the end", 60, () -> window.playback().atEndProperty().get()
                    && !window.playback().playingProperty().get());
            assertEquals(run.steps(), (long) fx(() -> window.timeline().cursor()), id + ": timeline cursor");
            String counter = fx(() -> robot.lookup("#step-counter").queryAs(Label.class).getText());
            assertTrue(counter.replace(",", "").contains(Long.toString(run.steps())), id + ": " + counter);
            if (run.steps() <= DETAIL_CHECK_LIMIT) {
                waitForDetail(window);
                String last = fx(() -> window.narration().sentenceText());
                assertFalse(last.isBlank() || last.equals(intro), id + ": the last step is narrated: " + last);
                if (run.result().status() != RunStatus.COMPLETED) {
                    assertTrue(fx(() -> robot.lookup("#narration-ending").queryAs(Label.class).isVisible()),
                            id + ": how the run ended is said");
                }
            }

            // Back to the start with Home: the introduction again, the timeline cursor at 0.
            robot.type(KeyCode.HOME);
            waitUntil(id + " back at the start", 10, () -> window.playback().position() == 0);
            assertEquals(0, (long) fx(() -> window.timeline().cursor()), id);
            assertEquals(intro, fx(() -> window.narration().sentenceText()), id);
        }
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
    }

    @Test
    void steppingNarratesEachStepMarksTheThreadsAndShowsTheOutputSoFar(FxRobot robot) {
        // This test steps micro-op by micro-op (the grain's default is the operation, stepped in GrainSteppingTest).
        onFx(() -> window.playback().grainProperty().set(lockstep.sim.trace.Grain.MICRO_OP));
        onFx(() -> window.openScenario("lost-update"));
        RunSession run = waitForRun(window);
        robot.type(KeyCode.RIGHT);
        waitForDetail(window);
        assertEquals(1, (long) fx(() -> window.playback().position()));
        String first = fx(() -> window.narration().sentenceText());
        assertTrue(first.startsWith("MainThread"), first);
        assertEquals(1, (int) fx(() -> window.programView().emphasisedLine()),
                "the line about to run is the first");

        // Somewhere both threads have run: two markers, each in its thread's colour, one running next.
        long middle = run.steps() / 2;
        onFx(() -> window.playback().jumpTo(middle));
        waitForDetail(window);
        var markers = fx(() -> window.programView().markers());
        assertTrue(markers.size() >= 2, markers.toString());
        assertEquals(1, markers.stream().filter(m -> m.runsNext()).count(), markers.toString());
        assertNotEquals(markers.get(0).colour(), markers.get(1).colour());
        robot.type(KeyCode.LEFT);
        waitForDetail(window);
        assertEquals(middle - 1, (long) fx(() -> window.playback().position()));

        // Next event of a kind: output appears in the output panel only once printed.
        onFx(() -> window.playback().toStart());
        assertEquals("", fx(() -> window.output().text()));
        onFx(() -> window.playback().eventFilterProperty().set(lockstep.app.model.EventFilter.PRINT));
        robot.type(KeyCode.N);
        waitForDetail(window);
        assertTrue(fx(() -> window.output().text()).startsWith("x = "), fx(() -> window.output().text()));
        assertTrue(fx(() -> window.narration().sentenceText()).contains("prints"));
    }

    /** work-tasks carries tutorial 004's numbered steps as notes: the step where work_1 first runs shows note 4. */
    @Test
    void aScenariosNoteOnALineIsShownWithTheStepThatRunsIt(FxRobot robot) throws Exception {
        onFx(() -> window.openScenario("work-tasks"));
        RunSession run = waitForRun(window);
        long[] first = {-1};
        lockstep.sim.Simulator.run(run.document().scenario().compile(), lockstep.sim.RunOptions.defaults()
                .withStepListener(step -> {
                    if (first[0] < 0 && step.line() == 6 && !step.isLibraryCode()) {
                        first[0] = step.index();
                    }
                }));
        assertTrue(first[0] > 0);
        onFx(() -> window.playback().jumpTo(first[0] + 1));
        waitForDetail(window);
        assertEquals("4. work_1 gets control.", fx(() -> window.narration().noteText()));
        onFx(() -> window.playback().jumpTo(1));
        waitForDetail(window);
        assertEquals(null, fx(() -> window.narration().noteText()), "line 1 has no note");
    }

    @Test
    void clickingAScenarioInTheLibraryOpensIt(FxRobot robot) {
        waitForRun(window);
        robot.clickOn("#library-search").write("philosophers-d");
        List<LibraryEntry> shown = fx(() -> window.libraryView().visibleEntries());
        assertEquals(1, shown.size(), shown.toString());
        robot.clickOn(shown.get(0).scenario().title().en());
        RunSession run = waitForRun(window);
        assertEquals("philosophers-deadlock", run.document().scenario().id());
        assertEquals(RunStatus.DEADLOCK, run.result().status());
    }
}
