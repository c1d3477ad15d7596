package lockstep.sim.trace;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a {@link Narration} in English or Chinese from the {@code narration} resource bundles. A key missing from
 * the bundle renders as the key and its arguments, so a missing translation is visible rather than fatal.
 */
public final class NarrationRenderer {
    private final ResourceBundle bundle;
    private final Locale locale;

    private NarrationRenderer(Locale locale) {
        this.locale = locale;
        // No Control argument: a named module may not pass one. Nothing falls back to the default locale anyway:
        // English asks for the base bundle by Locale.ROOT, and Chinese finds narration_zh.
        this.bundle = ResourceBundle.getBundle("lockstep.sim.trace.narration", locale);
    }

    /** {@code en} or {@code zh}. */
    public static NarrationRenderer forLanguage(String language) {
        return new NarrationRenderer("zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    }

    public String render(Narration narration) {
        if (narration.key().startsWith(Narration.JOIN)) {
            StringBuilder joined = new StringBuilder();
            String separator = narration.key().substring(Narration.JOIN.length());
            for (int i = 0; i < narration.args().size(); i++) {
                joined.append(i > 0 ? separator : "").append(plain(narration.args().get(i)));
            }
            return joined.toString();
        }
        String pattern;
        try {
            pattern = bundle.getString(narration.key());
        } catch (MissingResourceException e) {
            return narration.key() + narration.args();
        }
        return new MessageFormat(pattern, locale).format(narration.args().stream().map(this::plain).toArray());
    }

    /**
     * Numbers are passed as text so that MessageFormat adds no grouping separators; a nested narration (an object's
     * name) is rendered in the same language.
     */
    private Object plain(Object arg) {
        if (arg instanceof Narration nested) {
            return render(nested);
        }
        return arg instanceof Number ? arg.toString() : arg;
    }
}
