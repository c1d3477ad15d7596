package lockstep.app.panels;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import lockstep.app.i18n.I18n;
import lockstep.app.model.PlaybackController;
import lockstep.app.simulation.RunSession;

/** What the program has printed by the cursor, as a console would show it; the whole output at the end. */
public final class OutputPanel {
    private final PlaybackController playback;
    private final I18n i18n;
    private final TextArea text = new TextArea();

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
        text.promptTextProperty().bind(i18n.text("output.empty"));
        initListeners();
        refresh();
        return text;
    }

    private void initListeners() {
        playback.positionProperty().addListener((obs, old, now) -> refresh());
        playback.sessionProperty().addListener((obs, old, now) -> refresh());
    }

    public String text() {
        return text.getText();
    }

    private void refresh() {
        RunSession run = playback.session();
        String shown = run == null ? "" : run.outputAt(playback.position());
        if (!shown.equals(text.getText())) {
            text.setText(shown);
            text.positionCaret(shown.length());
            text.setScrollTop(Double.MAX_VALUE);
        }
    }
}
