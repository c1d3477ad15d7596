package lockstep.sim.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the test resources under {@code lang/}. */
final class TestResources {
    private TestResources() {}

    static String read(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream("/lang/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource lang/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A named program from a file of programs, each introduced by a line {@code #=== name}. */
    record NamedSource(String name, String source) {}

    /** Splits a file of programs the same way the regenerate scripts do. */
    static List<NamedSource> programs(String resource) {
        List<NamedSource> out = new ArrayList<>();
        String name = null;
        List<String> lines = new ArrayList<>();
        for (String line : read(resource).split("\n", -1)) {
            if (line.startsWith("#=== ")) {
                if (name != null) {
                    out.add(new NamedSource(name, joined(lines)));
                }
                name = line.substring(5).strip();
                lines.clear();
            } else {
                lines.add(line);
            }
        }
        if (name != null) {
            out.add(new NamedSource(name, joined(lines)));
        }
        return out;
    }

    private static String joined(List<String> lines) {
        String s = String.join("\n", lines);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end) + "\n";
    }
}
