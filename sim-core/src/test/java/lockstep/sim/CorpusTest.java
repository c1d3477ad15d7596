package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lockstep.sim.CorpusComparison.Printed;
import lockstep.sim.CorpusManifest.Entry;
import lockstep.sim.CorpusManifest.Kind;
import lockstep.sim.CorpusManifest.Verdict;
import lockstep.sim.lang.ProgramError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The corpus of tutorial programs pasted as they are ({@code src/test/resources/corpus/}, sources in its
 * {@code SOURCES.md}): every program runs, and what Lockstep does with it must be the verdict its manifest
 * ({@code corpus.tsv}, see {@link CorpusManifest}) records — a program that behaves as CPython must keep doing so, and
 * one recorded as differing or refused fails the test when it starts to behave as CPython too, so the manifest's
 * figure stays true. The test prints that figure: "N of M behave as CPython, K refused at load, J differ".
 */
class CorpusTest {
    private static final String FOLDER = "corpus";
    /** Enough for every program that ends; a program that computes for seconds of CPU in CPython stops here. */
    static final long MAX_STEPS = 5_000_000;
    private static final Pattern PROGRAM = Pattern.compile("\\d{3}_[A-Za-z0-9_]+\\.py");

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyProgramKeepsItsVerdict() throws IOException {
        Path dir = folder();
        Verdicts verdicts = verdicts(dir, "corpus.tsv", PROGRAM);
        System.out.println(summary(verdicts.counts(), verdicts.total()));
        verdicts.assertUnchanged();
    }

    /**
     * The library's fixes for differences the corpus found, each a program of its own under {@code corpus/fixes/}
     * with CPython's output: all behave as CPython.
     */
    @Test
    void everyFixBehavesAsCPython() throws IOException {
        Path dir = folder().resolve("fixes");
        Verdicts verdicts = verdicts(dir, "fixes.tsv", Pattern.compile("[a-z0-9_]+\\.py"));
        verdicts.assertUnchanged();
        assertEquals(Map.of(Verdict.SAME, 5), verdicts.counts());
    }

    /** How many programs have each verdict, and the programs whose verdict is not their manifest's. */
    record Verdicts(Map<Verdict, Integer> counts, String manifestName, List<String> changed) {
        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        void assertUnchanged() {
            if (!changed.isEmpty()) {
                fail(changed.size() + " programs changed verdict (update " + manifestName + ", and README's figure, "
                        + "when the change is meant):\n" + String.join("\n", changed));
            }
        }
    }

    /** Runs every program the manifest lists. */
    private static Verdicts verdicts(Path dir, String manifestName, Pattern programName)
            throws IOException {
        CorpusManifest manifest = CorpusManifest.read(dir.resolve(manifestName));
        TreeSet<String> files = programFiles(dir, programName);
        assertEquals(files, manifest.entries().stream().map(Entry::file).collect(Collectors.toCollection(TreeSet::new)),
                manifestName + " must list every program of " + dir.getFileName() + "/");
        assertEquals(files.size(), manifest.entries().size(), manifestName + " lists a program twice");

        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        List<String> changed = new ArrayList<>();
        for (Entry entry : manifest.entries()) {
            Observed observed = observe(dir, entry);
            counts.merge(observed.verdict(), 1, Integer::sum);
            if (observed.verdict() != entry.verdict()) {
                changed.add(entry.file() + ": " + manifestName + " says " + entry.verdict().label + ", it is now "
                        + observed.verdict().label + (observed.detail() == null ? "" : ": " + observed.detail()));
            }
        }
        return new Verdicts(counts, manifestName, changed);
    }

    /** The figure README quotes. */
    static String summary(Map<Verdict, Integer> counts, int total) {
        return "Corpus: " + counts.getOrDefault(Verdict.SAME, 0) + " of " + total + " behave as CPython, "
                + counts.getOrDefault(Verdict.REFUSED, 0) + " refused at load, "
                + counts.getOrDefault(Verdict.DIFFERS, 0) + " differ";
    }

    /** What Lockstep does with one program, and in what it differs from CPython. */
    record Observed(Verdict verdict, String detail) {}

    static Observed observe(Path dir, Entry entry) throws IOException {
        String source = Files.readString(dir.resolve(entry.file()), StandardCharsets.UTF_8);
        Program program;
        try {
            program = Simulator.compile(entry.file(), source);
        } catch (ProgramError e) {
            String message = e.getMessage();
            assertTrue(Pattern.compile(Pattern.quote(entry.file()) + ":\\d+:\\d+: .+").matcher(message).lookingAt(),
                    entry.file() + ": a refusal names the file, line and column: " + message);
            return new Observed(Verdict.REFUSED, message);
        }
        if (entry.kind() == Kind.REFUSED_AT_LOAD) {
            return new Observed(Verdict.DIFFERS, "it loads, though it cannot run offline");
        }
        RunResult result = Simulator.run(program, RunOptions.defaults().withMaxSteps(MAX_STEPS));
        String difference = CorpusComparison.difference(entry, cpythonRuns(dir, entry), result);
        return difference == null ? new Observed(Verdict.SAME, null) : new Observed(Verdict.DIFFERS, difference);
    }

    /** CPython's recorded runs: {@code NNN_x.out}/{@code .err}, and for an outcome set {@code NNN_x.2.out}... */
    private static List<Printed> cpythonRuns(Path dir, Entry entry) throws IOException {
        String base = entry.file().substring(0, entry.file().length() - ".py".length());
        List<Printed> runs = new ArrayList<>();
        runs.add(printed(dir, base));
        for (int n = 2; entry.kind() == Kind.OUTCOME_SET && Files.exists(dir.resolve(base + "." + n + ".out")); n++) {
            runs.add(printed(dir, base + "." + n));
        }
        return runs;
    }

    private static Printed printed(Path dir, String base) throws IOException {
        Path out = dir.resolve(base + ".out");
        Path err = dir.resolve(base + ".err");
        if (!Files.exists(out)) {
            fail(out.getFileName() + " is missing: run " + FOLDER + "/generate.sh");
            return null;
        }
        return new Printed(Files.readString(out, StandardCharsets.UTF_8),
                Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "");
    }

    private static TreeSet<String> programFiles(Path dir, Pattern programName) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).filter(n -> programName.matcher(n).matches())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Path folder() throws IOException {
        Path dir = ConformanceTest.corpusFolder().resolveSibling(FOLDER);
        if (!Files.isDirectory(dir)) {
            throw new IOException("no " + FOLDER + "/ beside " + ConformanceTest.corpusFolder());
        }
        return dir;
    }

    /** The comparison itself, so a broken one cannot pass the whole corpus. */
    @Test
    void comparisonWorks() {
        assertEquals("Exception in thread Thread-1 (f):\nTraceback (most recent call last):\nValueError: x\nlast\n",
                CorpusComparison.stderr("Exception in thread Thread-1 (f):\nTraceback (most recent call last):\n"
                        + "  File \"a.py\", line 4, in f\n    raise ValueError(\"x\")\n    ^^^\nValueError: x\nlast"));
        assertNull(CorpusComparison.textDifference("stdout", "a\nb\n", "b\na\n", Kind.LINES_AS_MULTISET, false));
        assertTrue(CorpusComparison.textDifference("stdout", "a\nb\n", "b\na\n", Kind.EXACT, false).contains("line 1"));
        assertTrue(CorpusComparison.textDifference("stdout", "a\nb\n", "a\na\n", Kind.LINES_AS_MULTISET, false)
                .contains("\"b\""));
        assertNull(CorpusComparison.textDifference("stdout", "a\nb\na\n", "b\na\nb\n", Kind.LINES_AS_SET, false));
        assertTrue(CorpusComparison.textDifference("stdout", "a\nb\n", "a\n", Kind.LINES_AS_SET, false) != null);
        assertNull(CorpusComparison.textDifference("stdout", "a\n", "a\nb\n", Kind.EXACT, true));
        assertTrue(CorpusComparison.textDifference("stdout", "a\nc\n", "a\nb\n", Kind.EXACT, true) != null);
        assertEquals("<clock> took <float> s at <addr> pid <int>",
                CorpusMask.INT.apply(CorpusMask.FLOAT.apply(CorpusMask.CLOCK.apply(CorpusMask.ADDR.apply(
                        "12:03:04,123 took 0.25 s at 0x7f3a pid 4711")))));
    }
}
