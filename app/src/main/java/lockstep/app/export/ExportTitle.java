package lockstep.app.export;

import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import lockstep.app.i18n.I18n;
import lockstep.sim.scenario.LocalizedText;

/**
 * The export's title: a check box that turns it on or off and a field that starts with the scenario's title in the
 * picture's language. The field follows the language until the user types a title of their own.
 */
final class ExportTitle {
    private final CheckBox show = new CheckBox();
    private final TextField text = new TextField();
    private final LocalizedText scenarioTitle;
    private boolean ownWords;
    private boolean filling;

    ExportTitle(I18n i18n, LocalizedText scenarioTitle, Locale language) {
        this.scenarioTitle = scenarioTitle;
        show.setText(i18n.get("export.title.show"));
        show.setId("export-title-show");
        show.setSelected(true);
        text.setId("export-title");
        text.setPrefColumnCount(32);
        text.disableProperty().bind(show.selectedProperty().not());
        text.textProperty().addListener((o, before, after) -> ownWords |= !filling);
        follow(language);
    }

    /** The check box and the field, side by side. */
    HBox node() {
        HBox box = new HBox(10, show, text);
        HBox.setHgrow(text, Priority.ALWAYS);
        return box;
    }

    /** Shows the scenario's title in {@code language}, unless the user has written their own. */
    void follow(Locale language) {
        if (ownWords || scenarioTitle == null) {
            return;
        }
        filling = true;
        text.setText(scenarioTitle.in(I18n.CHINESE.equals(language) ? "zh" : "en"));
        filling = false;
    }

    /** The title to draw; null when turned off or left empty. */
    String title() {
        return show.isSelected() && !text.getText().isBlank() ? text.getText().strip() : null;
    }

    /** Calls {@code changed} whenever the title to draw may have changed. */
    void onChange(Runnable changed) {
        show.selectedProperty().addListener(o -> changed.run());
        text.textProperty().addListener(o -> changed.run());
    }
}
