package lockstep.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;

/** The window's themes. High contrast is Primer light with black text, stronger borders and wide focus rings. */
public enum Theme {
    LIGHT, DARK, CONTRAST;

    /** AtlantaFX's user-agent stylesheet under this theme. */
    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public boolean isDark() {
        return this == DARK;
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
