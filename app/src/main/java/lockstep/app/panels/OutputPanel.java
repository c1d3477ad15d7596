package lockstep.app.panels;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import lockstep.app.i18n.CjkRuns;
import lockstep.app.i18n.I18n;
import lockstep.app.model.PlaybackController;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * What the program has printed by the cursor, as a console would show it, with the tracebacks of exceptions that
 * ended threads in the error colour where they were written; the whole output at the end.
 */
public final class OutputPanel {
    /** The style classes of text written to stderr and to stdout. */
    public static final String STDERR_CLASS = "output-stderr";
    public static final String STDOUT_CLASS = "output-stdout";

    private final PlaybackController playback;
    private final I18n i18n;
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private List<ConsoleText.Chunk> shown = List.of();

    public OutputPanel(PlaybackController playback, I18n i18n) {
        this.playback = playback;
        this.i18n = i18n;
    }

    public Node createView() {
        text.setId("output-text");
        text.setEditable(false);
        text.setWrapText(false);
        text.getStyleClass().add("output-text");
        text.setFocusTraversable(false);
        Label empty = new Label();
        empty.getStyleClass().add("output-empty");
        empty.textProperty().bind(i18n.text("output.empty"));
        text.setPlaceholder(empty);
        initListeners();
        refresh();
        return new VirtualizedScrollPane<>(text);
    }

    private void initListeners() {
        playback.positionProperty().addListener((obs, old, now) -> refresh());
        playback.sessionProperty().addListener((obs, old, now) -> refresh());
    }

    public String text() {
        return text.getText();
    }

    /** The text shown in the error colour (what went to stderr), in order. */
    public String stderrText() {
        StringBuilder out = new StringBuilder();
        for (ConsoleText.Chunk chunk : shown) {
            if (chunk.stderr()) {
                out.append(chunk.text());
            }
        }
        return out.toString();
    }

    /** The style classes of the character at {@code index}, for tests. */
    public java.util.Collection<String> styleAt(int index) {
        return text.getStyleOfChar(index);
    }

    private void refresh() {
        List<ConsoleText.Chunk> chunks = ConsoleText.at(playback.session(), playback.position());
        if (chunks.equals(shown)) {
            return;
        }
        shown = chunks;
        text.clear();
        for (ConsoleText.Chunk chunk : chunks) {
            text.append(chunk.text(), chunk.stderr() ? STDERR_CLASS : STDOUT_CLASS);
        }
        if (text.getLength() > 0) {
            text.setStyleSpans(0, CjkRuns.over(text.getStyleSpans(0, text.getLength()), text.getText()));
        }
        text.moveTo(text.getLength());
        text.requestFollowCaret();
    }
}
