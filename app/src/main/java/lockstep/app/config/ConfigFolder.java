package lockstep.app.config;

import java.nio.file.Path;

/** Where the app keeps its files. */
public final class ConfigFolder {
    /** Overrides the folder; tests point it at a temporary one. */
    public static final String PROPERTY = "lockstep.config.dir";

    private ConfigFolder() {}

    /** {@code -Dlockstep.config.dir}, else {@code $XDG_CONFIG_HOME/lockstep}, else {@code ~/.config/lockstep}. */
    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "lockstep");
        }
        return Path.of(System.getProperty("user.home"), ".config", "lockstep");
    }
}
