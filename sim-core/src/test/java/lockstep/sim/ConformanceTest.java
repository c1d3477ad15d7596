package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lockstep.sim.lang.ProgramError;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance suite: every {@code NNN_topic.py} under {@code src/test/resources/conformance/} is compiled and run,
 * and what it prints must equal, byte for byte, what CPython 3.11 printed ({@code NNN_topic.out}, made by
 * {@code regenerate.sh} in that folder). A program that CPython ends with an uncaught exception also has
 * {@code NNN_topic.err}, the last line of CPython's traceback: the run must then end with status ERROR and the last
 * line of {@link RunResult#error()} must equal it. Every other program must end with status COMPLETED.
 *
 * <p>Programs named {@code NNN_optional_*.py} use built-ins and constructs the scenario language may leave out; they
 * run like the others, and {@code -Dlockstep.conformance.skipOptional=true} skips them.
 * {@code -Dlockstep.conformance.filter=REGEX} runs only the programs whose file name contains a match.
 */
class ConformanceTest {
    private static final String FOLDER = "conformance";
    private static final String SOURCE_FOLDER = "sim-core/src/test/resources/" + FOLDER;
    private static final Pattern PROGRAM = Pattern.compile("\\d{3}_[A-Za-z0-9_]+\\.py");

    static Stream<Arguments> programs() throws IOException {
        Path dir = corpusFolder();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing
                    .filter(p -> PROGRAM.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .collect(Collectors.toList());
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no NNN_topic.py programs in " + dir);
        }
        String filter = System.getProperty("lockstep.conformance.filter", "").trim();
        if (!filter.isEmpty()) {
            Pattern only = Pattern.compile(filter);
            files = files.stream().filter(p -> only.matcher(p.getFileName().toString()).find()).collect(Collectors.toList());
            if (files.isEmpty()) {
                throw new IllegalStateException("no conformance program matches lockstep.conformance.filter=" + filter);
            }
        }
        return files.stream().map(p -> Arguments.of(Named.of(p.getFileName().toString(), p)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void matchesCPython(Path program) throws IOException {
        String fileName = program.getFileName().toString();
        if (Boolean.getBoolean("lockstep.conformance.skipOptional")) {
            Assumptions.assumeFalse(fileName.contains("_optional_"), "optional program skipped");
        }
        String base = fileName.substring(0, fileName.length() - ".py".length());
        Path outFile = program.resolveSibling(base + ".out");
        Path errFile = program.resolveSibling(base + ".err");
        if (!Files.exists(outFile)) {
            fail(fileName + ": " + outFile.getFileName() + " is missing; run " + SOURCE_FOLDER + "/regenerate.sh");
        }

        String source = Files.readString(program, StandardCharsets.UTF_8);
        byte[] expectedBytes = Files.readAllBytes(outFile);
        String expectedErrorLine = Files.exists(errFile) ? lastLine(Files.readString(errFile, StandardCharsets.UTF_8)) : null;

        Program compiled;
        try {
            compiled = Simulator.compile(fileName, source);
        } catch (ProgramError e) {
            fail(fileName + " does not compile: " + e.getMessage(), e);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            fail(fileName + ": Simulator.compile threw " + e, e);
            return;
        }
        RunResult result;
        try {
            result = Simulator.run(compiled, RunOptions.defaults());
        } catch (RuntimeException | StackOverflowError e) {
            fail(fileName + ": Simulator.run threw " + e + " (it must report program faults in its RunResult)", e);
            return;
        }
        assertNotNull(result, fileName + ": Simulator.run returned null");
        String actual = result.outputText() == null ? "" : result.outputText();
        byte[] actualBytes = actual.getBytes(StandardCharsets.UTF_8);

        StringBuilder problems = new StringBuilder();
        if (!Arrays.equals(expectedBytes, actualBytes)) {
            problems.append(outputDiff(new String(expectedBytes, StandardCharsets.UTF_8), actual));
        }
        if (expectedErrorLine == null) {
            if (result.status() != RunStatus.COMPLETED) {
                problems.append("expected status COMPLETED but was ").append(result.status()).append('\n');
                appendError(problems, result.error());
            }
        } else {
            if (result.status() != RunStatus.ERROR) {
                problems.append("expected status ERROR (CPython: ").append(expectedErrorLine).append(") but was ")
                        .append(result.status()).append('\n');
                appendError(problems, result.error());
            } else {
                String actualErrorLine = result.error() == null ? null : lastLine(result.error());
                if (!expectedErrorLine.equals(actualErrorLine)) {
                    problems.append("last line of the traceback differs\n")
                            .append("  expected: ").append(quote(expectedErrorLine)).append('\n')
                            .append("  actual:   ").append(actualErrorLine == null ? "(no error text)" : quote(actualErrorLine))
                            .append('\n');
                    appendError(problems, result.error());
                }
            }
        }
        if (problems.length() > 0) {
            fail(fileName + ":\n" + problems);
        }
    }

    /** The folder of the corpus: the classpath's {@code conformance/}, else {@code ${lockstep.root}/sim-core/...}. */
    static Path corpusFolder() throws IOException {
        URL url = ConformanceTest.class.getClassLoader().getResource(FOLDER);
        if (url != null) {
            try {
                URI uri = url.toURI();
                if ("file".equals(uri.getScheme())) {
                    return Path.of(uri);
                }
                if ("jar".equals(uri.getScheme())) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                    return fs.provider().getPath(uri);
                }
            } catch (URISyntaxException e) {
                throw new IOException("bad resource URL " + url, e);
            }
        }
        String root = System.getProperty("lockstep.root");
        if (root != null && !root.isBlank()) {
            Path dir = Path.of(root).resolve(SOURCE_FOLDER);
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        Path fromModule = Path.of("src/test/resources").resolve(FOLDER);
        if (Files.isDirectory(fromModule)) {
            return fromModule;
        }
        throw new UncheckedIOException(new IOException(
                "conformance corpus not found on the classpath (" + FOLDER + "/) nor under ${lockstep.root}/" + SOURCE_FOLDER));
    }

    /** The last non-blank line of a text, without its line terminator. */
    static String lastLine(String text) {
        String[] lines = text.split("\r?\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }

    /**
     * A readable account of where two outputs first differ: the number of the first differing line and both versions
     * of it, each shown with its line terminator ({@code \n}) so a missing final newline or a trailing space shows.
     */
    static String outputDiff(String expected, String actual) {
        List<String> exp = linesWithTerminators(expected);
        List<String> act = linesWithTerminators(actual);
        int n = Math.min(exp.size(), act.size());
        int line = 0;
        while (line < n && exp.get(line).equals(act.get(line))) {
            line++;
        }
        StringBuilder sb = new StringBuilder("printed output differs from CPython's (expected ")
                .append(exp.size()).append(" lines, ").append(expected.length()).append(" chars; got ")
                .append(act.size()).append(" lines, ").append(actual.length()).append(" chars)\n");
        sb.append("  first difference at line ").append(line + 1).append('\n');
        if (line > 0) {
            sb.append("  previous: ").append(quote(exp.get(line - 1))).append('\n');
        }
        sb.append("  expected: ").append(line < exp.size() ? quote(exp.get(line)) : "(end of output)").append('\n');
        sb.append("  actual:   ").append(line < act.size() ? quote(act.get(line)) : "(end of output)").append('\n');
        return sb.toString();
    }

    /** The lines of a text, each with its {@code \n} when it has one. */
    static List<String> linesWithTerminators(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    /** A string in double quotes with control characters escaped, so trailing spaces and tabs show. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static void appendError(StringBuilder sb, String error) {
        if (error == null || error.isEmpty()) {
            return;
        }
        sb.append("  error text:\n");
        for (String line : error.split("\r?\n")) {
            sb.append("    ").append(line).append('\n');
        }
    }

    /** Checks of the helpers themselves, so a broken comparison cannot pass the whole corpus. */
    @Test
    void helpersWork() {
        assertEquals("KeyError: 'missing'", lastLine("Traceback (most recent call last):\n  File \"x.py\", line 1\nKeyError: 'missing'\n\n"));
        assertEquals("\"a\\tb \\n\"", quote("a\tb \n"));
        String diff = outputDiff("a\nb\nc\n", "a\nB\nc\n");
        assertTrue(diff.contains("line 2") && diff.contains("\"b\\n\"") && diff.contains("\"B\\n\""), diff);
        diff = outputDiff("a\n", "a");
        assertTrue(diff.contains("line 1") && diff.contains("\"a\\n\"") && diff.contains("actual:   \"a\""), diff);
        diff = outputDiff("a\nb\n", "a\n");
        assertTrue(diff.contains("line 2") && diff.contains("(end of output)"), diff);
        assertEquals(List.of("x\n", "\n", "y"), linesWithTerminators("x\n\ny"));
        assertEquals(List.of(), linesWithTerminators(""));
    }
}
