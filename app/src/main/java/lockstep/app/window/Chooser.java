package lockstep.app.window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Asks the user for a file; a seam so tests can answer without a native dialog. */
public interface Chooser {
    /** A file filter: its description and its patterns ({@code *.yaml}). */
    record Filter(String description, List<String> patterns) {}

    Optional<Path> open(String title, List<Filter> filters);

    Optional<Path> save(String title, List<Filter> filters, String suggestedName);
}
