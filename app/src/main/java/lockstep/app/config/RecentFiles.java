package lockstep.app.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The scenario files opened last, newest first, at most {@value #MAX}; kept in the {@link UserSettings}. */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final UserSettings settings;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(UserSettings settings) {
        this.settings = settings;
        for (int i = 0; i < MAX; i++) {
            String path = settings.get(KEY + i, null);
            if (path != null && !path.isBlank()) {
                files.add(Path.of(path));
            }
        }
    }

    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    /** Puts {@code file} first and saves the list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>();
        next.add(absolute);
        for (Path p : files) {
            if (!p.equals(absolute) && next.size() < MAX) {
                next.add(p);
            }
        }
        files.setAll(next);
        store();
    }

    public void remove(Path file) {
        files.remove(file);
        store();
    }

    public void clear() {
        files.clear();
        store();
    }

    private void store() {
        for (int i = 0; i < MAX; i++) {
            settings.put(KEY + i, i < files.size() ? files.get(i).toString() : null);
        }
        settings.save();
    }
}
