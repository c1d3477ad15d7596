package lockstep.sim.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors pinned by hand in {@code pinned-errors.txt}: constructs outside the scenario language, Lockstep's own
 * limits, and the places where Lockstep deliberately reports a different position than CPython (expressions inside
 * f-strings). Each case's header is {@code #=== name | line:col | reason}.
 */
class PinnedErrorTableTest {

    static Stream<Arguments> cases() {
        return TestResources.programs("pinned-errors.txt").stream().map(p -> {
            String[] header = p.name().split(" \\| ", 3);
            return Arguments.of(header[0], p.source(), header[1], header[2]);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsAsPinned(String name, String source, String position, String reason) {
        ProgramError e = assertThrows(ProgramError.class, () -> Parser.parse(name + ".py", source));
        assertEquals(position + " " + reason, e.line() + ":" + e.col() + " " + e.reason());
    }
}
