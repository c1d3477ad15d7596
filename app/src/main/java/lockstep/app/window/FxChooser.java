package lockstep.app.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Chooser} with JavaFX's native file dialogs, starting in the folder used last. */
final class FxChooser implements Chooser {
    private final Window owner;
    private File lastFolder;

    FxChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(String title, List<Filter> filters) {
        File file = chooser(title, filters).showOpenDialog(owner);
        remember(file);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> save(String title, List<Filter> filters, String suggestedName) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        remember(file);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private FileChooser chooser(String title, List<Filter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (Filter f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private void remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
    }
}
