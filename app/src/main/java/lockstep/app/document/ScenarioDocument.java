package lockstep.app.document;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lockstep.sim.files.FileProblem;
import lockstep.sim.files.TextFiles;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioError;
import lockstep.sim.scenario.ScenarioLoader;

/**
 * A scenario as opened: the loaded {@link Scenario}, the text of its file, and where that file is — on disk
 * ({@code path} set) or bundled with the app ({@code bundledPath} set, relative to {@code scenarios/}).
 */
public record ScenarioDocument(Scenario scenario, String fileText, Path path, String bundledPath) {
    public ScenarioDocument {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(fileText, "fileText");
        if ((path == null) == (bundledPath == null)) {
            throw new IllegalArgumentException("a document is either on disk or bundled");
        }
    }

    /** Reads and loads a scenario file ({@code .yaml}, {@code .yml}, {@code .json} or {@code .py}). */
    public static ScenarioDocument open(Path file) throws ScenarioError {
        String text;
        try {
            text = TextFiles.read(file, ScenarioLoader.MAX_FILE_BYTES);
        } catch (FileProblem e) {
            // The loader reads it again, to say what is wrong as it does for every scenario file.
            return new ScenarioDocument(ScenarioLoader.load(file), "", file, null);
        }
        return new ScenarioDocument(ScenarioLoader.load(file.toString(), text), text, file, null);
    }

    /** A bundled scenario, with the text of its file read from the class path. */
    public static ScenarioDocument bundled(Scenario scenario, String bundledPath, String fileText) {
        return new ScenarioDocument(scenario, fileText, null, bundledPath);
    }

    public boolean isBundled() {
        return bundledPath != null;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(path);
    }

    /** The file's name without folders: {@code lost-update.yaml}. */
    public String fileName() {
        String name = path != null ? path.getFileName().toString() : bundledPath;
        int slash = name.lastIndexOf('/');
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    /** The folder a bundled scenario sits in ({@code threads}), or empty. */
    public String bundledFolder() {
        if (bundledPath == null) {
            return "";
        }
        int slash = bundledPath.indexOf('/');
        return slash >= 0 ? bundledPath.substring(0, slash) : "";
    }

    /** A key for the recovery copy and recent files: the absolute path, or {@code bundled:PATH}. */
    public String sourceKey() {
        return path != null ? path.toAbsolutePath().toString() : "bundled:" + bundledPath;
    }

    /** Whether the file is a plain Python program rather than a scenario with metadata. */
    public boolean isPython() {
        return fileName().toLowerCase(Locale.ROOT).endsWith(".py");
    }
}
