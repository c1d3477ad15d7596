package lockstep.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The gutter's thread markers stay readable when several threads stand at one line. */
@ExtendWith(ApplicationExtension.class)
class ProgramGutterTest {
    @Start
    void start(Stage stage) {
        // The toolkit only: the gutter's nodes are built and read, not shown.
    }

    private static List<String> pillTexts(ProgramGutter gutter, int line) {
        HBox row = (HBox) gutter.apply(line - 1);
        HBox pills = (HBox) row.getChildren().get(0);
        List<String> texts = new ArrayList<>();
        for (Node n : pills.getChildren()) {
            texts.add(((Label) n).getText());
        }
        return texts;
    }

    private static List<ThreadMarker> threadsAt(int line, int count, int runsNext) {
        List<ThreadMarker> markers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            markers.add(new ThreadMarker(line, "Thread-" + i, Color.hsb(36 * i, 0.6, 0.8), i == runsNext));
        }
        return markers;
    }

    @Test
    void shortNamesKeepTheNumber() {
        assertEquals("T1", ProgramGutter.shortLabel("Thread-1"));
        assertEquals("W12", ProgramGutter.shortLabel("worker_12"));
        assertEquals("P3", ProgramGutter.shortLabel("P3"));
        assertEquals("Main", ProgramGutter.shortLabel("MainThread"));
        assertEquals("T2·1001", ProgramGutter.shortLabel("Thread-2 · 1001"));
        assertEquals("T1", ProgramGutter.shortLabel("Thread-1 (add)"));
        assertEquals("T2·1001", ProgramGutter.shortLabel("Thread-2 (work) · 1001"));
    }

    @Test
    void oneThreadShowsItsWholeNameAndTwoShareTheColumnWhole() {
        ProgramGutter gutter = new ProgramGutter();
        gutter.setMarkers(threadsAt(4, 1, 1));
        assertEquals(List.of("Thread-1"), pillTexts(gutter, 4));
        gutter.setMarkers(List.of(new ThreadMarker(4, "T-a", Color.RED, false),
                new ThreadMarker(4, "T-b", Color.BLUE, true)));
        assertEquals(List.of("T-b", "T-a"), pillTexts(gutter, 4), "the thread that runs next first");
    }

    @Test
    void manyThreadsOnOneLineShowShortNamesAndACountOfTheRest() {
        ProgramGutter gutter = new ProgramGutter();
        gutter.setMarkers(threadsAt(7, 3, 2));
        assertEquals(List.of("T2", "T1", "T3"), pillTexts(gutter, 7));

        gutter.setMarkers(threadsAt(7, 8, 5));
        List<String> texts = pillTexts(gutter, 7);
        assertEquals("T5", texts.get(0), texts.toString());
        String last = texts.get(texts.size() - 1);
        assertTrue(last.startsWith("+"), texts.toString());
        assertEquals(8, texts.size() - 1 + Integer.parseInt(last.substring(1)), "every thread shown or counted");
        assertTrue(texts.size() >= 3, "as many as fit: " + texts);

        // Presentation mode's larger type: fewer fit, each as readable.
        gutter.setScale(1.4);
        List<String> large = pillTexts(gutter, 7);
        assertTrue(large.size() <= texts.size(), large + " vs " + texts);
        assertTrue(large.get(large.size() - 1).startsWith("+"), large.toString());
    }
}
