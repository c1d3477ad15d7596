package lockstep.app.window;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import lockstep.app.i18n.I18n;
import lockstep.app.model.PlaybackController;
import lockstep.app.model.Workspace;
import lockstep.app.simulation.RunSession;
import lockstep.app.theme.Appearance;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The window's last line: how the run ended (or why there is none), and the theme and language switches. */
final class StatusBar {
    private final PlaybackController playback;
    private final Workspace workspace;
    private final I18n i18n;
    private final Appearance appearance;
    private Label status;
    private Button language;
    private Button theme;

    StatusBar(PlaybackController playback, Workspace workspace, I18n i18n, Appearance appearance) {
        this.playback = playback;
        this.workspace = workspace;
        this.i18n = i18n;
        this.appearance = appearance;
    }

    Node createView() {
        status = new Label();
        status.setId("run-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        language = new Button();
        language.setId("language-toggle");
        language.setGraphic(new FontIcon(MaterialDesignT.TRANSLATE));
        language.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        language.setFocusTraversable(false);
        theme = new Button();
        theme.setId("theme-toggle");
        theme.setGraphic(new FontIcon(MaterialDesignT.THEME_LIGHT_DARK));
        theme.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        theme.setFocusTraversable(false);
        HBox bar = new HBox(8, status, spacer, theme, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 10, 2, 12));
        bar.getStyleClass().add("status-bar");
        initListeners();
        return bar;
    }

    private void initListeners() {
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, playback.sessionProperty(),
                workspace.compileErrorProperty(), workspace.failureProperty(), workspace.manualProperty(),
                workspace.manualRefusalProperty(), i18n.bundleProperty()));
        language.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.isChinese() ? "English" : "简体中文", i18n.localeProperty()));
        language.setOnAction(e -> i18n.setLocale(i18n.isChinese() ? I18n.ENGLISH : I18n.CHINESE));
        theme.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(appearance.themeProperty().get().messageKey()), appearance.themeProperty(),
                i18n.bundleProperty()));
        theme.setOnAction(e -> appearance.nextTheme());
    }

    private String statusText() {
        if (workspace.compileErrorProperty().get() != null) {
            return i18n.get("status.compile_error");
        }
        if (workspace.failureProperty().get() != null) {
            return i18n.get("narration.failure.title");
        }
        RunSession run = playback.session();
        if (run == null) {
            return i18n.get("status.none");
        }
        if (workspace.manualProperty().get() && workspace.manualRefusalProperty().get() != null) {
            return lockstep.app.panels.ManualTexts.refusal(workspace.manualRefusalProperty().get(),
                    workspace.manualThreads(), i18n);
        }
        String steps = NumberFormat.getIntegerInstance(i18n.locale()).format(run.steps());
        String time = String.format(Locale.ROOT, "%.6f", run.result().timeSeconds());
        String status = run.awaitingChoice() ? i18n.get("status.manual")
                : i18n.get("status." + run.result().status().jsonName().replace('-', '_'));
        return i18n.get("status.run", status, steps, time, run.threads().size());
    }
}
