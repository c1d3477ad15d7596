package lockstep.sim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lockstep.sim.files.FileProblem;
import lockstep.sim.files.TextFiles;

/**
 * Loads a scenario from a YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) file, or a plain Python
 * ({@code .py}) file whose whole text is the program. Every failure is a {@link ScenarioError} naming the file and,
 * where there is one, the line and column; nothing here executes anything from the file.
 *
 * <p>Limits: at most {@link #MAX_FILE_BYTES} bytes of UTF-8 and {@value TreeReader#MAX_DEPTH} levels of nesting.
 */
public final class ScenarioLoader {
    /** 1 MiB: far above any scenario, far below trouble. */
    public static final int MAX_FILE_BYTES = 1 << 20;

    /** The file name endings the loader reads. */
    public static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json", ".py");

    private ScenarioLoader() {}

    /** Loads a scenario file; errors name it as {@code path.toString()}. */
    public static Scenario load(Path path) throws ScenarioError {
        String fileName = path.toString();
        kind(fileName);
        String text;
        try {
            text = TextFiles.read(path, MAX_FILE_BYTES);
        } catch (FileProblem e) {
            throw switch (e.kind()) {
                case DIRECTORY -> ScenarioError.ofFile(fileName, "is a directory, not a scenario file");
                case TOO_LARGE -> tooLarge(fileName, e.size());
                default -> new ScenarioError(fileName, e.line(), e.col(), e.getMessage());
            };
        }
        return load(fileName, text);
    }

    /** Loads scenario text; {@code fileName}'s ending chooses the format and names the file in errors. */
    public static Scenario load(String fileName, String text) throws ScenarioError {
        Kind kind = kind(fileName);
        long size = utf8Length(text);
        if (size > MAX_FILE_BYTES) {
            throw tooLarge(fileName, size);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String id = stem(fileName);
        if (kind == Kind.PYTHON) {
            return new Scenario(id, LocalizedText.of(id), LocalizedText.of(""), List.of(), SchedulerSettings.none(),
                    text, List.of(), ProgramOrigin.wholeFile(fileName));
        }
        Node root = TreeReader.read(fileName, text, kind == Kind.YAML);
        return ScenarioReader.read(fileName, text, root, id);
    }

    /** The file name without its folders and extension: the default id. */
    static String stem(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private enum Kind { YAML, JSON, PYTHON }

    private static Kind kind(String fileName) throws ScenarioError {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Kind.YAML;
        }
        if (lower.endsWith(".json")) {
            return Kind.JSON;
        }
        if (lower.endsWith(".py")) {
            return Kind.PYTHON;
        }
        throw ScenarioError.ofFile(fileName, "not a scenario file: the name must end in " + String.join(", ", EXTENSIONS));
    }

    private static ScenarioError tooLarge(String fileName, long bytes) {
        return new ScenarioError(fileName, 1, 1,
                "the file is too large: " + bytes + " bytes (a scenario file may have at most 1 MiB, "
                        + MAX_FILE_BYTES + " bytes)");
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
