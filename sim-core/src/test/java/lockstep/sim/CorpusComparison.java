package lockstep.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import lockstep.sim.CorpusManifest.Ending;
import lockstep.sim.CorpusManifest.Entry;
import lockstep.sim.CorpusManifest.Kind;

/**
 * Compares what Lockstep did with a corpus program against what CPython 3.11 did, as the program's manifest entry
 * says: its ending, then stdout and stderr, each after the entry's masks. A traceback is compared as the conformance
 * suite compares it: by its header and its last line (the frames show CPython's own library files and lines).
 */
final class CorpusComparison {
    private static final String TRACEBACK = "Traceback (most recent call last):";

    private CorpusComparison() {}

    /** What CPython printed on one run. */
    record Printed(String stdout, String stderr) {}

    /**
     * Null when Lockstep's run behaves as one of CPython's recorded runs, else the first difference found, in words.
     */
    static String difference(Entry entry, List<Printed> cpythonRuns, RunResult lockstep) {
        String ending = endingDifference(entry.cpython(), lockstep.status());
        if (ending != null) {
            return ending;
        }
        UnaryOperator<String> mask = text -> masked(entry, text);
        Printed actual = new Printed(mask.apply(lockstep.outputText()),
                mask.apply(stderr(lockstep.errorOutput() + (lockstep.error() == null ? "" : lockstep.error()))));
        String first = null;
        for (Printed run : cpythonRuns) {
            Printed expected = new Printed(mask.apply(run.stdout()), mask.apply(stderr(run.stderr())));
            String difference = streamsDifference(entry, expected, actual);
            if (difference == null) {
                return null;
            }
            first = first == null ? difference : first;
        }
        return first;
    }

    private static String endingDifference(Ending cpython, RunStatus status) {
        boolean agrees = switch (cpython) {
            case EXIT_0 -> status == RunStatus.COMPLETED;
            case EXIT_1 -> status == RunStatus.ERROR;
            case HANGS -> status == RunStatus.DEADLOCK || status == RunStatus.STEP_LIMIT;
        };
        return agrees ? null : "CPython ends with " + cpython.label + ", Lockstep's run ends " + status;
    }

    private static String streamsDifference(Entry entry, Printed expected, Printed actual) {
        boolean prefix = entry.cpython() == Ending.HANGS;
        String stdout = textDifference("stdout", expected.stdout(), actual.stdout(), entry.kind(), prefix);
        if (stdout != null || prefix) {
            return stdout;
        }
        return textDifference("stderr", expected.stderr(), actual.stderr(), entry.kind(), false);
    }

    /**
     * Null when equal. {@code prefix}: CPython was stopped, so its text need only begin Lockstep's (as a multiset:
     * be contained in it).
     */
    static String textDifference(String stream, String expected, String actual, Kind kind, boolean prefix) {
        if (kind == Kind.LINES_AS_SET) {
            TreeSet<String> missing = new TreeSet<>(lines(expected));
            TreeSet<String> extra = new TreeSet<>(lines(actual));
            missing.removeAll(lines(actual));
            extra.removeAll(lines(expected));
            return missing.isEmpty() && (extra.isEmpty() || prefix) ? null
                    : stream + " lines differ as sets: CPython's not printed " + sample(missing)
                    + ", printed and not CPython's " + sample(extra);
        }
        if (kind != Kind.LINES_AS_MULTISET) {
            boolean equal = prefix ? actual.startsWith(expected) : actual.equals(expected);
            return equal ? null : stream + ": " + ConformanceTest.outputDiff(expected,
                    prefix && actual.length() > expected.length() ? actual.substring(0, expected.length()) : actual);
        }
        TreeMap<String, Integer> missing = counts(lines(expected));
        TreeMap<String, Integer> extra = new TreeMap<>();
        for (String line : lines(actual)) {
            Integer left = missing.get(line);
            if (left == null) {
                extra.merge(line, 1, Integer::sum);
            } else if (left == 1) {
                missing.remove(line);
            } else {
                missing.put(line, left - 1);
            }
        }
        if (missing.isEmpty() && (extra.isEmpty() || prefix)) {
            return null;
        }
        return stream + " lines differ as multisets: CPython's not printed " + sample(missing.keySet())
                + ", printed and not CPython's " + sample(extra.keySet());
    }

    /** The text with every traceback reduced to its header and last line, ending with a line break if not empty. */
    static String stderr(String text) {
        StringBuilder kept = new StringBuilder();
        boolean inFrames = false;
        for (String line : lines(text)) {
            if (line.equals(TRACEBACK)) {
                inFrames = true;
            } else if (inFrames && line.startsWith(" ")) {
                continue;
            } else {
                inFrames = false;
            }
            kept.append(line).append('\n');
        }
        return kept.toString();
    }

    private static String masked(Entry entry, String text) {
        String result = text;
        for (CorpusMask mask : entry.masks()) {
            result = mask.apply(result);
        }
        return result;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : ConformanceTest.linesWithTerminators(text)) {
            lines.add(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }

    private static TreeMap<String, Integer> counts(List<String> lines) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        lines.forEach(line -> counts.merge(line, 1, Integer::sum));
        return counts;
    }

    private static String sample(Collection<String> lines) {
        if (lines.isEmpty()) {
            return "(none)";
        }
        List<String> quoted = lines.stream().limit(3).map(ConformanceTest::quote).toList();
        return String.join(", ", quoted) + (lines.size() > 3 ? " and " + (lines.size() - 3) + " more" : "");
    }
}
