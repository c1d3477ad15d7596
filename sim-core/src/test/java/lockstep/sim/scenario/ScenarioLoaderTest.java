package lockstep.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lockstep.sim.RunOptions;
import lockstep.sim.RunStatus;
import lockstep.sim.SchedulingPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private static final String FULL_YAML = """
            id: race-demo
            title:
              en: A race
              zh: 竞态
            summary: Two threads add to x.
            tags: [race, threads]
            scheduler:
              policy: rr
              quantum: 3
              cores: 2
              seed: 42
              maxSteps: 5000
              gilModel: modern
              switchInterval: 0.005
            program: |
              x = 0
              x += 1
            expect:
              - status: completed
              - output: [hi, 42, "two words"]
              - output_contains: hi
              - time: {min: 0, max: 1.5}
              - x == 1
            """;

    @Test
    void loadsEveryKeyFromYaml() throws ScenarioError {
        Scenario s = ScenarioLoader.load("race.yaml", FULL_YAML);
        assertEquals("race-demo", s.id());
        assertEquals(new LocalizedText("A race", "竞态"), s.title());
        assertEquals("竞态", s.title().in("zh"));
        assertEquals(new LocalizedText("Two threads add to x.", null), s.summary());
        assertEquals("Two threads add to x.", s.summary().in("zh"));
        assertEquals(List.of("race", "threads"), s.tags());
        assertEquals(new SchedulerSettings("rr", 3, 2, 42L, 5000L, "modern", 0.005), s.scheduler());
        assertEquals("x = 0\nx += 1\n", s.program());
        assertEquals(List.of(
                new Expectation.Status(RunStatus.COMPLETED),
                new Expectation.Output(List.of("hi", "42", "two words")),
                new Expectation.OutputContains("hi"),
                new Expectation.Time(0.0, 1.5),
                new Expectation.Holds("x == 1")), s.expect());
        assertEquals(new ProgramOrigin("race.yaml", 16, 2, true), s.origin());
        RunOptions options = s.runOptions(RunOptions.defaults());
        assertEquals(42, options.seed());
        assertEquals(5000, options.maxSteps());
    }

    @Test
    void notesAreTextsForProgramLinesInBothLanguages() throws ScenarioError {
        Scenario s = ScenarioLoader.load("n.yaml", """
                program: |
                  x = 1
                  print(x)
                notes:
                  2: {en: "2. it prints", zh: "2、输出"}
                  1: "1. one"
                """);
        assertEquals(java.util.Map.of(1, "1. one", 2, "2. it prints"), s.notesIn("en"));
        assertEquals("2、输出", s.notesIn("zh").get(2));
        assertEquals("1. one", s.notesIn("zh").get(1), "a note without zh falls back to en");
    }

    @Test
    void aNoteMustBeKeyedByALineNumber() {
        assertError("n.yaml:3:3: a key of 'notes' must be a line number of the program (1 or more), found \"two\"",
                "n.yaml", "program: pass\nnotes:\n  two: text\n");
        assertError("n.yaml:2:8: 'notes' must be a mapping from a program line to a text, found a list",
                "n.yaml", "program: pass\nnotes: [a]\n");
    }

    @Test
    void loadsJson() throws ScenarioError {
        String json = """
                {
                  "id": "j",
                  "title": {"en": "J", "zh": "杰"},
                  "program": "print('hi')\\n",
                  "expect": [{"status": "error"}, "len(x) > 0"]
                }
                """;
        Scenario s = ScenarioLoader.load("j.json", json);
        assertEquals("j", s.id());
        assertEquals("print('hi')\n", s.program());
        assertEquals(List.of(new Expectation.Status(RunStatus.ERROR), new Expectation.Holds("len(x) > 0")),
                s.expect());
        assertEquals(new ProgramOrigin("j.json", 4, 14, false), s.origin());
    }

    @Test
    void aPythonFileIsAScenarioWhoseProgramIsTheFile() throws Exception {
        Path file = dir.resolve("count.py");
        Files.writeString(file, "x = 1\nprint(x)\n");
        Scenario s = ScenarioLoader.load(file);
        assertEquals("count", s.id());
        assertEquals("count", s.title().en());
        assertEquals("x = 1\nprint(x)\n", s.program());
        assertEquals(List.of(), s.expect());
        assertEquals(SchedulerSettings.none(), s.scheduler());
        assertEquals(ProgramOrigin.wholeFile(file.toString()), s.origin());
    }

    @Test
    void defaultsWhenOnlyProgramIsGiven() throws Exception {
        Path file = dir.resolve("minimal.yml");
        Files.writeString(file, "program: pass\n");
        Scenario s = ScenarioLoader.load(file);
        assertEquals("minimal", s.id());
        assertEquals(LocalizedText.of("minimal"), s.title());
        assertEquals("", s.summary().en());
        assertEquals(List.of(), s.tags());
        RunOptions options = s.runOptions(RunOptions.defaults());
        assertEquals(RunOptions.defaults(), options);
    }

    // Errors: each with its exact message, line and column.

    private static ScenarioError error(String fileName, String text) {
        return assertThrows(ScenarioError.class, () -> ScenarioLoader.load(fileName, text));
    }

    private static void assertError(String expectedMessage, String fileName, String text) {
        assertEquals(expectedMessage, error(fileName, text).getMessage());
    }

    @Test
    void unknownKeyIsReportedAtTheKey() {
        ScenarioError e = error("s.yaml", "id: a\ntitle: T\n  \nprogam: |\n  pass\n");
        assertEquals(4, e.line());
        assertEquals(1, e.col());
        assertEquals("unknown key 'progam' (expected one of: id, title, summary, tags, scheduler, program, notes, expect)",
                e.reason());
        assertEquals("s.yaml:4:1: " + e.reason(), e.getMessage());
    }

    @Test
    void unknownNestedKeys() {
        assertError("s.yaml:3:3: unknown key 'quantm' in 'scheduler' (expected one of: policy, quantum, cores, "
                + "seed, maxSteps, gilModel, switchInterval)", "s.yaml", "program: pass\nscheduler:\n  quantm: 3\n");
        assertError("s.yaml:2:16: unknown key 'fr' in 'title' (expected one of: en, zh)", "s.yaml",
                "program: pass\ntitle: {en: a, fr: b}\n");
        assertError("s.yaml:3:5: unknown key 'stdout' in 'expect[0]' (expected one of: status, output, "
                + "output_contains, time, races, deadlock_cycle, some_schedule, every_schedule, lost_updates, "
                + "gil_switches, no_deadlock)", "s.yaml", "program: pass\nexpect:\n  - stdout: [a]\n");
        assertError("s.json:1:35: unknown key 'progam' (expected one of: id, title, summary, tags, scheduler, "
                + "program, notes, expect)", "s.json", "{\"program\": \"pass\", \"title\": \"t\", \"progam\": 1}");
    }

    @Test
    void malformedYaml() {
        assertError("s.yaml:3:5: malformed YAML: mapping values are not allowed here", "s.yaml",
                "id: x\nprogram: print(\n bad: [\n");
        assertError("s.yaml:2:1: malformed YAML: expected ',' or ']', but got <stream end> "
                + "(while parsing a flow sequence)", "s.yaml", "tags: [a, b\n");
    }

    @Test
    void malformedJson() {
        ScenarioError e = error("s.json", "{\n  \"program\": \"pass\",\n}\n");
        assertEquals(3, e.line());
        assertEquals(1, e.col());
        assertTrue(e.reason().startsWith("malformed JSON: Unexpected character ('}'"), e.reason());
        assertError("s.json:1:21: unexpected content after the end of the JSON object", "s.json",
                "{\"program\": \"pass\"} {}");
    }

    @Test
    void missingProgram() {
        assertError("s.yaml:1:1: missing key 'program' (the Python program to run)", "s.yaml",
                "id: a\ntitle: T\n");
        assertError("s.yaml:1:1: the file is empty; a scenario needs at least a 'program' key", "s.yaml", "");
        assertError("s.yaml:1:1: the file is empty; a scenario needs at least a 'program' key", "s.yaml",
                "# only a comment\n");
    }

    @Test
    void wrongTypes() {
        assertError("s.yaml:1:10: 'program' must be a string, found a list", "s.yaml", "program: [1, 2]\n");
        assertError("s.yaml:1:9: 'program' must be a string, found nothing (null)", "s.yaml", "program:\n");
        assertError("s.yaml:2:7: 'tags' must be a list, found a string", "s.yaml", "program: pass\ntags: intro\n");
        assertError("s.yaml:2:11: 'tags[1]' must be a string, found an integer (3)", "s.yaml",
                "program: pass\ntags: [a, 3]\n");
        assertError("s.yaml:3:9: 'scheduler.seed' must be an integer, found a string", "s.yaml",
                "program: pass\nscheduler:\n  seed: abc\n");
        assertError("s.yaml:3:12: 'scheduler.quantum' must be an integer, found a number (2.5)", "s.yaml",
                "program: pass\nscheduler:\n  quantum: 2.5\n");
        assertError("s.yaml:3:10: 'scheduler.cores' must be between 1 and 64, found 0", "s.yaml",
                "program: pass\nscheduler:\n  cores: 0\n");
        assertError("s.yaml:3:13: 'scheduler.maxSteps' must be at least 1, found 99999999999999999999",
                "s.yaml", "program: pass\nscheduler:\n  maxSteps: 99999999999999999999\n");
        assertError("s.yaml:3:11: 'scheduler.policy' must be one of rr, fifo, priority, random, gil, manual; "
                + "found \"lottery\"", "s.yaml", "program: pass\nscheduler:\n  policy: lottery\n");
        assertError("s.yaml:3:19: 'scheduler.switchInterval' must be above 0 seconds, found 0", "s.yaml",
                "program: pass\nscheduler:\n  switchInterval: 0\n");
        assertError("s.yaml:2:12: 'scheduler' must be a mapping of settings (policy, quantum, cores, seed, "
                + "maxSteps, gilModel, switchInterval), found a string", "s.yaml", "program: pass\nscheduler: rr\n");
        assertError("s.yaml:2:8: 'title' must be a string or a mapping {en: ..., zh: ...}, found a list", "s.yaml",
                "program: pass\ntitle: [a]\n");
        assertError("s.yaml:2:8: 'title' needs an 'en' text (and optionally 'zh')", "s.yaml",
                "program: pass\ntitle: {zh: 标题}\n");
        assertError("s.yaml:1:5: 'id' must be letters, digits, '.', '-' or '_', starting with a letter or digit; "
                + "found \"two words\"", "s.yaml", "id: two words\nprogram: pass\n");
        assertError("s.yaml:1:1: a scenario must be a mapping of keys (id, title, summary, tags, scheduler, "
                + "program, notes, expect), found a list", "s.yaml", "- program\n");
        assertError("s.yaml:2:1: duplicate key 'program' (first given at line 1)", "s.yaml",
                "program: pass\nprogram: pass\n");
        assertError("s.yaml:3:1: a scenario file holds one YAML document; found a second one here", "s.yaml",
                "program: pass\n---\nprogram: pass\n");
        assertError("s.yaml:2:10: YAML aliases (*name) are not supported in scenario files; write the value out",
                "s.yaml", "tags: &t [a]\nsummary: *t\nprogram: pass\n");
    }

    @Test
    void wrongExpectations() {
        assertError("s.yaml:3:13: 'expect[0].status' must be one of completed, deadlock, step-limit, error; "
                + "found \"done\"", "s.yaml", "program: pass\nexpect:\n  - status: done\n");
        assertError("s.yaml:3:5: 'expect[0]' must have exactly one key, found 2; write each expectation as its own "
                + "'- ' item", "s.yaml", "program: pass\nexpect:\n  - status: completed\n    output: [a]\n");
        assertError("s.yaml:3:5: 'expect[0]' must be a Python expression (a string) or a mapping with one key "
                + "(status, output, output_contains, time, races, deadlock_cycle, some_schedule, every_schedule, "
                + "lost_updates, gil_switches, no_deadlock), found an integer (3)", "s.yaml",
                "program: pass\nexpect:\n  - 3\n");
        assertError("s.yaml:3:19: 'expect[0].lost_updates' needs 'min', 'max' or both", "s.yaml",
                "program: pass\nexpect:\n  - lost_updates: {}\n");
        assertError("s.yaml:3:19: 'expect[0].lost_updates' has min above max", "s.yaml",
                "program: pass\nexpect:\n  - lost_updates: {min: 2, max: 1}\n");
        assertError("s.yaml:3:25: 'expect[0].lost_updates.min' must be at least 0, found -1",
                "s.yaml", "program: pass\nexpect:\n  - lost_updates: {min: -1}\n");
        assertError("s.yaml:3:19: 'expect[0].lost_updates' must be a mapping {min: N, max: N}, found an integer (1)",
                "s.yaml", "program: pass\nexpect:\n  - lost_updates: 1\n");
        assertError("s.yaml:3:11: 'expect[0].time' needs 'min', 'max' or both", "s.yaml",
                "program: pass\nexpect:\n  - time: {}\n");
        assertError("s.yaml:3:11: 'expect[0].time' has min above max", "s.yaml",
                "program: pass\nexpect:\n  - time: {min: 2, max: 1}\n");
        assertError("s.yaml:3:17: 'expect[0].time.max' must be a number, found a string", "s.yaml",
                "program: pass\nexpect:\n  - time: {max: soon}\n");
        assertError("s.yaml:3:13: 'expect[0].output' must be a list, found a string", "s.yaml",
                "program: pass\nexpect:\n  - output: hi\n");
        assertError("s.yaml:2:9: 'expect' must be a list, found a mapping", "s.yaml",
                "program: pass\nexpect: {status: completed}\n");
    }

    @Test
    void loadsTheConcurrencyExpectations() throws ScenarioError {
        Scenario s = ScenarioLoader.load("c.yaml", """
                program: pass
                expect:
                  - races: true
                  - races: false
                  - deadlock_cycle: [T1, a, T2, b, T1]
                  - deadlock_cycle: [MainThread, lock, MainThread]
                  - some_schedule: {policy: random, seeds: 20, holds: "x < 400"}
                  - every_schedule:
                      seeds: 100
                      holds: x == 400
                  - every_schedule: {policy: rr, seeds: 1, holds: "  x  "}
                """);
        assertEquals(List.of(
                new Expectation.Races(true),
                new Expectation.Races(false),
                new Expectation.DeadlockCycle(List.of("T1", "a", "T2", "b", "T1")),
                new Expectation.DeadlockCycle(List.of("MainThread", "lock", "MainThread")),
                new Expectation.Schedules(false, SchedulingPolicy.RANDOM, 20, "x < 400"),
                new Expectation.Schedules(true, SchedulingPolicy.RANDOM, 100, "x == 400"),
                new Expectation.Schedules(true, SchedulingPolicy.RR, 1, "x")), s.expect());
        assertEquals(List.of("races: true", "races: false", "deadlock_cycle: [T1, a, T2, b, T1]",
                "deadlock_cycle: [MainThread, lock, MainThread]",
                "some_schedule: {policy: random, seeds: 20, holds: \"x < 400\"}",
                "every_schedule: {policy: random, seeds: 100, holds: \"x == 400\"}",
                "every_schedule: {policy: rr, seeds: 1, holds: \"x\"}"),
                s.expect().stream().map(Expectation::description).toList());
    }

    /** Without seeds, the schedule expectations (and no_deadlock) are decided by exploring every schedule. */
    @Test
    void loadsTheExploredExpectations() throws ScenarioError {
        Scenario s = ScenarioLoader.load("e.yaml", """
                program: pass
                expect:
                  - every_schedule: {holds: "x == 400"}
                  - some_schedule:
                      holds: " x < 400 "
                  - no_deadlock: true
                  - no_deadlock: false
                """);
        assertEquals(List.of(new Expectation.Explored(true, "x == 400"), new Expectation.Explored(false, "x < 400"),
                new Expectation.NoDeadlock(true), new Expectation.NoDeadlock(false)), s.expect());
        assertEquals(List.of("every_schedule: {holds: \"x == 400\"}", "some_schedule: {holds: \"x < 400\"}",
                "no_deadlock: true", "no_deadlock: false"),
                s.expect().stream().map(Expectation::description).toList());
    }

    @Test
    void wrongConcurrencyExpectations() {
        assertError("s.yaml:3:12: 'expect[0].races' must be true or false, found a string", "s.yaml",
                "program: pass\nexpect:\n  - races: yes\n");
        assertError("s.yaml:3:12: 'expect[0].races' must be true or false, found an integer (1)", "s.yaml",
                "program: pass\nexpect:\n  - races: 1\n");
        assertError("s.yaml:3:21: 'expect[0].deadlock_cycle' must be a list, found a string", "s.yaml",
                "program: pass\nexpect:\n  - deadlock_cycle: T1\n");
        assertError("s.yaml:3:21: 'expect[0].deadlock_cycle' must list a cycle of threads and locks that starts and "
                + "ends with the same thread, like [T1, a, T2, b, T1]; found 2 names", "s.yaml",
                "program: pass\nexpect:\n  - deadlock_cycle: [T1, a]\n");
        assertError("s.yaml:3:21: 'expect[0].deadlock_cycle' must start and end with the same thread, like "
                + "[T1, a, T2, b, T1]; found \"T1\" and \"T2\"", "s.yaml",
                "program: pass\nexpect:\n  - deadlock_cycle: [T1, a, T2]\n");
        assertError("s.yaml:3:26: 'expect[0].deadlock_cycle[1]' must be a string, found a list", "s.yaml",
                "program: pass\nexpect:\n  - deadlock_cycle: [T1, [a], T1]\n");
        assertError("s.yaml:3:37: unknown key 'seed' in 'expect[0].some_schedule' (expected one of: policy, seeds, "
                + "holds)", "s.yaml",
                "program: pass\nexpect:\n  - some_schedule: {policy: random, seed: 3, holds: x}\n");
        assertError("s.yaml:5:7: unknown key 'hold' in 'expect[1].every_schedule' (expected one of: policy, seeds, "
                + "holds)", "s.yaml",
                "program: pass\nexpect:\n  - races: true\n  - every_schedule:\n      hold: x\n      seeds: 2\n");
        assertError("s.yaml:3:20: 'expect[0].some_schedule' must be a mapping {policy: random, seeds: N, holds: "
                + "\"expression\"}, found a string", "s.yaml", "program: pass\nexpect:\n  - some_schedule: x < 3\n");
        assertError("s.yaml:3:29: 'expect[0].some_schedule.policy' must be one of rr, fifo, priority, random; found "
                + "\"replay\"", "s.yaml",
                "program: pass\nexpect:\n  - some_schedule: {policy: replay, seeds: 2, holds: x}\n");
        assertError("s.yaml:3:28: 'expect[0].some_schedule.seeds' must be between 1 and 100, found 101", "s.yaml",
                "program: pass\nexpect:\n  - some_schedule: {seeds: 101, holds: x}\n");
        assertError("s.yaml:3:28: 'expect[0].some_schedule.seeds' must be between 1 and 100, found 0", "s.yaml",
                "program: pass\nexpect:\n  - some_schedule: {seeds: 0, holds: x}\n");
        assertError("s.yaml:3:21: 'expect[0].some_schedule.policy' needs 'seeds', the number of runs (seeds 0 to "
                + "seeds - 1), at most 100; without 'policy' and 'seeds', every schedule is explored", "s.yaml",
                "program: pass\nexpect:\n  - some_schedule: {policy: rr, holds: x}\n");
        assertError("s.yaml:3:18: 'expect[0].no_deadlock' must be true or false, found a string", "s.yaml",
                "program: pass\nexpect:\n  - no_deadlock: yes\n");
        assertError("s.yaml:3:21: 'expect[0].every_schedule' needs 'holds', a Python expression over the final "
                + "globals", "s.yaml", "program: pass\nexpect:\n  - every_schedule: {seeds: 3}\n");
        assertError("s.yaml:3:39: 'expect[0].every_schedule.holds' is an empty expression", "s.yaml",
                "program: pass\nexpect:\n  - every_schedule: {seeds: 3, holds: \" \"}\n");
        assertError("s.yaml:3:39: 'expect[0].every_schedule.holds' must be a string, found an integer (3)", "s.yaml",
                "program: pass\nexpect:\n  - every_schedule: {seeds: 3, holds: 3}\n");
    }

    @Test
    void tooLarge() throws IOException {
        String big = "program: |\n" + "  pass\n".repeat(200_000);
        assertError("big.yaml:1:1: the file is too large: 1400011 bytes (a scenario file may have at most 1 MiB, "
                + "1048576 bytes)",
                "big.yaml", big);
        Path file = dir.resolve("big.py");
        Files.writeString(file, "#".repeat(ScenarioLoader.MAX_FILE_BYTES + 1));
        ScenarioError e = assertThrows(ScenarioError.class, () -> ScenarioLoader.load(file));
        assertEquals(file + ":1:1: the file is too large: 1048577 bytes (a scenario file may have at most 1 MiB, "
                + "1048576 bytes)",
                e.getMessage());
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        int depth = 100_000;
        assertError("deep.yaml:2:38: nested too deeply (more than 32 levels)", "deep.yaml",
                "program: pass\ntags: " + "[".repeat(depth) + "]".repeat(depth) + "\n");
        assertError("deep.json:1:33: nested too deeply (more than 32 levels)", "deep.json",
                "[".repeat(depth) + "]".repeat(depth));
        StringBuilder block = new StringBuilder("program: pass\nscheduler:\n");
        for (int i = 1; i < 200; i++) {
            block.append("  ".repeat(i)).append("a:\n");
        }
        ScenarioError e = error("deep.yaml", block.toString());
        assertEquals("nested too deeply (more than 32 levels)", e.reason());
        // Exactly at the limit is fine for the reader; the scenario checks then reject the shape.
        ScenarioError shallow = error("ok.json", "{\"program\": \"pass\", \"tags\": " + "[".repeat(31) + "]".repeat(31) + "}");
        assertEquals("'tags[0]' must be a string, found a list", shallow.reason());
    }

    @Test
    void unreadableFiles() throws IOException {
        Path missing = dir.resolve("none.yaml");
        assertEquals(missing + ": no such file",
                assertThrows(ScenarioError.class, () -> ScenarioLoader.load(missing)).getMessage());
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        assertEquals(folder + ": is a directory, not a scenario file",
                assertThrows(ScenarioError.class, () -> ScenarioLoader.load(folder)).getMessage());
        assertError("notes.txt: not a scenario file: the name must end in .yaml, .yml, .json, .py", "notes.txt",
                "program: pass\n");
        Path binary = dir.resolve("bad.yaml");
        Files.write(binary, "program: |\n  print('caf\u00e9')\n  x = 1 \u00ff\n".getBytes(StandardCharsets.ISO_8859_1));
        ScenarioError e = assertThrows(ScenarioError.class, () -> ScenarioLoader.load(binary));
        assertEquals(binary + ":2:13: not valid UTF-8 text", e.getMessage());
    }

    @Test
    void aByteOrderMarkIsIgnored() throws ScenarioError {
        assertEquals("pass", ScenarioLoader.load("b.yaml", "\uFEFFprogram: pass\n").program());
    }

    @Test
    void scalarsInOutputLinesKeepTheirWrittenText() throws ScenarioError {
        Scenario s = ScenarioLoader.load("s.yaml", "program: pass\nexpect:\n  - output: [True, 1.50, yes, '007']\n"
                + "  - output_contains: 42\n");
        assertEquals(List.of(new Expectation.Output(List.of("True", "1.50", "yes", "007")),
                new Expectation.OutputContains("42")), s.expect());
    }

    @Test
    void timeBoundsMayBeOneSided() throws ScenarioError {
        Scenario s = ScenarioLoader.load("s.yaml", "program: pass\nexpect:\n  - time: {max: 2}\n");
        Expectation.Time time = (Expectation.Time) s.expect().get(0);
        assertNull(time.minSeconds());
        assertEquals(2.0, time.maxSeconds());
        assertEquals("time: {max: 2}", time.description());
    }
}
