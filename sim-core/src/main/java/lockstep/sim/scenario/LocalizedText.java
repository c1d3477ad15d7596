package lockstep.sim.scenario;

import java.util.Objects;

/**
 * A text in English and Simplified Chinese. {@code en} is always present; {@code zh} is null when the scenario gives
 * no translation, and {@link #in(String)} then falls back to English.
 */
public record LocalizedText(String en, String zh) {
    public LocalizedText {
        Objects.requireNonNull(en, "en");
    }

    /** The same text in both languages (or untranslated). */
    public static LocalizedText of(String text) {
        return new LocalizedText(text, null);
    }

    /** The text in {@code en} or {@code zh}; English when there is no Chinese. */
    public String in(String language) {
        return "zh".equals(language) && zh != null ? zh : en;
    }
}
