package lockstep.sim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code blocks of the five tutorial seeds that CPython compiles (extracted by {@code extract-seed-programs.py}
 * into {@code seed-programs/}) must parse, or be refused only as outside the scenario language. Their trees are also
 * compared with CPython's in {@link CpythonAstComparisonTest}.
 */
class SeedProgramsTest {

    static Stream<String> seedPrograms() {
        List<String> names = Arrays.stream(TestResources.read("ast-expected.txt").split("\n"))
                .filter(line -> line.startsWith("seed-programs/"))
                .map(line -> line.substring(0, line.indexOf('\t')))
                .toList();
        assertEquals(29, names.size(), "the tutorial seeds hold 29 compilable Python blocks");
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPrograms")
    void parsesOrIsRejectedOnlyAsUnsupported(String name) {
        String source = TestResources.read(name);
        try {
            Module m = Parser.parse(name, source);
            assertTrue(!m.body().isEmpty());
        } catch (ProgramError e) {
            assertTrue(e.reason().startsWith("unsupported: "), e.getMessage());
        }
    }
}
