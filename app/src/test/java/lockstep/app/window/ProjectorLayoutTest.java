package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import lockstep.app.i18n.I18n;
import org.fxmisc.flowless.VirtualFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on projector-sized screens, 1024×768 and 1280×720, in normal and presentation mode and in both
 * languages: every control shown lies within the scene (none runs off an edge), the program keeps room to be
 * read, and the step counter is whole in the playback bar or in its » menu.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorLayoutTest {
    /** The program's text area is at least this wide: some 40 columns of code at the normal size. */
    private static final double READABLE_PROGRAM_WIDTH = 330;

    @TempDir
    Path config;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        window = WindowTestSupport.start(config, new FakeChooser(), new FakePrompts(), "lost-update");
    }

    @AfterEach
    void closeTheWindow() {
        WindowTestSupport.close(window);
    }

    @Test
    void everyControlLiesWithinTheWindowAt1024x768And1280x720InBothModesAndLanguages() {
        waitForRun(window);
        for (var locale : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            onFx(() -> window.i18n().setLocale(locale));
            for (double[] size : new double[][] {{1024, 768}, {1280, 720}}) {
                for (boolean presentation : new boolean[] {false, true}) {
                    String where = locale + " " + (int) size[0] + "×" + (int) size[1]
                            + (presentation ? " presentation" : "");
                    layOut(size[0], size[1], presentation);
                    List<String> clipped = fx(this::controlsOutsideTheScene);
                    assertTrue(clipped.isEmpty(), where + ": outside the window: " + clipped);
                    double programWidth = fx(() -> window.programView().area().getWidth());
                    assertTrue(programWidth >= READABLE_PROGRAM_WIDTH, where + ": the program is " + programWidth
                            + " px wide");
                    if (!presentation) {
                        assertTrue(fx(() -> window.scene().getRoot().lookup("#scheduler-fold").isVisible()),
                                where + ": the scheduler settings are at hand");
                        assertEquals(Boolean.FALSE, fx(() -> ((javafx.scene.control.TitledPane) window.scene()
                                .getRoot().lookup("#scheduler-fold")).isExpanded()),
                                where + ": folded in a short window");
                        assertEquals(Boolean.FALSE, fx(() -> isShown(window.libraryView().tree())),
                                where + ": the library folds away in a narrow window");
                    }
                }
            }
        }
        // Wide and tall again: the library and the scheduler settings come back, and still fit.
        layOut(1600, 1000, false);
        assertEquals(Boolean.TRUE, fx(() -> isShown(window.libraryView().tree())));
        assertTrue(fx(() -> window.scene().getRoot().lookup("#scheduler-settings").isVisible()));
        List<String> clipped = fx(this::controlsOutsideTheScene);
        assertTrue(clipped.isEmpty(), "1600×1000: outside the window: " + clipped);

        // Unfolded in a narrow window, the settings wrap rather than run off the edge.
        layOut(1024, 768, false);
        onFx(() -> ((javafx.scene.control.TitledPane) window.scene().getRoot().lookup("#scheduler-fold"))
                .setExpanded(true));
        onFx(() -> window.scene().getRoot().layout());
        assertTrue(fx(() -> window.scene().getRoot().lookup("#scheduler-settings").isVisible()));
        clipped = fx(this::controlsOutsideTheScene);
        assertTrue(clipped.isEmpty(), "1024×768 with the settings open: outside the window: " + clipped);
    }

    /**
     * The step counter is never squeezed: it is whole in the playback bar, or the bar's » menu holds it. At 1024×768
     * it is in the menu, in both languages and modes; at 1280×720 it has room in the bar in normal mode, and in Chinese
     * in presentation mode too (the bundled CJK font, whose digits are all of one width, is narrower there than a
     * monospaced family). Opened, the menu shows it whole, and no empty rows.
     */
    @Test
    void theStepCounterIsWholeInThePlaybackBarOrInItsOverflowMenu(FxRobot robot) {
        waitForRun(window);
        List<String> places = new ArrayList<>();
        for (var locale : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            onFx(() -> window.i18n().setLocale(locale));
            for (double[] size : new double[][] {{1024, 768}, {1280, 720}}) {
                for (boolean presentation : new boolean[] {false, true}) {
                    String where = locale + " " + (int) size[0] + "×" + (int) size[1]
                            + (presentation ? " presentation" : "");
                    layOut(size[0], size[1], presentation);
                    boolean inBar = fx(() -> counter().getScene() == window.scene());
                    if (inBar) {
                        assertEquals(null, fx(() -> squeezed(counter())), where);
                    } else {
                        Node overflow = fx(() -> window.scene().getRoot().lookup("#playback-bar")
                                .lookup(".tool-bar-overflow-button"));
                        assertTrue(fx(() -> overflow.isVisible() && overflow.localToScene(overflow.getLayoutBounds())
                                .getMaxX() <= window.scene().getWidth() + 0.5), where + ": the » button is at hand");
                    }
                    places.add(where + (inBar ? ": bar" : ": menu"));
                }
            }
        }
        assertEquals(List.of("en 1024×768: menu", "en 1024×768 presentation: menu", "en 1280×720: bar",
                "en 1280×720 presentation: menu", "zh_CN 1024×768: menu", "zh_CN 1024×768 presentation: menu",
                "zh_CN 1280×720: bar", "zh_CN 1280×720 presentation: bar"), places);

        // Opened at 1024×768, the menu shows the counter whole and every row it has is something.
        layOut(1024, 768, false);
        robot.clickOn(".tool-bar-overflow-button");
        waitUntil("the » menu", 5, () -> overflowMenu() != null);
        ContextMenu menu = fx(this::overflowMenu);
        waitUntil("the counter in the » menu", 5, () -> counter().getScene() == menu.getScene());
        assertEquals(null, fx(() -> squeezed(counter())), "in the » menu");
        List<String> empty = fx(() -> menu.getItems().stream().filter(item -> item instanceof CustomMenuItem c
                && (c.getContent() == null || !c.getContent().isVisible()
                || c.getContent().getLayoutBounds().getWidth() < 1)).map(item -> item.getClass().getSimpleName())
                .toList());
        assertEquals(List.of(), empty, "rows of the » menu that show nothing");
        onFx(menu::hide);
    }

    private Labeled counter() {
        Node status = ((ToolBar) window.scene().getRoot().lookup("#playback-bar")).getItems().stream()
                .filter(n -> "playback-status".equals(n.getId())).findFirst().orElseThrow();
        return (Labeled) status.lookup("#step-counter");
    }

    /** Why {@code label} is squeezed (narrower than its text, or its text cut short), or null when it is whole. */
    private static String squeezed(Labeled label) {
        if (label.getWidth() < label.prefWidth(-1) - 0.5) {
            return label.getWidth() + " px wide for " + label.prefWidth(-1) + " px of text";
        }
        Node shown = label.lookup(".text");
        String text = shown instanceof Text t ? t.getText() : null;
        return label.getText().equals(text) ? null : "'" + text + "' shown for '" + label.getText() + "'";
    }

    private ContextMenu overflowMenu() {
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu menu && menu.isShowing() && menu.getOwnerWindow() == window.stage()) {
                return menu;
            }
        }
        return null;
    }

    /** Sizes the window's scene, in or out of presentation mode, and waits for the layout. */
    private void layOut(double width, double height, boolean presentation) {
        onFx(() -> window.appearance().presentationProperty().set(presentation));
        waitUntil("presentation " + presentation, 5, () -> window.stage().isFullScreen() == presentation);
        onFx(() -> {
            Stage stage = window.stage();
            // Full screen takes the (test) screen's size; the projector's is set instead.
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitUntil("the size " + width + "×" + height, 5, () -> window.scene().getWidth() == width
                && window.scene().getHeight() == height);
        onFx(() -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
        });
    }

    private static boolean isShown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every visible control, outside lists and scrolled panes (which clip what they scroll), not within the scene. */
    private List<String> controlsOutsideTheScene() {
        double w = window.scene().getWidth();
        double h = window.scene().getHeight();
        List<String> out = new ArrayList<>();
        collect(window.scene().getRoot(), w, h, out);
        return out;
    }

    private static void collect(Node node, double w, double h, List<String> out) {
        if (!node.isVisible() || node instanceof ScrollPane || node instanceof VirtualFlow
                || node instanceof javafx.scene.control.skin.VirtualFlow) {
            return;
        }
        if (node instanceof Control) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > w + 0.5
                    || b.getMaxY() > h + 0.5)) {
                out.add(describe(node) + " at " + Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " to "
                        + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, w, h, out);
            }
        }
    }

    private static String describe(Node node) {
        String id = node.getId();
        return node.getClass().getSimpleName() + (id != null ? "#" + id : "")
                + (node instanceof javafx.scene.control.Labeled l && l.getText() != null ? "'" + l.getText() + "'"
                : "");
    }
}
