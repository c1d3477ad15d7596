package lockstep.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import lockstep.sim.fuzz.Inside;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.SourceError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error a loaded file can have — YAML, JSON, encoding, syntax, the language's refusals — names a position
 * inside that file: a line the file has, and a column on that line (or just past its end). The files are the bundled
 * scenarios and the conformance programs, each broken many times over by seeded edits: cut short, a character or a
 * line dropped, doubled or swapped, punctuation and indentation thrown in, bytes that are not UTF-8.
 */
class ErrorPositionsTest {
    /** Edits per file: enough that every kind of edit meets every file several times. */
    private static final int EDITS_PER_FILE = Integer.getInteger("edits", 40);
    private static final String NOISE = ":{}[]-,#\"'|>&*!%@`\t \n\r\f\u000b\u0000\u2028\u00a0\uFEFF\\()=+.;0aé中😀";

    @TempDir
    Path folder;

    @Test
    void everyErrorOfAnEditedFileIsInsideIt() throws IOException {
        List<Source> sources = sources();
        Random random = new Random(20261207);
        int errors = 0;
        int loaded = 0;
        List<String> outside = new ArrayList<>();
        for (Source s : sources) {
            for (int i = 0; i < EDITS_PER_FILE; i++) {
                String text = edit(s.text(), random);
                SourceError error = failure(s.name(), text);
                if (error == null) {
                    loaded++;
                } else {
                    errors++;
                    String problem = Inside.outside(error, text);
                    if (problem != null) {
                        outside.add(outside.size() < 3 ? problem + "\n--- " + s.name() + " edited:\n" + text
                                : problem);
                    }
                }
            }
        }
        assertTrue(outside.isEmpty(), outside.size() + " errors outside their file, e.g.:\n"
                + String.join("\n\n", outside));
        // The edits must break files often, or the test proves little.
        assertTrue(errors > sources.size() * EDITS_PER_FILE / 4, errors + " errors, " + loaded + " loaded");
    }

    @Test
    void invalidUtf8IsPlacedWhereItIs() throws IOException {
        Random random = new Random(7);
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (Source s : sources()) {
            byte[] bytes = s.text().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 3; i++) {
                byte[] broken = bytes.clone();
                int at = random.nextInt(broken.length + 1);
                byte[] withBad = new byte[broken.length + 1];
                System.arraycopy(broken, 0, withBad, 0, at);
                withBad[at] = (byte) (0x80 + random.nextInt(0x40));
                System.arraycopy(broken, at, withBad, at + 1, broken.length - at);
                Path file = folder.resolve(i + "-" + Path.of(s.name()).getFileName());
                Files.write(file, withBad);
                try {
                    ScenarioLoader.load(file);
                    outside.add(s.name() + ": a stray byte was accepted");
                } catch (ScenarioError e) {
                    checked++;
                    String decodedPrefix = new String(withBad, 0, at, StandardCharsets.UTF_8);
                    String problem = Inside.outside(e, decodedPrefix + "?" + new String(withBad, at + 1,
                            withBad.length - at - 1, StandardCharsets.UTF_8));
                    if (problem != null) {
                        outside.add(s.name() + ": " + problem);
                    }
                }
            }
        }
        assertTrue(outside.isEmpty(), String.join("\n", outside));
        assertTrue(checked > 100, "checked " + checked);
    }

    private record Source(String name, String text) {}

    /** Null when the text loads and compiles; else its error. */
    private static SourceError failure(String name, String text) {
        try {
            ScenarioLoader.load(name, text).compile();
            return null;
        } catch (ScenarioError | ProgramError e) {
            return e;
        }
    }

    private static String edit(String text, Random random) {
        int n = text.length();
        int at = random.nextInt(n + 1);
        int to = Math.min(n, at + 1 + random.nextInt(12));
        char noise = NOISE.charAt(random.nextInt(NOISE.length()));
        if (text.contains("program: |\n") && random.nextInt(4) == 0) {
            // The program block in another of YAML's styles, then broken as any text.
            String[] styles = {"program: |-\n", "program: |+\n", "program: |2\n", "program: >\n", "program: >-\n"};
            text = text.replace("program: |\n", styles[random.nextInt(styles.length)]);
            n = text.length();
            at = random.nextInt(n + 1);
            to = Math.min(n, at + 1 + random.nextInt(12));
        }
        return switch (random.nextInt(9)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + text.substring(to);
            case 2 -> text.substring(0, at) + noise + text.substring(at);
            case 3 -> text.substring(0, at) + text.substring(at, to) + text.substring(at);
            case 4 -> text.substring(0, at) + "\n" + " ".repeat(random.nextInt(9)) + noise + text.substring(at);
            case 5 -> text.substring(0, at) + noise + noise + noise + text.substring(to);
            case 6 -> swapLines(text, random);
            case 7 -> text.substring(0, at) + "\t" + text.substring(at);
            default -> text.substring(0, at) + "\"" + text.substring(at, to) + text.substring(to).replaceFirst("\n", "");
        };
    }

    private static String swapLines(String text, Random random) {
        String[] lines = text.split("\n", -1);
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        String t = lines[a];
        lines[a] = lines[b];
        lines[b] = t;
        return String.join("\n", lines);
    }

    private static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        ClassLoader loader = ErrorPositionsTest.class.getClassLoader();
        try {
            for (String path : BundledScenarios.paths(loader)) {
                String yaml = read(loader, BundledScenarios.RESOURCE_FOLDER + path);
                out.add(new Source(path, yaml));
                // The same scenario as JSON, for the JSON reader's errors.
                out.add(new Source(path.replaceAll("\\.ya?ml$", ".json"), new com.fasterxml.jackson.databind
                        .ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                                new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml))));
            }
        } catch (ScenarioError e) {
            throw new IOException(e);
        }
        Path conformance = Path.of("src/test/resources/conformance");
        try (Stream<Path> files = Files.list(conformance)) {
            List<Path> programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            // Every fourth program: the language's whole range, in a fraction of the time.
            for (int i = 0; i < programs.size(); i += 4) {
                out.add(new Source(programs.get(i).getFileName().toString(), Files.readString(programs.get(i))));
            }
        }
        return out;
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
