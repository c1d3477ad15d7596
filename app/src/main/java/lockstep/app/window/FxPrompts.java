package lockstep.app.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import lockstep.app.i18n.I18n;

/** {@link Prompts} as JavaFX alerts, in the app's language. */
final class FxPrompts implements Prompts {
    private final Window owner;
    private final I18n i18n;

    FxPrompts(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public UnsavedChoice unsaved(String name) {
        ButtonType save = new ButtonType(i18n.get("prompt.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.get("prompt.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.get("prompt.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, i18n.get("prompt.unsaved.title"),
                i18n.get("prompt.unsaved.text", name), save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean restore(String name, String when) {
        ButtonType restore = new ButtonType(i18n.get("prompt.recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.get("prompt.recovery.discard"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, i18n.get("prompt.recovery.title"),
                i18n.get("prompt.recovery.text", name, when), restore, discard);
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(460);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            alert.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
            alert.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        return alert;
    }
}
