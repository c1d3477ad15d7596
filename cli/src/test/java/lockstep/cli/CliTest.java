package lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, parsed and executed in-process, with stdout and stderr captured. Needs no interpreter. */
class CliTest {
    @TempDir
    Path dir;

    /** What one invocation did. */
    record Invocation(int exitCode, String out, String err) {}

    static Invocation lockstep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err), () -> {
            throw new AssertionError("the app must not open for " + String.join(" ", args));
        }).execute(args);
        return new Invocation(code, out.toString(), err.toString());
    }

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static void assertNoStackTrace(Invocation run) {
        assertFalse(run.err().contains("\tat "), "a stack trace was printed:\n" + run.err());
        assertFalse(run.err().contains("Exception"), "an exception was printed:\n" + run.err());
    }

    @Test
    void noArgumentsOpensTheApp() {
        AtomicInteger opened = new AtomicInteger();
        int code = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                opened::incrementAndGet).execute();
        assertEquals(0, code);
        assertEquals(1, opened.get());
    }

    @Test
    void withoutADisplayTheAppSaysSoWithoutAStackTrace() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err), () -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        }).execute();
        assertEquals(1, code);
        assertEquals("lockstep: cannot open the window: Unable to open DISPLAY\nWithout a display, run a scenario with "
                + "'lockstep run SCENARIO' (see 'lockstep --help'), or open the window under xvfb-run."
                + System.lineSeparator(), err.toString());
    }

    @Test
    void topLevelHelp() {
        Invocation run = lockstep("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: lockstep [-hV] [COMMAND]"), run.out());
        assertTrue(run.out().contains("With no command, opens the app."), run.out());
        assertTrue(run.out().contains("  run "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void eventsAreAtTheProgramsOwnLinesNeverInsideThreadingPy() throws IOException {
        Path program = file("prog.py", """
                import threading

                def work():
                    print("working")

                t = threading.Thread(target=work, name="T")
                t.start()
                t.join()
                """);
        Invocation run = lockstep("run", program.toString(), "--events");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().skip(1).takeWhile(l -> !l.startsWith("status")).toList();
        for (String row : rows) {
            String[] columns = row.trim().split(" +");
            if (columns.length > 3 && columns[2].matches("\\d+")) {
                assertTrue(Integer.parseInt(columns[2]) <= 8, "an event beyond the program's 8 lines: " + row);
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.matches(" *[0-9.]+  MainThread +7  THREAD_START .*")), run.out());
    }

    @Test
    void eventsPrintTheLoopsStoryWithTheScenariosNotes() {
        Invocation run = lockstep("run", "work-tasks", "--events");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("TASK_YIELD                Task-1 gives up control at await, waiting for Task-2"), out);
        assertTrue(out.contains("ready queue: [Task-2, Task-3]; timers: []"), out);
        assertTrue(out.indexOf("» 1. The program enters main") < out.indexOf("» 12. task2 is done"), out);
        Invocation zh = lockstep("run", "work-tasks", "--events", "--lang", "zh");
        assertTrue(zh.out().contains("» 7、交出了控制权"), zh.out());
        assertTrue(lockstep("run", "work-tasks", "--events", "--json").exitCode() != 0);
    }

    @Test
    void runHelp() {
        for (Invocation run : new Invocation[] {lockstep("run", "--help"), lockstep("help", "run")}) {
            assertEquals(0, run.exitCode());
            assertTrue(run.out().startsWith("Usage: lockstep run [-h] [--events] [--json] [--trace] "), run.out());
            for (String option : new String[] {"SCENARIO", "--json", "--trace", "--events", "--seed=N", "--max-steps=N",
                "--lang=en|zh", "--policy=rr|fifo|priority|random|gil|replay", "--quantum=N", "--cores=N",
                "--gil-model=modern|classic", "--switch-interval=S",
                "--schedule=FILE", "--save-schedule=FILE", "--grain=operation|line|micro-op"}) {
                assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
            }
        }
    }

    @Test
    void version() {
        Invocation run = lockstep("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("lockstep \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("missing.yaml");
        Invocation run = lockstep("run", missing.toString());
        assertEquals(1, run.exitCode());
        assertEquals(missing + ": no such file" + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownBundledIdListsTheBundledOnes() throws Exception {
        Invocation run = lockstep("run", "no-such-scenario");
        assertEquals(1, run.exitCode());
        String ids = lockstep.sim.scenario.BundledScenarios.loadAll(CliTest.class.getClassLoader()).stream()
                .map(lockstep.sim.scenario.Scenario::id).collect(java.util.stream.Collectors.joining(", "));
        assertTrue(ids.startsWith("hello, increment, "), ids);
        assertTrue(ids.contains(", primes-sequential"), ids);
        assertEquals("no-such-scenario: no such file, and no bundled scenario has this id (bundled: " + ids + ")"
                + System.lineSeparator(), run.err());
    }

    @Test
    void aScenarioThatDoesNotLoadIsAnErrorWithLineAndColumn() throws IOException {
        Path scenario = file("typo.yaml", "id: typo\ntitle: Typo\n\nprogam: |\n  print('hi')\n");
        Invocation run = lockstep("run", scenario.toString());
        assertEquals(1, run.exitCode());
        assertEquals(scenario + ":4:1: unknown key 'progam' (expected one of: id, title, summary, tags, scheduler, "
                + "program, notes, expect)" + System.lineSeparator(), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void malformedJsonIsAnError() throws IOException {
        Path scenario = file("bad.json", "{\"program\": \"pass\",,}");
        Invocation run = lockstep("run", "--json", scenario.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(scenario + ":1:20: malformed JSON: "), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void anUnsupportedFileTypeIsAnError() throws IOException {
        Path notes = file("notes.txt", "print('hi')\n");
        Invocation run = lockstep("run", notes.toString());
        assertEquals(1, run.exitCode());
        assertEquals(notes + ": not a scenario file: the name must end in .yaml, .yml, .json, .py"
                + System.lineSeparator(), run.err());
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path program = file("p.py", "pass\n");
        String[][] cases = {
            {"run", "--bogus", program.toString()},
            {"run"},
            {"run", program.toString(), "extra"},
            {"run", "--lang", "fr", program.toString()},
            {"run", "--seed", "many", program.toString()},
            {"run", "--max-steps", "0", program.toString()},
            {"run", "--json", "--trace", program.toString()},
            {"frobnicate"},
        };
        for (String[] args : cases) {
            Invocation run = lockstep(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + "\n" + run.err());
            assertTrue(run.err().startsWith("lockstep: "), run.err());
            assertTrue(run.err().contains("--help' for more information."), run.err());
            assertEquals("", run.out());
            assertNoStackTrace(run);
        }
        assertTrue(lockstep("run", "--bogus", program.toString()).err()
                .startsWith("lockstep: Unknown option: '--bogus'"));
        assertTrue(lockstep("run", "--lang", "fr", program.toString()).err().contains("en, zh"));
    }
}
