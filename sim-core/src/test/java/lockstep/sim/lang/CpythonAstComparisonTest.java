package lockstep.sim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses each program of {@code ast-cases.txt} and every extracted tutorial program, and compares the tree with the
 * one CPython 3.11 builds ({@code ast-expected.txt}, written by {@code regenerate-ast-dumps.py}), node types,
 * fields and positions included.
 */
class CpythonAstComparisonTest {

    static Stream<Arguments> programs() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : TestResources.read("ast-expected.txt").split("\n")) {
            if (!line.isEmpty()) {
                int tab = line.indexOf('\t');
                expected.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (TestResources.NamedSource p : TestResources.programs("ast-cases.txt")) {
            sources.put(p.name(), p.source());
        }
        for (String name : expected.keySet()) {
            if (name.startsWith("seed-programs/")) {
                sources.put(name, TestResources.read(name));
            }
        }
        assertEquals(expected.keySet(), sources.keySet(), "ast-expected.txt is stale: run regenerate-ast-dumps.py");
        return sources.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue(), expected.get(e.getKey())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void treeMatchesCpython(String name, String source, String expected) throws ProgramError {
        if (expected.startsWith("UNSUPPORTED")) {
            ProgramError e = assertThrows(ProgramError.class, () -> Parser.parse(name, source));
            assertTrue(e.reason().startsWith("unsupported: "), e.getMessage());
            return;
        }
        String actual = AstDump.of(Parser.parse(name, source).body());
        assertEquals(expected, actual, () -> firstDifference(expected, actual));
    }

    /** The trees are long one-liners; show where they part. */
    static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        return "trees differ at character " + i + ":\n  expected ..." + expected.substring(from,
                Math.min(expected.length(), i + 80)) + "\n  actual   ..." + actual.substring(from,
                Math.min(actual.length(), i + 80));
    }
}
