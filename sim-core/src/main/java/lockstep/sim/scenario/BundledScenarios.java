package lockstep.sim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios shipped with Lockstep: the files of the repository's {@code scenarios/} folder, packaged as
 * classpath resources under {@value #RESOURCE_FOLDER}, listed by {@code scenarios/index.txt} (one path relative
 * to the folder per line; {@code #} starts a comment). The index lets the app and the command line list them without
 * a file system; a test keeps it equal to the folder.
 */
public final class BundledScenarios {
    public static final String RESOURCE_FOLDER = "lockstep/scenarios/";
    public static final String INDEX = "index.txt";

    private BundledScenarios() {}

    /** The paths the index lists, relative to {@code scenarios/}; empty when no index is on the class path. */
    public static List<String> paths(ClassLoader loader) throws ScenarioError {
        String index = resource(loader, INDEX);
        return index == null ? List.of() : parseIndex(index);
    }

    /** Every bundled scenario, in index order. */
    public static List<Scenario> loadAll(ClassLoader loader) throws ScenarioError {
        List<Scenario> scenarios = new ArrayList<>();
        for (String path : paths(loader)) {
            scenarios.add(load(loader, path));
        }
        return scenarios;
    }

    /** The paths listed in an index text. */
    public static List<String> parseIndex(String index) {
        List<String> paths = new ArrayList<>();
        for (String line : index.split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static Scenario load(ClassLoader loader, String path) throws ScenarioError {
        String fileName = "scenarios/" + path;
        String text = resource(loader, path);
        if (text == null) {
            throw ScenarioError.ofFile(fileName, "listed in scenarios/" + INDEX + " but not bundled");
        }
        return ScenarioLoader.load(fileName, text);
    }

    private static String resource(ClassLoader loader, String path) throws ScenarioError {
        try (InputStream in = loader.getResourceAsStream(RESOURCE_FOLDER + path)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readNBytes(ScenarioLoader.MAX_FILE_BYTES + 1);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ScenarioError.ofFile("scenarios/" + path, "cannot be read: " + e.getMessage());
        }
    }
}
