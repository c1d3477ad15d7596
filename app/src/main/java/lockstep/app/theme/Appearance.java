package lockstep.app.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import lockstep.app.i18n.CjkFonts;
import lockstep.app.i18n.I18n;

/**
 * Applies the theme, presentation mode and the language's font to the window's scene: AtlantaFX's stylesheet as the
 * user-agent stylesheet, the app's stylesheet over it, the high-contrast stylesheet when chosen, and style classes
 * on the root ({@code theme-dark}, {@code presentation}, {@code lang-zh}) that the stylesheets key on. In Chinese the
 * root names the bundled CJK family ({@link CjkFonts}), since the default font shows boxes on a stock Linux.
 */
public final class Appearance {
    private static final String APP_CSS = css("app.css");
    private static final String CONTRAST_CSS = css("contrast.css");
    private static final String PRESENTATION_CSS = css("presentation.css");

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final I18n i18n;
    private Scene scene;

    public Appearance(I18n i18n, Theme initial) {
        this.i18n = i18n;
        theme.set(initial);
        theme.addListener((obs, old, now) -> apply());
        presentation.addListener((obs, old, now) -> apply());
        i18n.localeProperty().addListener((obs, old, now) -> apply());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Switches to the theme after the current one: light, dark, high contrast, light again. */
    public void nextTheme() {
        Theme[] all = Theme.values();
        theme.set(all[(theme.get().ordinal() + 1) % all.length]);
    }

    /** Styles {@code target} from now on. */
    public void attach(Scene target) {
        this.scene = target;
        apply();
    }

    /** Applies everything to the scene now. */
    public void apply() {
        Application.setUserAgentStylesheet(theme.get().userAgentStylesheet());
        if (scene == null) {
            return;
        }
        List<String> sheets = new ArrayList<>();
        sheets.add(APP_CSS);
        if (theme.get() == Theme.CONTRAST) {
            sheets.add(CONTRAST_CSS);
        }
        if (presentation.get()) {
            sheets.add(PRESENTATION_CSS);
        }
        if (!scene.getStylesheets().equals(sheets)) {
            scene.getStylesheets().setAll(sheets);
        }
        Parent root = scene.getRoot();
        toggle(root, "theme-dark", theme.get().isDark());
        toggle(root, "theme-contrast", theme.get() == Theme.CONTRAST);
        toggle(root, "presentation", presentation.get());
        toggle(root, "lang-zh", i18n.isChinese());
        root.setStyle(i18n.isChinese() ? "-fx-font-family: \"" + CjkFonts.family() + "\";" : "");
    }

    private static void toggle(Parent node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    private static String css(String name) {
        return Objects.requireNonNull(Appearance.class.getResource("/lockstep/app/theme/" + name),
                name).toExternalForm();
    }

    /** The locale's language tag, for the settings file. */
    public static String languageTag(Locale locale) {
        return locale.getLanguage();
    }
}
