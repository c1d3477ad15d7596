package lockstep.app.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The current language and the app's strings in it. Views bind their texts with {@link #text(String, Object...)},
 * so switching the language at run time relabels every menu, button, tooltip and label at once.
 */
public final class I18n {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    private static final String BUNDLE = "lockstep.app.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(ENGLISH);
    private final ObjectProperty<ResourceBundle> bundle = new SimpleObjectProperty<>(load(ENGLISH));

    public I18n(Locale initial) {
        locale.addListener((obs, old, now) -> bundle.set(load(now)));
        locale.set(normalize(initial));
    }

    // Properties

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** {@code en} or {@code zh}: the word the simulator's narration and scenario titles use. */
    public String language() {
        return isChinese() ? "zh" : "en";
    }

    public boolean isChinese() {
        return CHINESE.getLanguage().equals(locale.get().getLanguage());
    }

    // Commands

    public void setLocale(Locale newLocale) {
        locale.set(normalize(newLocale));
    }

    /** The string for {@code key} now, formatted with {@code args} ({@link MessageFormat}). */
    public String get(String key, Object... args) {
        return format(bundle.get(), key, args);
    }

    /** The string for {@code key}, kept up to date with the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> format(bundle.get(), key, args), bundle);
    }

    /** The string for a key that itself changes ({@code key}), kept up to date with the language and the key. */
    public StringBinding text(ObservableValue<String> key) {
        return Bindings.createStringBinding(() -> key.getValue() == null ? "" : format(bundle.get(), key.getValue()),
                bundle, key);
    }

    /** Something that changes with the language, for texts computed from more than a key. */
    public ObservableValue<ResourceBundle> bundleProperty() {
        return bundle;
    }

    /** Whether {@code key} exists in the bundles. */
    public boolean has(String key) {
        return bundle.get().containsKey(key);
    }

    private static Locale normalize(Locale requested) {
        return requested != null && CHINESE.getLanguage().equals(requested.getLanguage()) ? CHINESE : ENGLISH;
    }

    private static ResourceBundle load(Locale locale) {
        Locale bundleLocale = CHINESE.equals(locale) ? Locale.CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, bundleLocale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Numbers go in as text, so that MessageFormat adds no grouping; callers format them where they want it.
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(plain);
    }
}
