package lockstep.sim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of {@code syntax-errors.txt} must fail exactly as CPython 3.11 fails on it: same line, same column,
 * same "Type: message" ({@code syntax-errors-expected.tsv}, written by {@code regenerate-syntax-errors.py}).
 */
class SyntaxErrorTableTest {

    static Stream<Arguments> cases() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (TestResources.NamedSource p : TestResources.programs("syntax-errors.txt")) {
            sources.put(p.name(), p.source());
        }
        Map<String, String[]> expected = new LinkedHashMap<>();
        for (String line : TestResources.read("syntax-errors-expected.tsv").split("\n")) {
            if (!line.isEmpty()) {
                String[] f = line.split("\t", 4);
                expected.put(f[0], f);
            }
        }
        assertEquals(sources.keySet(), expected.keySet(),
                "syntax-errors-expected.tsv is stale: run regenerate-syntax-errors.py");
        return expected.values().stream().map(f -> Arguments.of(f[0], sources.get(f[0]), Integer.parseInt(f[1]),
                Integer.parseInt(f[2]), f[3]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsLikeCpython(String name, String source, int line, int col, String reason) {
        ProgramError e = assertThrows(ProgramError.class, () -> Parser.parse(name + ".py", source));
        assertEquals(line + ":" + col + " " + reason, e.line() + ":" + e.col() + " " + e.reason());
        assertEquals(name + ".py", e.fileName());
    }
}
