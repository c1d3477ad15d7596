package lockstep.app.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import lockstep.sim.files.AtomicFiles;

/**
 * The recovery copy of unsaved edits ({@code recovery.properties}): written whenever the program is edited and
 * not saved, removed when the edits are saved or discarded, and offered on the next start when it is still there
 * (the app crashed, or was killed).
 */
public final class RecoveryStore {
    private static final Logger LOG = Logger.getLogger(RecoveryStore.class.getName());

    /**
     * One copy.
     *
     * @param source      where the edited program came from: a file path, or {@code bundled:ID}
     * @param title       a name for it, for the question on the next start
     * @param program     the edited program text
     * @param savedAtMillis when the copy was written (wall clock; the app is not the simulator)
     */
    public record Copy(String source, String title, String program, long savedAtMillis) {}

    private final Path file;

    public RecoveryStore(Path folder) {
        this.file = folder.resolve("recovery.properties");
    }

    public Path file() {
        return file;
    }

    public void save(Copy copy) {
        Properties p = new Properties();
        p.setProperty("source", copy.source());
        p.setProperty("title", copy.title());
        p.setProperty("program", copy.program());
        p.setProperty("savedAt", Long.toString(copy.savedAtMillis()));
        try {
            StringWriter text = new StringWriter();
            p.store(text, "Lockstep: unsaved edits, kept in case the app stops before they are saved");
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.text(file, text.toString());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the recovery copy " + file, e);
        }
    }

    public Optional<Copy> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "cannot read the recovery copy " + file, e);
            return Optional.empty();
        }
        String program = p.getProperty("program");
        if (program == null) {
            return Optional.empty();
        }
        long savedAt;
        try {
            savedAt = Long.parseLong(p.getProperty("savedAt", "0"));
        } catch (NumberFormatException e) {
            savedAt = 0;
        }
        return Optional.of(new Copy(p.getProperty("source", ""), p.getProperty("title", ""), program, savedAt));
    }

    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove the recovery copy " + file, e);
        }
    }
}
