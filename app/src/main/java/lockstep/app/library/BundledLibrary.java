package lockstep.app.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lockstep.app.document.ScenarioDocument;
import lockstep.sim.scenario.BundledScenarios;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioError;
import lockstep.sim.scenario.ScenarioLoader;

/** The bundled scenarios as library entries, and each as a document with the text of its file. */
public final class BundledLibrary {
    private final ClassLoader loader;
    private final List<LibraryEntry> entries;

    private BundledLibrary(ClassLoader loader, List<LibraryEntry> entries) {
        this.loader = loader;
        this.entries = List.copyOf(entries);
    }

    /** Loads every scenario of the index, in index order. */
    public static BundledLibrary load(ClassLoader loader) throws ScenarioError {
        List<LibraryEntry> entries = new ArrayList<>();
        for (String path : BundledScenarios.paths(loader)) {
            String text = text(loader, path);
            Scenario scenario = ScenarioLoader.load("scenarios/" + path, text);
            entries.add(LibraryEntry.of(scenario, path));
        }
        return new BundledLibrary(loader, entries);
    }

    public static BundledLibrary empty() {
        return new BundledLibrary(BundledLibrary.class.getClassLoader(), List.of());
    }

    public List<LibraryEntry> entries() {
        return entries;
    }

    /** The entry whose scenario has this id, or null. */
    public LibraryEntry byId(String id) {
        return entries.stream().filter(e -> e.scenario().id().equals(id)).findFirst().orElse(null);
    }

    /** The entry at this path under {@code scenarios/}, or null. */
    public LibraryEntry byPath(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst().orElse(null);
    }

    public ScenarioDocument document(LibraryEntry entry) throws ScenarioError {
        return ScenarioDocument.bundled(entry.scenario(), entry.path(), text(loader, entry.path()));
    }

    private static String text(ClassLoader loader, String path) throws ScenarioError {
        try (InputStream in = loader.getResourceAsStream(BundledScenarios.RESOURCE_FOLDER + path)) {
            if (in == null) {
                throw ScenarioError.ofFile("scenarios/" + path, "listed in the index but not bundled");
            }
            return new String(in.readNBytes(ScenarioLoader.MAX_FILE_BYTES + 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ScenarioError.ofFile("scenarios/" + path, "cannot be read: " + e.getMessage());
        }
    }
}
