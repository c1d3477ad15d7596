package lockstep.app.objects;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The panel's strings in one language, from {@code lockstep/app/objects/objects*.properties}. */
final class Texts {
    private static final String BUNDLE = "lockstep.app.objects.objects";

    private final Locale locale;
    private final ResourceBundle bundle;

    Texts(Locale locale) {
        this.locale = locale;
        // No fallback to the default locale: English is the base bundle whatever the machine's language.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
     * What a thread waits for, in this language, when the simulator describes it rather than names it after a
     * variable ({@code the end of Thread-1}, {@code process 1001}, {@code a notify}); null for a program's name.
     */
    String waitDescription(String name) {
        if (name.startsWith("the end of ")) {
            return format("wait.endOf", name.substring("the end of ".length()));
        }
        if (name.matches("process \\d+")) {
            return format("wait.process", name.substring("process ".length()));
        }
        return switch (name) {
            case "a notify" -> get("wait.notify");
            case "a semaphore" -> get("wait.semaphore");
            case "a child process" -> get("wait.childProcess");
            case "the other threads to finish" -> get("wait.otherThreads");
            default -> null;
        };
    }
}
