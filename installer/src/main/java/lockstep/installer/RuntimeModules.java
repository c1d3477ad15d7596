package lockstep.installer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The JDK modules the trimmed runtime holds: what jdeps finds the jars use, plus the services jdeps cannot see. */
final class RuntimeModules {
    /**
     * Found through service loading, which jdeps does not follow: Chinese dates and numbers (jdk.localedata, cut down
     * to English and Chinese by jlink's --include-locales) and the charsets of a Chinese Windows (GBK, GB18030).
     */
    static final List<String> SERVICES = List.of("jdk.localedata", "jdk.charsets");

    private RuntimeModules() {}

    /** The modules that {@code jars} need, sorted. */
    static List<String> of(List<Path> jars) {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", String.valueOf(Runtime.version().feature())));
        jars.forEach(jar -> args.add(jar.toString()));
        return parse(JdkTool.run("jdeps", args));
    }

    /** jdeps' answer (its last line, a comma-separated list) with {@link #SERVICES}, sorted and without repeats. */
    static List<String> parse(String jdepsOutput) {
        String[] lines = jdepsOutput.strip().split("\\R");
        String list = lines[lines.length - 1].strip();
        if (list.isEmpty() || !list.matches("[\\w.]+(,[\\w.]+)*")) {
            throw new IllegalStateException("jdeps named no modules: " + jdepsOutput);
        }
        TreeSet<String> modules = new TreeSet<>(List.of(list.split(",")));
        modules.addAll(SERVICES);
        return List.copyOf(modules);
    }
}
