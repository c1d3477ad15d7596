package lockstep.cli;

import static lockstep.cli.CliTest.assertNoStackTrace;
import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lockstep.cli.CliTest.Invocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep run} through the real simulator: these need the interpreter. */
class RunEndToEndTest {
    private static final String NL = System.lineSeparator();
    private static final Pattern SUMMARY =
            Pattern.compile("-- (completed|deadlock|step-limit|error) · (\\d+) steps? · (\\d+\\.\\d{6}) s virtual time"
                    + "( · \\d+ lost updates?)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Matcher summary(String line) {
        Matcher m = SUMMARY.matcher(line);
        assertTrue(m.matches(), "not a summary line: " + line);
        return m;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\\R"));
    }

    @Test
    void printsTheOutputThenASummary() throws IOException {
        Invocation run = lockstep("run", file("hi.py", "print(\"hi\")\n").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = lines(run.out());
        assertEquals(2, lines.size(), run.out());
        assertEquals("hi", lines.get(0));
        assertEquals("completed", summary(lines.get(1)).group(1));
        assertTrue(Long.parseLong(summary(lines.get(1)).group(2)) > 0);
        assertEquals("", run.err());
    }

    @Test
    void json() throws IOException {
        Invocation run = lockstep("run", "--json", file("x.py", "x = 1\nx += 1\n").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        List<String> keys = new ArrayList<>();
        report.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("formatVersion", "status", "output", "globals", "time", "steps", "deadlock", "races", "expectations",
                "error", "lost_updates"), keys);
        assertEquals("completed", report.get("status").asText());
        assertEquals(JSON.readTree("{\"x\": 2}"), report.get("globals"));
        assertEquals(JSON.readTree("[]"), report.get("output"));
        assertTrue(report.get("time").isNumber());
        assertTrue(report.get("steps").asLong() >= 4, report.toString());
        assertTrue(report.get("deadlock").isNull());
        assertEquals(JSON.readTree("[]"), report.get("races"));
        assertEquals(JSON.readTree("[]"), report.get("expectations"));
        assertTrue(report.get("error").isNull());
        assertEquals(0, report.get("lost_updates").asInt());
        assertTrue(report.get("lost_updates").isIntegralNumber());
        assertEquals("", run.err());
    }

    @Test
    void jsonOfAScenarioWithExpectations() throws IOException {
        Path scenario = file("s.yaml", """
                id: s
                title: {en: S, zh: 丝}
                program: |
                  x = 1
                  x += 1
                  print("x is", x)
                expect:
                  - status: completed
                  - output: ["x is 2"]
                  - x == 3
                """);
        Invocation run = lockstep("run", "--json", scenario.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(JSON.readTree("[\"x is 2\"]"), report.get("output"));
        JsonNode expectations = report.get("expectations");
        assertEquals(3, expectations.size());
        assertEquals(JSON.readTree("{\"expect\": \"status: completed\", \"passed\": true, "
                + "\"detail\": \"status was completed\"}"), expectations.get(0));
        assertTrue(expectations.get(1).get("passed").asBoolean());
        assertEquals(JSON.readTree("{\"expect\": \"x == 3\", \"passed\": false, \"detail\": \"was False\"}"),
                expectations.get(2));
    }

    @Test
    void anUncaughtExceptionIsStatusErrorWithTheTracebackOnStderr() throws IOException {
        Invocation run = lockstep("run", file("div.py", "print('before')\n1/0\n").toString());
        assertEquals(0, run.exitCode());
        List<String> err = lines(run.err());
        assertEquals("ZeroDivisionError: division by zero", err.get(err.size() - 1));
        List<String> out = lines(run.out());
        assertEquals("before", out.get(0));
        assertEquals("error", summary(out.get(1)).group(1));

        JsonNode report = JSON.readTree(lockstep("run", "--json", dir.resolve("div.py").toString()).out());
        assertEquals("error", report.get("status").asText());
        assertTrue(report.get("error").asText().strip().endsWith("ZeroDivisionError: division by zero"));
    }

    @Test
    void anEndlessLoopStopsAtTheStepLimit() throws IOException {
        Path loop = file("loop.py", "while True:\n    pass\n");
        Invocation run = lockstep("run", "--max-steps", "1000", loop.toString());
        assertEquals(0, run.exitCode());
        Matcher m = summary(lines(run.out()).get(0));
        assertEquals("step-limit", m.group(1));
        assertEquals("1000", m.group(2));
        assertEquals("lockstep: stopped at the step limit of 1000 steps; allow more with --max-steps N" + NL,
                run.err());

        JsonNode report = JSON.readTree(lockstep("run", "--json", "--max-steps", "1000", loop.toString()).out());
        assertEquals("step-limit", report.get("status").asText());
        assertEquals(1000, report.get("steps").asLong());
    }

    @Test
    void traceStreamsFixedColumnStepsThenTheOutput() throws IOException {
        Invocation run = lockstep("run", "--trace", "--grain", "micro-op",
                file("inc.py", "x = 0\nx += 1\nprint(x)\n").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = lines(run.out());
        assertEquals("        TIME  THREAD         LINE  OP                        NARRATION", lines.get(0));
        Pattern step = Pattern.compile(" {0,4}\\d+\\.\\d{6}  MainThread    {1,5}(\\d+)  .{24}  .+");
        int steps = 0;
        int stepsOnLine2 = 0;
        for (String line : lines.subList(1, lines.size() - 2)) {
            Matcher m = step.matcher(line);
            assertTrue(m.matches(), "not a trace line: '" + line + "'");
            steps++;
            if (m.group(1).equals("2")) {
                stepsOnLine2++;
            }
        }
        assertTrue(stepsOnLine2 >= 3, "x += 1 should be at least load, add, store:\n" + run.out());
        assertEquals("1", lines.get(lines.size() - 2));
        Matcher m = summary(lines.get(lines.size() - 1));
        assertEquals(Integer.toString(steps), m.group(2));
    }

    @Test
    void traceInChinese() throws IOException {
        Path program = file("inc.py", "x = 0\nx += 1\n");
        String english = lockstep("run", "--trace", program.toString()).out();
        String chinese = lockstep("run", "--trace", "--lang", "zh", program.toString()).out();
        assertEquals(lines(english).size(), lines(chinese).size());
        assertNotEquals(english, chinese, "narration should differ between en and zh");
        assertTrue(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                chinese);
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() throws IOException {
        Path program = file("prog.py", "x = 1\ny = 2\nif x\n    pass\n");
        Invocation run = lockstep("run", program.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().matches(Pattern.quote(program.toString()) + ":3:\\d+: SyntaxError: .+\\R"), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void aSyntaxErrorInAYamlBlockNamesTheFileLine() throws IOException {
        Path scenario = file("broken.yaml", "id: broken\ntitle: Broken\nprogram: |\n  x = 1\n  if x\n      pass\n");
        Invocation run = lockstep("run", scenario.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().matches(Pattern.quote(scenario.toString()) + ":5:\\d+: SyntaxError: .+\\R"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void theSeedChoosesTheRandomNumbers() throws IOException {
        Path program = file("dice.py", "import random\nprint([random.randint(1, 1000000) for i in range(5)])\n");
        String first = lines(lockstep("run", "--seed", "1", program.toString()).out()).get(0);
        assertEquals(first, lines(lockstep("run", "--seed", "1", program.toString()).out()).get(0));
        assertNotEquals(first, lines(lockstep("run", "--seed", "2", program.toString()).out()).get(0));
    }

    @Test
    void bundledScenariosRunByIdAndPassTheirExpectations() {
        for (String id : new String[] {"hello", "increment"}) {
            Invocation run = lockstep("run", id);
            assertEquals(0, run.exitCode(), run.err());
            List<String> lines = lines(run.out());
            Iterator<String> it = lines.iterator();
            String line;
            do {
                line = it.next();
            } while (!line.startsWith("-- "));
            assertEquals("completed", summary(line).group(1));
            String verdict = it.next();
            assertTrue(verdict.matches("-- expect: (\\d+) of \\1 passed"), run.out());
        }
        assertTrue(lockstep("run", "hello").out().startsWith("Hello, Lockstep!" + NL + "你好，Lockstep！" + NL));
    }
}
