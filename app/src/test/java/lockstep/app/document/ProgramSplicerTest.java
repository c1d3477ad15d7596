package lockstep.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class ProgramSplicerTest {
    private static ScenarioDocument doc(String name, String text) throws Exception {
        return new ScenarioDocument(ScenarioLoader.load(name, text), text, Path.of(name), null);
    }

    @Test
    void aYamlBlockIsReplacedLineForLineAndTheRestIsLeftAsWritten() throws Exception {
        String yaml = "id: demo   # kept\ntitle: {en: Demo}\nprogram: |\n    x = 1\n\n    print(x)\n\nexpect:\n"
                + "  - x == 1   # kept too\n";
        String spliced = ProgramSplicer.splice(doc("demo.yaml", yaml), "x = 2\nif x:\n    print(x)\n", "demo.yaml");
        assertEquals("id: demo   # kept\ntitle: {en: Demo}\nprogram: |\n    x = 2\n    if x:\n        print(x)\n\n"
                + "expect:\n  - x == 1   # kept too\n", spliced);
        assertEquals("x = 2\nif x:\n    print(x)\n", ScenarioLoader.load("demo.yaml", spliced).program());
    }

    @Test
    void windowsLineEndingsStay() throws Exception {
        String yaml = "program: |\r\n  a = 1\r\nexpect: []\r\n";
        String spliced = ProgramSplicer.splice(doc("w.yaml", yaml), "a = 2\n", "w.yaml");
        assertEquals("program: |\r\n  a = 2\r\nexpect: []\r\n", spliced);
    }

    @Test
    void jsonGetsItsProgramMemberReplaced() throws Exception {
        String json = "{\"id\": \"j\", \"program\": \"x = 1\\n\", \"tags\": [\"a\"]}";
        String spliced = ProgramSplicer.splice(doc("j.json", json), "x = 3\n", "j.json");
        assertEquals("x = 3\n", ScenarioLoader.load("j.json", spliced).program());
        assertTrue(spliced.contains("\"tags\""), spliced);
    }

    @Test
    void aPythonTargetIsTheProgramAloneAndMismatchedTargetsAreRefused() throws Exception {
        ScenarioDocument yaml = doc("d.yaml", "program: |\n  x = 1\n");
        assertEquals("y = 2\n", ProgramSplicer.splice(yaml, "y = 2\n", "copy.py"));
        assertThrows(ProgramSplicer.CannotSplice.class, () -> ProgramSplicer.splice(yaml, "y = 2\n", "d.json"));
        ScenarioDocument py = doc("p.py", "x = 1\n");
        assertThrows(ProgramSplicer.CannotSplice.class, () -> ProgramSplicer.splice(py, "y = 2\n", "p.yaml"));
        ScenarioDocument quoted = doc("q.yaml", "program: \"x = 1\\n\"\n");
        assertThrows(ProgramSplicer.CannotSplice.class, () -> ProgramSplicer.splice(quoted, "y = 2\n", "q.yaml"));
    }

    @Test
    void aProgramThatABlockCannotHoldIsRefusedRatherThanWrittenWrong() throws Exception {
        ScenarioDocument yaml = doc("d.yaml", "program: |\n  x = 1\n");
        assertThrows(ProgramSplicer.CannotSplice.class, () -> ProgramSplicer.splice(yaml, "  indented = 1\n", "d.yaml"));
    }
}
