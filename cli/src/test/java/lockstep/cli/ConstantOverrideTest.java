package lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** {@code --set NAME=VALUE}: the first top-level assignment's value replaced, nothing else touched. */
class ConstantOverrideTest {
    private static String apply(String set, String program) throws Exception {
        Scenario scenario = ScenarioLoader.load("p.py", program);
        return ConstantOverride.parse(set).applyTo(scenario).program();
    }

    @Test
    void replacesTheValueOfTheFirstTopLevelAssignment() throws Exception {
        assertEquals("import threading\n\nN = 3\nx = 0\nN = 7\n",
                apply("N=3", "import threading\n\nN = 200\nx = 0\nN = 7\n"));
        assertEquals("N = 3  # increments per thread\n", apply("N=3", "N = 200  # increments per thread\n"));
        assertEquals("N: int = 3; M = 1\n", apply("N = 3", "N: int = 200; M = 1\n"));
        assertEquals("N = (1, \"#\")\nx = 1\n", apply("N=(1, \"#\")", "N = 2\nx = 1\n"));
        assertEquals("def f():\n    N = 1\nN = 4\n", apply("N=4", "def f():\n    N = 1\nN = 2\n"));
        assertEquals("s = 'a = b'\nN = 'x'\n", apply("N='x'", "s = 'a = b'\nN = 'it''s'\n"));
    }

    @Test
    void aMultiLineValueIsReplacedWhole() throws Exception {
        assertEquals("N = 5\nprint(N)\n", apply("N=5", "N = (2 +  # two\n     3)\nprint(N)\n"));
        assertEquals("N = 5\nprint(N)\n", apply("N=5", "N = 2 + \\\n    3\nprint(N)\n"));
        assertEquals("N = 5\nprint(N)\n", apply("N=5", "N = \"\"\"a\nb = c\n\"\"\"\nprint(N)\n"));
    }

    @Test
    void refusesWhatItCannotApply() {
        assertEquals("--set N: the program has no top-level assignment 'N = ...' to change",
                assertThrows(ConstantOverride.Refused.class, () -> apply("N=3", "x = 0\ndef f():\n    N = 1\n"))
                        .getMessage());
        assertEquals("--set N: the program has no top-level assignment 'N = ...' to change",
                assertThrows(ConstantOverride.Refused.class, () -> apply("N=3", "N += 1\nN == 2\n")).getMessage());
        assertEquals("--set expects NAME=VALUE, a global's name and a Python expression (like N=3), but was 'N'",
                assertThrows(ConstantOverride.Refused.class, () -> ConstantOverride.parse("N")).getMessage());
        assertEquals("--set expects NAME=VALUE, a global's name and a Python expression (like N=3), but was '=3'",
                assertThrows(ConstantOverride.Refused.class, () -> ConstantOverride.parse("=3")).getMessage());
        assertEquals("--set expects NAME=VALUE, a global's name and a Python expression (like N=3), but was '2N=3'",
                assertThrows(ConstantOverride.Refused.class, () -> ConstantOverride.parse("2N=3")).getMessage());
        assertEquals("--set N: '3 +' is not a Python expression",
                assertThrows(ConstantOverride.Refused.class, () -> ConstantOverride.parse("N=3 +")).getMessage());
        assertEquals("--set N: 'x = 1' is not a Python expression",
                assertThrows(ConstantOverride.Refused.class, () -> ConstantOverride.parse("N=x = 1")).getMessage());
    }
}
