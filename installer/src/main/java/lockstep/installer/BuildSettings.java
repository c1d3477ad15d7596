package lockstep.installer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Maven profile passes: the folder of jars ({@code --input}), the app's jar among them, the folder of icon
 * and package scripts ({@code --resources}), where to build ({@code --dest}), the pom's version and the installer.
 */
record BuildSettings(Path input, String mainJar, Path resources, Path dest, PackageVersion version,
                     InstallerType type) {
    private static final List<String> KEYS = List.of("input", "main-jar", "resources", "dest", "version", "type");

    /** Reads {@code --key=value} arguments; each of {@link #KEYS} is needed. */
    static BuildSettings parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String key = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown argument " + arg + "; expected --KEY=VALUE with a key of "
                        + KEYS);
            }
            values.put(key, arg.substring(equals + 1));
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("missing --" + key + "=...");
            }
        }
        return new BuildSettings(Path.of(values.get("input")), values.get("main-jar"),
                Path.of(values.get("resources")), Path.of(values.get("dest")),
                PackageVersion.ofPom(values.get("version")), InstallerType.of(values.get("type")));
    }
}
