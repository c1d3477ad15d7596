package lockstep.app.window;

import static lockstep.app.window.WindowTestSupport.fx;
import static lockstep.app.window.WindowTestSupport.onFx;
import static lockstep.app.window.WindowTestSupport.waitForRun;
import static lockstep.app.window.WindowTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import lockstep.app.simulation.RunGrains;
import lockstep.app.simulation.RunSession;
import lockstep.timeline.tracefile.proto.Trace;
import lockstep.timeline.tracefile.proto.TracePacket;
import lockstep.timeline.tracefile.proto.TrackEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Export Perfetto trace and Export Chrome JSON trace write the run shown, in both languages' menus. */
@ExtendWith(ApplicationExtension.class)
class TraceExportMenuTest {
    @TempDir
    Path config;
    @TempDir
    Path work;
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
    }

    private static MenuItem item(FxRobot robot, String id) {
        return fx(() -> {
            MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (id.equals(item.getId())) {
                        return item;
                    }
                }
            }
            return null;
        });
    }

    @Test
    void thePerfettoItemWritesTheRunWithItsOperations(FxRobot robot) throws Exception {
        RunSession run = waitForRun(window);
        // Asked for at once, perhaps before the window has grouped the run: the file waits for its operations.
        MenuItem perfetto = item(robot, "menu-export-perfetto");
        assertNotNull(perfetto);
        assertEquals("Export Perfetto trace…", fx(perfetto::getText));
        Path file = work.resolve("run.pftrace");
        chooser.nextSave = file;
        onFx(perfetto::fire);
        waitUntil("the trace file", 60, () -> Files.isRegularFile(file));
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
        RunGrains grains = fx(() -> window.playback().grainsProperty().get());
        assertEquals(run, grains.session());
        Trace trace = Trace.parseFrom(Files.readAllBytes(file));
        List<String> threads = trace.getPacketList().stream()
                .filter(p -> p.hasTrackDescriptor() && p.getTrackDescriptor().hasThread())
                .map(p -> p.getTrackDescriptor().getThread().getThreadName()).toList();
        assertEquals(List.of("MainThread", "Thread-1 (add)", "Thread-2 (add)"), threads);
        long operationSlices = trace.getPacketList().stream().map(TracePacket::getTrackEvent)
                .filter(e -> e.getType() == TrackEvent.Type.TYPE_SLICE_BEGIN
                        && e.getCategoriesList().contains("operation")).count();
        assertEquals(grains.operations().size(), operationSlices);
    }

    @Test
    void theChromeJsonItemWritesJsonAndBothItemsSpeakChinese(FxRobot robot) throws Exception {
        waitForRun(window);
        Path file = work.resolve("run.json");
        chooser.nextSave = file;
        onFx(item(robot, "menu-export-chrome-json")::fire);
        waitUntil("the trace file", 10, () -> Files.isRegularFile(file));
        assertEquals(1, new ObjectMapper().readTree(file.toFile()).path("otherData").path("formatVersion").asInt());
        onFx(() -> window.i18n().setLocale(lockstep.app.i18n.I18n.CHINESE));
        assertEquals("导出 Perfetto 跟踪文件…", fx(item(robot, "menu-export-perfetto")::getText));
        assertEquals("导出 Chrome JSON 跟踪文件…", fx(item(robot, "menu-export-chrome-json")::getText));
    }
}
