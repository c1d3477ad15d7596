package lockstep.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The corpus's manifest, {@code corpus/corpus.tsv}: one tab-separated line per program, after a header line,
 * {@code file kind cpython verdict masks reason}. Lines starting with {@code #} are comments.
 *
 * <ul>
 *   <li>{@code kind}: how Lockstep's output is compared with CPython's, see {@link Kind};</li>
 *   <li>{@code cpython}: how CPython 3.11 ended, see {@link Ending};</li>
 *   <li>{@code verdict}: what Lockstep does today, see {@link Verdict} — the test fails when it changes;</li>
 *   <li>{@code masks}: the parts CPython itself prints differently from run to run (comma-separated
 *       {@link CorpusMask} names, or {@code -}), replaced by a placeholder on both sides before comparing;</li>
 *   <li>{@code reason}: for a program that differs or is refused, why: the cause, then the exact difference
 *       ("known: ..." when another piece of work is closing it).</li>
 * </ul>
 */
record CorpusManifest(List<Entry> entries) {
    static final String HEADER = "file\tkind\tcpython\tverdict\tmasks\treason";

    /** How the outputs are compared. */
    enum Kind {
        /** CPython prints the same text on every run: stdout and stderr must be equal. */
        EXACT("exact"),
        /** CPython prints the same lines in an order the schedule decides: the lines must be equal as multisets. */
        LINES_AS_MULTISET("lines-as-multiset"),
        /**
         * CPython prints the same kinds of lines, but how many of each the schedule decides (a thread that retries,
         * a pool that starts a worker more): the sets of distinct lines must be equal.
         */
        LINES_AS_SET("lines-as-set"),
        /**
         * CPython's output is one of several: Lockstep's must equal one of the recorded outputs ({@code NNN_x.out},
         * {@code NNN_x.2.out}, ...), each compared exactly.
         */
        OUTCOME_SET("outcome-set"),
        /** The program cannot run offline (network, files, standard input): Lockstep must refuse it at load. */
        REFUSED_AT_LOAD("refused-at-load");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** How CPython's run ended. */
    enum Ending {
        /** It exited with status 0. */
        EXIT_0("exit 0"),
        /** It ended with an uncaught exception (status 1). */
        EXIT_1("exit 1"),
        /**
         * It never ends (a deadlock, an endless loop) and was stopped after the timeout: Lockstep must end in a
         * deadlock or at the step limit, and CPython's output must be the beginning of Lockstep's.
         */
        HANGS("hangs");

        final String label;

        Ending(String label) {
            this.label = label;
        }
    }

    /** What Lockstep does with the program. */
    enum Verdict {
        /** It runs and behaves as CPython: same ending, same output as {@link Kind} compares them. */
        SAME("same"),
        /** It refuses the program at load, naming the construct. */
        REFUSED("refused"),
        /** It runs, but its ending or output differs from CPython's. */
        DIFFERS("differs");

        final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    /** One program of the corpus. */
    record Entry(String file, Kind kind, Ending cpython, Verdict verdict, Set<CorpusMask> masks, String reason,
                 int lineNumber) {}

    static CorpusManifest read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalStateException(tsv + ": the first line must be the header \"" + HEADER + "\"");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            entries.add(parse(tsv, line, i + 1));
        }
        return new CorpusManifest(List.copyOf(entries));
    }

    private static Entry parse(Path tsv, String line, int lineNumber) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 6) {
            throw new IllegalStateException(tsv + ":" + lineNumber + ": expected 6 tab-separated cells, found "
                    + cells.length);
        }
        String where = tsv.getFileName() + ":" + lineNumber;
        Set<CorpusMask> masks = EnumSet.noneOf(CorpusMask.class);
        if (!cells[4].equals("-")) {
            for (String name : cells[4].split(",")) {
                masks.add(CorpusMask.named(name.trim(), where));
            }
        }
        return new Entry(cells[0], label(Kind.values(), cells[1], where, k -> k.label),
                label(Ending.values(), cells[2], where, e -> e.label),
                label(Verdict.values(), cells[3], where, v -> v.label), masks, cells[5], lineNumber);
    }

    private static <T> T label(T[] values, String cell, String where, java.util.function.Function<T, String> name) {
        for (T value : values) {
            if (name.apply(value).equals(cell)) {
                return value;
            }
        }
        throw new IllegalStateException(where + ": \"" + cell + "\" is none of "
                + Arrays.stream(values).map(name).toList());
    }
}
