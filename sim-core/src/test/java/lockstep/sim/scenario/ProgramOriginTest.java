package lockstep.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import lockstep.sim.lang.ProgramError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Program errors point at the scenario file's own lines and columns. */
class ProgramOriginTest {
    private static final String YAML = """
            id: broken
            title: Broken
            summary: A syntax error on the program's third line.
            tags: [test]
            scheduler:
              seed: 1
            program: |
              x = 1
              y = 2
              if x
                  pass
            """;

    @Test
    void aLiteralBlockMapsProgramLinesToFileLines() throws ScenarioError {
        ProgramOrigin origin = ScenarioLoader.load("broken.yaml", YAML).origin();
        assertEquals(new ProgramOrigin("broken.yaml", 8, 2, true), origin);
        ProgramError located = origin.locate(new ProgramError("broken.yaml", 3, 5, "SyntaxError: expected ':'"));
        assertEquals("broken.yaml:10:7: SyntaxError: expected ':'", located.getMessage());
        assertEquals(10, located.line());
        assertEquals(7, located.col());
        assertEquals("SyntaxError: expected ':'", located.reason());
    }

    @Test
    void blockIndentationIsReadFromTheFirstNonBlankLine() throws ScenarioError {
        ProgramOrigin origin = ScenarioLoader.load("s.yaml", "program: |-\n\n    x = (\n    y\n").origin();
        assertEquals(new ProgramOrigin("s.yaml", 2, 4, true), origin);
        assertEquals("s.yaml:3:5: SyntaxError: invalid syntax",
                origin.locate(new ProgramError("s.yaml", 2, 1, "SyntaxError: invalid syntax")).getMessage());
    }

    @Test
    void anExplicitIndentationIndicatorIsHonoured() throws ScenarioError {
        Scenario s = ScenarioLoader.load("s.yaml", "program: |2\n    indented\n  x = 1\n");
        assertEquals("  indented\nx = 1\n", s.program());
        assertEquals(new ProgramOrigin("s.yaml", 2, 2, true), s.origin());
    }

    @Test
    void otherStringsPointAtTheValueAndNameTheProgramPosition() throws ScenarioError {
        ProgramOrigin json = ScenarioLoader.load("s.json", "{\n  \"program\": \"x = 1\\nif x\\n\"\n}").origin();
        assertEquals("s.json:2:14: SyntaxError: expected ':' (at line 2, column 5 of the program)",
                json.locate(new ProgramError("s.json", 2, 5, "SyntaxError: expected ':'")).getMessage());
        ProgramOrigin plain = ScenarioLoader.load("s.yaml", "program: print(1\n").origin();
        assertEquals(new ProgramOrigin("s.yaml", 1, 10, false), plain);
        ProgramOrigin folded = ScenarioLoader.load("s.yaml", "program: >\n  x = 1\n").origin();
        assertEquals(new ProgramOrigin("s.yaml", 1, 10, false), folded);
    }

    @Test
    void aPythonFileIsItsOwnProgram() {
        ProgramOrigin origin = ProgramOrigin.wholeFile("prog.py");
        assertEquals("prog.py:3:5: SyntaxError: invalid syntax",
                origin.locate(new ProgramError("prog.py", 3, 5, "SyntaxError: invalid syntax")).getMessage());
    }

    /** End to end through the compiler: needs the parser. */
    @Test
    void compilingAScenarioReportsTheFileLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, YAML);
        Scenario scenario = ScenarioLoader.load(file);
        ProgramError e = assertThrows(ProgramError.class, scenario::compile);
        assertEquals(file.toString(), e.fileName());
        assertEquals(10, e.line());
        assertEquals(file + ":10:" + e.col() + ": " + e.reason(), e.getMessage());
    }
}
