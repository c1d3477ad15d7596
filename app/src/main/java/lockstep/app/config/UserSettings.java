package lockstep.app.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import lockstep.sim.files.AtomicFiles;

/**
 * The user's choices kept between runs ({@code settings.properties}): theme, language, step limit, playback speed.
 * A missing or unreadable file gives the defaults; a failed save is logged, never fatal.
 */
public final class UserSettings {
    private static final Logger LOG = Logger.getLogger(UserSettings.class.getName());

    /** The step limit for interactive use: large enough for every lesson, small enough to stay responsive. */
    public static final long DEFAULT_STEP_LIMIT = 10_000_000L;

    private final Path file;
    private final Properties values = new Properties();

    public UserSettings(Path folder) {
        this.file = folder.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "cannot read " + file + "; using the defaults", e);
            }
        }
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public long getLong(String key, long fallback) {
        try {
            return Long.parseLong(values.getProperty(key, Long.toString(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    /** Writes the file now. */
    public void save() {
        try {
            StringWriter text = new StringWriter();
            values.store(text, "Lockstep settings");
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.text(file, text.toString());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot save " + file, e);
        }
    }
}
