package lockstep.app.library;

import java.util.Locale;
import lockstep.sim.scenario.Scenario;

/**
 * A bundled scenario as the library lists it.
 *
 * @param scenario the loaded scenario
 * @param path     its path under {@code scenarios/}, e.g. {@code threads/lost-update.yaml}
 * @param topic    its group
 */
public record LibraryEntry(Scenario scenario, String path, Topic topic) {
    /** The folder under {@code scenarios/}. */
    public static String folderOf(String path) {
        int slash = path.indexOf('/');
        return slash >= 0 ? path.substring(0, slash) : "";
    }

    public static LibraryEntry of(Scenario scenario, String path) {
        return new LibraryEntry(scenario, path, Topic.of(folderOf(path), scenario.tags()));
    }

    /** Whether every word of {@code query} is in its titles (either language), id or tags. */
    public boolean matches(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        StringBuilder hay = new StringBuilder(scenario.id()).append(' ').append(scenario.title().en());
        if (scenario.title().zh() != null) {
            hay.append(' ').append(scenario.title().zh());
        }
        for (String tag : scenario.tags()) {
            hay.append(' ').append(tag);
        }
        String text = hay.toString().toLowerCase(Locale.ROOT);
        for (String word : q.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
