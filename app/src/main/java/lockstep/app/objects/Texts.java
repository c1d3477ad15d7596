package lockstep.app.objects;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.IntFunction;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.ObjectName;
import lockstep.sim.trace.ObjectNames;

/** The panel's strings in one language, from {@code lockstep/app/objects/objects*.properties}. */
final class Texts {
    private static final String BUNDLE = "lockstep.app.objects.objects";

    private final Locale locale;
    private final ResourceBundle bundle;
    /** Names of what threads wait for, worded as the narration words them. */
    private final NarrationRenderer narration;

    Texts(Locale locale) {
        this.locale = locale;
        // No fallback to the default locale: English is the base bundle whatever the machine's language.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.narration = NarrationRenderer.forLanguage(locale.getLanguage().equals("zh") ? "zh" : "en");
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * What a thread waits for, in this language: the variable's name, or the simulator's description as the
     * narration words it ({@code the end of Thread-1}, {@code process 1001}, {@code a notify}), threads named by id
     * with {@code threadNames}.
     */
    String waitDescription(ObjectName what, IntFunction<String> threadNames) {
        return ObjectNames.render(what, threadNames, narration);
    }
}
