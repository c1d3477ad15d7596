package lockstep.app.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers file dialogs with the paths a test sets, and records what was asked. */
public final class FakeChooser implements Chooser {
    public Path nextOpen;
    public Path nextSave;
    public final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> open(String title, List<Filter> filters) {
        asked.add(title);
        return Optional.ofNullable(nextOpen);
    }

    @Override
    public Optional<Path> save(String title, List<Filter> filters, String suggestedName) {
        asked.add(title);
        return Optional.ofNullable(nextSave);
    }
}
