package lockstep.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import lockstep.timeline.TimelineTheme;

/**
 * The window's themes. High contrast is Primer dark made black and white — white text on black, strong colours,
 * wide focus rings — like the timeline's high-contrast palette, for projectors.
 */
public enum Theme {
    LIGHT, DARK, CONTRAST;

    /** AtlantaFX's user-agent stylesheet under this theme. */
    public String userAgentStylesheet() {
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    /** Whether the ground is dark (dark and high contrast). */
    public boolean isDark() {
        return this != LIGHT;
    }

    /** The timeline's palette for this theme. */
    public TimelineTheme timelineTheme() {
        return switch (this) {
            case LIGHT -> TimelineTheme.LIGHT;
            case DARK -> TimelineTheme.DARK;
            case CONTRAST -> TimelineTheme.HIGH_CONTRAST;
        };
    }

    /** The word used in settings and on the command line: {@code light}, {@code dark}, {@code contrast}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "theme." + id();
    }

    /** The theme named {@code id}, or {@code fallback}. */
    public static Theme byId(String id, Theme fallback) {
        for (Theme t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return fallback;
    }
}
