package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForDetail;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import lockstep.app.simulation.RunSession;
import lockstep.app.theme.Theme;
import lockstep.sim.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's features one by one: manual mode, language, theme, presentation, export, editing, files. */
@ExtendWith(ApplicationExtension.class)
class WindowFeaturesTest {
    @TempDir
    Path config;
    @TempDir
    Path work;
    private Stage stage;
    private MainWindow window;
    private final FakeChooser chooser = new FakeChooser();
    private final FakePrompts prompts = new FakePrompts();

    @AfterEach
    void closeTheWindow() {
        WindowTestSupport.close(window);
    }

    @Start
    void start(Stage primary) {
        window = WindowTestSupport.start(config, chooser, prompts, "lost-update");
        stage = window.stage();
    }

    private String menuText(FxRobot robot, int index) {
        return fx(() -> robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(index).getText());
    }

    /** Chooses a menu item as a click on it does (submenus' popups are not driven by the headless robot). */
    private static void fireMenuItem(FxRobot robot, String id) {
        onFx(() -> {
            MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
            MenuItem item = find(bar.getMenus(), id);
            assertNotNull(item, id);
            item.fire();
        });
    }

    private static MenuItem find(List<? extends MenuItem> items, String id) {
        for (MenuItem item : items) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu menu) {
                MenuItem inner = find(menu.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    @Test
    void manualModeRunsTheThreadPickedByClickOrNumberAndSavesTheSchedule(FxRobot robot) throws Exception {
        RunSession run = waitForRun(window);
        long at = 40;
        onFx(() -> window.playback().jumpTo(at));
        // At the micro-op grain a pick is one step (ManualModeTest covers the operation grain).
        onFx(() -> window.playback().grainProperty().set(lockstep.sim.trace.Grain.MICRO_OP));
        robot.type(KeyCode.M);
        waitUntil("a manual run awaiting a choice", 30, () -> window.playback().session() != null
                && window.playback().session().awaitingChoice() && !window.workspace().runnableThreads().isEmpty());
        assertEquals(at, (long) fx(() -> window.playback().position()), "manual mode keeps the steps so far");
        assertTrue(fx(() -> robot.lookup("#narration-ending").queryAs(Label.class).getText()).contains("Your turn"));

        // Press 1: MainThread, the first thread and the one that can run here, runs one step.
        String first = fx(() -> window.workspace().runnableThreads().get(0).name());
        robot.type(KeyCode.DIGIT1);
        waitUntil("one more step", 30, () -> window.playback().position() == at + 1
                && window.playback().session().awaitingChoice());
        assertEquals(first, fx(() -> window.playback().session().threadOfStep(at).name()));

        // Click the button of a runnable thread: it runs the next step.
        robot.clickOn("#pick-1");
        waitUntil("another step", 30, () -> window.playback().position() == at + 2
                && window.playback().session().awaitingChoice());

        // The schedule so far, saved, replays to the same place.
        Path saved = work.resolve("schedule.txt");
        chooser.nextSave = saved;
        onFx(() -> window.saveSchedule());
        Schedule schedule = Schedule.parse(Files.readString(saved));
        assertEquals(at + 2, schedule.slices().stream().mapToLong(Schedule.Slice::steps).sum());
        robot.type(KeyCode.M);
        waitUntil("manual mode off", 30, () -> !window.workspace().manualProperty().get()
                && window.playback().session() != null && !window.playback().session().manual());
        assertEquals(run.steps(), (long) fx(() -> window.playback().totalStepsProperty().get()));
        chooser.nextOpen = saved;
        onFx(() -> window.replaySchedule());
        waitUntil("the replayed schedule", 30, () -> window.playback().session() != null
                && window.playback().session().manual() && window.playback().session().steps() == at + 2);
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
    }

    @Test
    void theLanguageSwitchesEveryMenuToChineseAndBack(FxRobot robot) {
        waitForRun(window);
        assertEquals("File", menuText(robot, 0));
        fireMenuItem(robot, "menu-language-zh");
        waitUntil("Chinese menus", 5, () -> window.i18n().isChinese());
        assertEquals("文件", menuText(robot, 0));
        assertEquals("视图", menuText(robot, 3));
        assertTrue(fx(() -> stage.getScene().getRoot().getStyle()).contains("-fx-font-family"),
                "Chinese is drawn with a named CJK family");
        waitForDetail(window);
        onFx(() -> window.playback().jumpTo(5));
        waitForDetail(window);
        String said = fx(() -> window.narration().sentenceText());
        assertTrue(said.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the narration is in Chinese: " + said);
        robot.clickOn("#language-toggle");
        waitUntil("English menus", 5, () -> !window.i18n().isChinese());
        assertEquals("File", menuText(robot, 0));
        assertEquals("", fx(() -> stage.getScene().getRoot().getStyle()));
    }

    @Test
    void theThemeSwitchesToDarkAndHighContrastAndBack(FxRobot robot) {
        waitForRun(window);
        fireMenuItem(robot, "menu-theme-dark");
        waitUntil("dark", 5, () -> window.appearance().themeProperty().get() == Theme.DARK);
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        assertTrue(fx(() -> stage.getScene().getRoot().getStyleClass().contains("theme-dark")));
        fireMenuItem(robot, "menu-theme-contrast");
        waitUntil("contrast", 5, () -> window.appearance().themeProperty().get() == Theme.CONTRAST);
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"));
        assertTrue(fx(() -> stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("contrast.css"))));
        assertTrue(fx(() -> stage.getScene().getRoot().getStyleClass().contains("theme-contrast")));
        assertEquals(lockstep.timeline.TimelineTheme.HIGH_CONTRAST,
                fx(() -> ((lockstep.app.timeline.TimelineView) window.timeline().view()).getTheme()));
        robot.clickOn("#theme-toggle");
        waitUntil("light", 5, () -> window.appearance().themeProperty().get() == Theme.LIGHT);
        assertFalse(fx(() -> stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("contrast.css"))));
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
    }

    @Test
    void presentationModeHidesTheLibraryAndMenusAndEscapeLeavesIt(FxRobot robot) {
        waitForRun(window);
        robot.type(KeyCode.F5);
        waitUntil("presentation", 5, () -> window.appearance().presentationProperty().get());
        assertTrue(fx(() -> stage.getScene().getRoot().getStyleClass().contains("presentation")));
        assertTrue(fx(() -> stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("presentation.css"))));
        assertFalse(fx(() -> robot.lookup("#menu-bar").query().isVisible()));
        assertFalse(fx(() -> window.libraryView().tree().getScene() != null
                && window.libraryView().tree().isVisible() && window.libraryView().tree().getParent() != null
                && stage.getScene().getRoot().lookup("#library-tree") != null));
        robot.type(KeyCode.RIGHT);
        waitUntil("a step by keyboard", 5, () -> window.playback().position() == 1);
        robot.type(KeyCode.ESCAPE);
        waitUntil("presentation left", 5, () -> !window.appearance().presentationProperty().get());
        assertTrue(fx(() -> robot.lookup("#menu-bar").query().isVisible()));
        assertNotNull(fx(() -> stage.getScene().getRoot().lookup("#library-tree")));
    }

    @Test
    void exportFromTheMenuWritesThePictureOfTheTimeline(FxRobot robot) throws Exception {
        waitForRun(window);
        Path png = work.resolve("timeline.png");
        chooser.nextSave = png;
        robot.clickOn("File").clickOn("Export timeline…");
        robot.clickOn("Export…");
        waitUntil("the exported file", 10, () -> Files.isRegularFile(png));
        BufferedImage image = ImageIO.read(png.toFile());
        double width = fx(() -> window.timeline().view().getLayoutBounds().getWidth());
        assertEquals(Math.round(width * 2), image.getWidth(), 1.0, "exported at 2×");
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());

        // The same request as SVG, in Chinese on the dark palette, from what the dialog would send.
        Path svg = work.resolve("timeline.svg");
        var request = new lockstep.app.export.TimelineExport.Request(lockstep.app.export.TimelineExport.Format.SVG,
                1, false, new long[] {0, 1}, 0, Theme.DARK, lockstep.app.i18n.I18n.CHINESE);
        assertTrue(fx(() -> window.exportTo(window.exporter(), request, svg)));
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains("MainThread"));

        // A 4:3 page in Chinese with a title of its own, as the dialog sends it.
        Path page = work.resolve("page.svg");
        var titled = new lockstep.app.export.TimelineExport.Request(lockstep.app.export.TimelineExport.Format.SVG,
                1, false, new long[] {0, 1}, 0, Theme.LIGHT, lockstep.app.i18n.I18n.CHINESE, "第三课：死锁",
                lockstep.timeline.PageShape.STANDARD, false);
        assertTrue(fx(() -> window.exportTo(window.exporter(), titled, page)));
        String pageText = Files.readString(page);
        assertTrue(pageText.contains(">第三课：死锁</text>"),
                pageText.substring(0, Math.min(400, pageText.length())));
        var size = java.util.regex.Pattern.compile("<svg[^>]* width='(\\d+)\\.0' height='(\\d+)\\.0'")
                .matcher(pageText);
        assertTrue(size.find(), pageText.substring(0, 300));
        int pageWidth = Integer.parseInt(size.group(1));
        assertEquals(Math.round(width), pageWidth, 1.0);
        assertEquals(lockstep.timeline.PageShape.STANDARD.heightFor(pageWidth), Integer.parseInt(size.group(2)));
    }

    @Test
    void exportOffersSlideShapesTheScenariosTitleAndThePlayheadOnlyWhenTicked(FxRobot robot) throws Exception {
        RunSession run = waitForRun(window);
        String title = run.document().scenario().title().en();
        int cursor = fx(() -> window.appearance().themeProperty().get().timelineTheme().palette().cursor().getRGB());
        double width = fx(() -> window.timeline().view().getLayoutBounds().getWidth());

        Path wide = work.resolve("wide.png");
        chooser.nextSave = wide;
        robot.clickOn("File").clickOn("Export timeline…");
        assertEquals(title, fx(() -> robot.lookup("#export-title").queryAs(TextField.class).getText()));
        robot.clickOn("#export-shape").clickOn("16:9 slide");
        robot.clickOn("Export…");
        waitUntil("the 16:9 picture", 10, () -> Files.isRegularFile(wide));
        BufferedImage slide = ImageIO.read(wide.toFile());
        assertEquals(Math.round(width * 2), slide.getWidth(), 1.0);
        assertEquals(lockstep.timeline.PageShape.WIDE.heightFor(slide.getWidth() / 2) * 2, slide.getHeight());
        assertEquals(0, pixels(slide, cursor), "no playhead unless ticked");

        Path headed = work.resolve("headed.png");
        chooser.nextSave = headed;
        robot.clickOn("File").clickOn("Export timeline…");
        robot.clickOn("#export-playhead");
        robot.clickOn("#export-title-show");
        assertTrue(fx(() -> robot.lookup("#export-title").query().isDisabled()));
        robot.clickOn("Export…");
        waitUntil("the strip with its playhead", 10, () -> Files.isRegularFile(headed));
        BufferedImage strip = ImageIO.read(headed.toFile());
        assertTrue(pixels(strip, cursor) > 20, "the playhead is drawn when ticked");
        double height = fx(() -> window.timeline().view().getLayoutBounds().getHeight());
        assertTrue(Math.abs(strip.getHeight() - 2 * Math.max(140, (int) height)) <= 2,
                "a strip without a title is the view's height: " + strip.getHeight() + " vs " + height);
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void anEditWithAnErrorIsMarkedAtItsLineAndTheFixReRuns(FxRobot robot) {
        waitForRun(window);
        int lines = fx(() -> window.programView().area().getParagraphs().size());
        onFx(() -> {
            var area = window.programView().area();
            area.moveTo(area.getLength());
            area.insertText(area.getLength(), "print((1 + \n");
        });
        waitUntil("the error", 10, () -> window.workspace().compileErrorProperty().get() != null);
        int errorLine = fx(() -> window.programView().errorLine());
        assertTrue(errorLine >= lines - 1, "marked at line " + errorLine + " of " + lines);
        assertTrue(fx(() -> robot.lookup("#program-error-bar").query().isVisible()));
        assertTrue(fx(() -> robot.lookup("#program-error").queryAs(Label.class).getText()).contains("Line "));
        assertTrue(fx(() -> window.workspace().isDirty()));
        onFx(() -> window.workspace().revert());
        waitUntil("the error cleared", 10, () -> window.workspace().compileErrorProperty().get() == null);
        assertFalse(fx(() -> robot.lookup("#program-error-bar").query().isVisible()));
    }

    @Test
    void unsavedEditsAreKeptInARecoveryCopyOfferedOnTheNextStart(FxRobot robot) throws Exception {
        waitForRun(window);
        onFx(() -> window.workspace().programTextProperty().set("print('recovered edit')\n"));
        Path copy = config.resolve("recovery.properties");
        waitUntil("the recovery copy", 10, () -> Files.isRegularFile(copy));
        assertTrue(Files.readString(copy).contains("recovered edit"));

        // The window is closed without saving (the app stopped): the next start offers the copy.
        prompts.unsavedAnswer = Prompts.UnsavedChoice.CANCEL;
        assertFalse(fx(() -> window.requestClose()), "asked, and cancelled");
        assertEquals(1, prompts.unsavedAsked);
        FakePrompts next = new FakePrompts();
        MainWindow[] second = new MainWindow[1];
        onFx(() -> second[0] = WindowTestSupport.start(config, new FakeChooser(), next, null));
        waitUntil("the restored edit", 30, () -> "print('recovered edit')\n".equals(
                second[0].workspace().programTextProperty().get()));
        assertEquals(1, next.restoresOffered.size());
        assertTrue(fx(() -> second[0].workspace().isDirty()));

        // Discarding on close removes the copy.
        next.unsavedAnswer = Prompts.UnsavedChoice.DISCARD;
        assertTrue(fx(() -> second[0].requestClose()));
        assertFalse(Files.exists(copy));
    }

    @Test
    void saveWritesTheEditedProgramIntoTheScenarioFileAndRemembersIt(FxRobot robot) throws Exception {
        waitForRun(window);
        Path file = work.resolve("mine.yaml");
        Files.writeString(file, "id: mine\ntitle: {en: Mine, zh: 我的}\nprogram: |\n  x = 1\n  print(x)\nexpect:\n"
                + "  - x == 1\n");
        onFx(() -> window.openFile(file));
        waitUntil("the file", 30, () -> window.workspace().document() != null
                && file.equals(window.workspace().document().path()));
        waitForRun(window);
        onFx(() -> window.workspace().programTextProperty().set("x = 2\nprint(x)\n"));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil("saved", 10, () -> !window.workspace().isDirty());
        String text = Files.readString(file);
        assertTrue(text.contains("  x = 2\n  print(x)\nexpect:"), text);
        assertTrue(text.startsWith("id: mine\ntitle: {en: Mine, zh: 我的}\n"), text);
        assertEquals(file.toAbsolutePath().normalize(), fx(() -> window.recentFiles().files().get(0)));
    }
}
