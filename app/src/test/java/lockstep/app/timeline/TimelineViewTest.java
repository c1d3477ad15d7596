package lockstep.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lockstep.timeline.PixelDifference;
import lockstep.timeline.Runs;
import lockstep.timeline.StepRange;
import lockstep.timeline.TimelineExporter;
import lockstep.timeline.TimelineGeometry;
import lockstep.timeline.TimelineModel;
import lockstep.timeline.TimelinePainter;
import lockstep.timeline.TimelineTheme;
import lockstep.timeline.Viewport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline on screen, headless (Monocle): the same picture as an export, and the mouse and keys. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 300;
    private static final TimelineModel DEADLOCK = TimelineModel.of(Runs.scenario("lock-order-deadlock"));

    private TimelineView view;
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        stage.setScene(new Scene(new StackPane(view), WIDTH, HEIGHT));
        stage.show();
    }

    @BeforeEach
    void showTheDeadlock(FxRobot robot) {
        this.robot = robot;
        robot.interact(() -> view.setModel(DEADLOCK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WIDTH, view.getWidth());
        assertEquals(HEIGHT, view.getHeight());
    }

    /**
     * The screen (JavaFX rasterizing through FXGraphics2D) and an export (Java2D) of the same range, size, theme and
     * language match: every differing pixel is a shade of anti-aliasing at the edge of a glyph or a curve, explained
     * by a pixel of nearly the same colour at most one pixel away in the other picture ({@link PixelDifference}).
     */
    @Test
    void anExportedPngShowsWhatTheScreenShows() {
        for (TimelineTheme theme : TimelineTheme.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                robot.interact(() -> {
                    view.setTheme(theme);
                    view.setLocale(locale);
                    view.showRange(new StepRange(280, 1040));
                    view.setCursorStep(569);
                });
                BufferedImage screen = onFx(view::snapshotImage);
                TimelineExporter.Settings settings = onFx(view::exportSettings);
                assertEquals(new StepRange(280, 1040), settings.range());
                BufferedImage exported = TimelineExporter.image(DEADLOCK, settings);
                assertEquals(WIDTH, screen.getWidth());
                assertEquals(HEIGHT, screen.getHeight());
                assertEquals(screen.getWidth(), exported.getWidth());
                assertEquals(screen.getHeight(), exported.getHeight());
                PixelDifference difference = PixelDifference.of(screen, exported);
                assertEquals(0, difference.unexplained(), theme + " " + locale + ": " + difference);
                assertTrue(difference.differing() < difference.pixels() / 20, theme + " " + locale + ": "
                        + difference);
            }
        }
    }

    /**
     * Presentation mode's scale draws the same picture larger — labels, ruler, lane names and markers alike — as an
     * export of the smaller layout at that scale; a click is read back in the layout's coordinates.
     */
    @Test
    void aScaledViewIsTheExportOfItsLayoutAtThatScaleAndClicksFollowIt() {
        List<Long> picked = new ArrayList<>();
        robot.interact(() -> {
            view.setScale(2);
            view.setTheme(TimelineTheme.HIGH_CONTRAST);
            view.showRange(new StepRange(500, 600));
            view.setCursorStep(547);
            view.setOnStepPicked(picked::add);
        });
        BufferedImage screen = onFx(view::snapshotImage);
        TimelineExporter.Settings settings = onFx(view::exportSettings);
        assertEquals(WIDTH / 2, settings.width(), "laid out at half the width");
        assertEquals(HEIGHT / 2, settings.height());
        BufferedImage exported = TimelineExporter.image(DEADLOCK, settings.withScale(2));
        assertEquals(WIDTH, exported.getWidth());
        // Glyphs magnified twice are hinted a little differently by JavaFX and Java2D: a few pixels of text differ.
        PixelDifference difference = PixelDifference.of(screen, exported);
        assertTrue(difference.unexplained() < difference.pixels() / 50, difference.toString());
        // The picture unscaled, at the view's full size, is another picture altogether.
        BufferedImage unscaled = TimelineExporter.image(DEADLOCK, new TimelineExporter.Settings(WIDTH, HEIGHT, 1,
                TimelineTheme.HIGH_CONTRAST, Locale.ENGLISH, new StepRange(500, 600), 547));
        PixelDifference other = PixelDifference.of(screen, unscaled);
        assertTrue(other.unexplained() > 5 * difference.unexplained(), other + " vs " + difference);

        TimelineGeometry geometry = new TimelinePainter(TimelineTheme.HIGH_CONTRAST, Locale.ENGLISH)
                .layout(DEADLOCK, WIDTH / 2, HEIGHT / 2);
        Viewport viewport = new Viewport(DEADLOCK.totalSteps(), geometry.plotWidth(), new StepRange(500, 600));
        double x = 2 * (geometry.plotLeft() + viewport.xOf(520.2));
        robot.clickOn(view.localToScreen(x, 2 * (geometry.lanesTop() + 10)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(520L), picked);
        robot.interact(() -> view.setScale(1));
    }

    /** The comparison above can fail: three steps to the side, the same timeline is a different picture. */
    @Test
    void aPictureOfAnotherRangeIsNotWhatTheScreenShows() {
        robot.interact(() -> view.showRange(new StepRange(280, 1040)));
        BufferedImage screen = onFx(view::snapshotImage);
        TimelineExporter.Settings settings = onFx(view::exportSettings);
        BufferedImage shifted = TimelineExporter.image(DEADLOCK, settings.withRange(new StepRange(283, 1043)));
        assertTrue(PixelDifference.of(screen, shifted).unexplained() > 500);
        BufferedImage otherCursor = TimelineExporter.image(DEADLOCK, settings.withCursor(700));
        assertTrue(PixelDifference.of(screen, otherCursor).unexplained() > 100);
    }

    @Test
    void aClickPutsTheCursorOnTheNearestStepAndSaysSo() {
        List<Long> picked = new ArrayList<>();
        robot.interact(() -> {
            view.setOnStepPicked(picked::add);
            view.showRange(new StepRange(500, 600));
        });
        TimelineGeometry geometry = new TimelinePainter(TimelineTheme.LIGHT, Locale.ENGLISH)
                .layout(DEADLOCK, WIDTH, HEIGHT);
        Viewport viewport = new Viewport(DEADLOCK.totalSteps(), geometry.plotWidth(), new StepRange(500, 600));
        double x = geometry.plotLeft() + viewport.xOf(547.3);
        double y = geometry.laneY(DEADLOCK.lanes().stream()
                .filter(l -> "T1".equals(l.thread()) && l.task() == null).findFirst().orElseThrow().index()) + 20;
        robot.clickOn(view.localToScreen(x, y), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(547, view.getCursorStep());
        assertEquals(List.of(547L), picked);
        assertEquals(new StepRange(500, 600), view.getVisibleRange(), "a click does not move the view");
    }

    @Test
    void plusAndMinusZoomAroundTheCursorAndZeroFits() {
        robot.interact(() -> view.setCursorStep(400));
        robot.clickOn(view.localToScreen(5, HEIGHT - 5));
        double span = view.getVisibleRange().span();
        double cursorX = xOnScreen(400);
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span / Viewport.ZOOM_STEP, view.getVisibleRange().span(), 1e-6);
        assertEquals(cursorX, xOnScreen(400), 1e-6, "the cursor stays where it was");
        robot.type(KeyCode.ADD);
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span / Viewport.ZOOM_STEP, view.getVisibleRange().span(), 1e-6);
        robot.type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span, view.getVisibleRange().span(), 1e-6);
        robot.interact(() -> {
            view.zoomIn();
            view.zoomIn();
            view.zoomOut();
        });
        assertEquals(span / Viewport.ZOOM_STEP, view.getVisibleRange().span(), 1e-6);
        robot.interact(view::fitToWindow);
        assertEquals(0, view.getVisibleRange().from(), 1e-9);
        assertEquals(span, view.getVisibleRange().span(), 1e-6);
    }

    @Test
    void controlWheelZoomsAroundThePointer() {
        double x = 600;
        double stepBefore = stepAtX(x);
        double span = view.getVisibleRange().span();
        robot.interact(() -> view.fireEvent(scroll(x, 0, 120, true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getVisibleRange().span() < span * 0.9, view.getVisibleRange().toString());
        assertEquals(stepBefore, stepAtX(x), 1e-6);
    }

    @Test
    void dragAndWheelPan() {
        robot.interact(() -> view.showRange(new StepRange(200, 400)));
        TimelineGeometry geometry = new TimelinePainter(TimelineTheme.LIGHT, Locale.ENGLISH)
                .layout(DEADLOCK, WIDTH, HEIGHT);
        double stepsPerPixel = 200.0 / geometry.plotWidth();
        Point2D from = view.localToScreen(700, 120);
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(-150, 0)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(200 + 150 * stepsPerPixel, view.getVisibleRange().from(), 1e-6);
        assertEquals(-1, view.getCursorStep(), "a drag is no click");
        robot.interact(() -> view.fireEvent(scroll(500, 0, 40, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(200 + 110 * stepsPerPixel, view.getVisibleRange().from(), 1e-6,
                "the wheel pans when every lane is in sight");
    }

    @Test
    void theCanvasFollowsItsParentAndKeepsTheRange() {
        robot.interact(() -> view.showRange(new StepRange(100, 300)));
        // The parent gives the view less room (resizing the window itself upsets Monocle's headless screen).
        robot.interact(() -> view.setMaxSize(WIDTH - 300, HEIGHT - 60));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = onFx(view::snapshotImage);
        assertEquals(WIDTH - 300, image.getWidth());
        assertEquals(HEIGHT - 60, image.getHeight());
        assertEquals(new StepRange(100, 300), view.getVisibleRange());
    }

    @Test
    void movingTheCursorOutOfSightBringsItIntoView() {
        robot.interact(() -> {
            view.showRange(new StepRange(0, 100));
            view.setCursorStep(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        StepRange visible = view.getVisibleRange();
        assertTrue(visible.from() <= 900 && visible.to() >= 900, visible.toString());
    }

    @Test
    void themeAndLanguageChangeThePicture() {
        BufferedImage light = onFx(view::snapshotImage);
        robot.interact(() -> view.setTheme(TimelineTheme.DARK));
        BufferedImage dark = onFx(view::snapshotImage);
        assertNotEquals(light.getRGB(WIDTH - 5, 100), dark.getRGB(WIDTH - 5, 100));
        assertEquals(TimelineTheme.DARK.palette().header().getRGB(), dark.getRGB(WIDTH - 5, 60) | 0xff000000,
                "the process heading");
        robot.interact(() -> view.setLocale(Locale.SIMPLIFIED_CHINESE));
        BufferedImage chinese = onFx(view::snapshotImage);
        assertTrue(PixelDifference.of(dark, chinese).unexplained() > 100, "the labels changed");
    }

    private double xOnScreen(double step) {
        StepRange range = view.getVisibleRange();
        TimelineGeometry geometry = new TimelinePainter(view.getTheme(), view.getLocale())
                .layout(DEADLOCK, WIDTH, HEIGHT);
        return geometry.plotLeft() + (step - range.from()) * geometry.plotWidth() / range.span();
    }

    private double stepAtX(double x) {
        StepRange range = view.getVisibleRange();
        TimelineGeometry geometry = new TimelinePainter(view.getTheme(), view.getLocale())
                .layout(DEADLOCK, WIDTH, HEIGHT);
        return range.from() + (x - geometry.plotLeft()) * range.span() / geometry.plotWidth();
    }

    private static ScrollEvent scroll(double x, double deltaX, double deltaY, boolean control) {
        return new ScrollEvent(ScrollEvent.SCROLL, x, 120, x, 120, false, control, false, false, false, false,
                deltaX, deltaY, deltaX, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    private <T> T onFx(Callable<T> action) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }
}
