package lockstep.sim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.Simulator;
import lockstep.sim.scenario.Expectation;
import lockstep.sim.scenario.ExpectationResult;
import lockstep.sim.scenario.Expectations;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Chinese mode says nothing in English: every event of every bundled scenario, and every kind of object name,
 * rendered in Chinese, keeps Latin letters only where they are not words of a language.
 *
 * <p>The allow-list, precisely. A run of Latin letters (with digits and {@code _}) in a rendered sentence is allowed
 * when it is
 * <ol>
 *   <li>inside an argument that is data, not wording — a leaf argument of the narration (a thread's or task's name,
 *       a printed line, a Python value's repr, an exception's type, a coroutine's name, the loop's queues) — and the
 *       word occurs in the scenario's program, in the names of the run's threads and tasks, is the name of a
 *       function or class of the library's Python code ({@code def}/{@code class} names in
 *       {@code lockstep/sim/library/*.py}, such as {@code _done_callback}), one of Python's constants
 *       ({@link #PYTHON_CONSTANTS}) or CPython's names of unnamed code ({@link #PYTHON_CODE_NAMES}), or a Python
 *       built-in exception type (ending in {@code Error},
 *       {@code Exception}, {@code Exit} or {@code Interrupt}); or the exponent {@code E} of a number in scientific
 *       notation ({@code 1.0E-4}); or</li>
 *   <li>in the sentence's own pattern, one of the terms Chinese texts keep as they are: {@link #TERMS}
 *       ({@code GIL}, {@code I/O}, the Python keyword {@code await}, the system calls {@code fork} and
 *       {@code spawn}).</li>
 * </ol>
 * What a program prints and the repr of the value a task returns or raises are the program's, as CPython writes
 * them ({@link #PROGRAM_TEXT}): they are not checked. Everything else — an English word in a pattern or in a text made by the simulator — fails the test.
 */
class ChineseNarrationTest {
    /** Terms the Chinese patterns keep untranslated: names of system calls, a keyword, abbreviations. */
    static final Set<String> TERMS = Set.of("GIL", "I", "O", "await", "fork", "spawn");
    static final Set<String> PYTHON_CONSTANTS = Set.of("None", "True", "False", "Ellipsis", "NotImplemented");
    /** CPython's names of code that has none of its own ({@code <lambda>}, {@code <module>}), as its reprs show. */
    static final Set<String> PYTHON_CODE_NAMES = Set.of("lambda", "module", "listcomp", "genexpr");
    private static final Path LIBRARY = Path.of(System.getProperty("lockstep.root", "..")).resolve(
            "sim-core/src/main/resources/lockstep/sim/library");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\s*(?:(?:async\\s+)?def|class)\\s+([A-Za-z_][A-Za-z0-9_]*)");
    /** Arguments (key#index) that are text of the program's own making, shown as CPython would. */
    static final Set<String> PROGRAM_TEXT = Set.of("event.print#0", "event.task_returned#1", "event.task_raised#1",
            "expect.as_is#0", "expect.was#0", "expect.line_was#1", "expect.line_was#2");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern EXCEPTION = Pattern.compile("[A-Z][A-Za-z]*(Error|Exception|Exit|Interrupt)");
    private static final long STEP_LIMIT = 50_000_000L;
    private static final Path FOLDER = Path.of(System.getProperty("lockstep.root", "..")).resolve("scenarios");
    private static final NarrationRenderer ZH = NarrationRenderer.forLanguage("zh");

    @Test
    void everyEventOfEveryBundledScenarioIsChinese() throws Exception {
        List<String> english = new ArrayList<>();
        Set<String> library = libraryNames();
        int events = 0;
        for (Path file : files()) {
            Scenario s = ScenarioLoader.load(file);
            Long maxSteps = s.scheduler().maxSteps();
            if (maxSteps != null && maxSteps > STEP_LIMIT) {
                continue;  // the long prime check: its small variant's events are those of other scenarios
            }
            RunResult r = Simulator.run(s.compile(), s.runOptions(RunOptions.defaults()));
            Set<String> data = dataWords(s.program(), r.trace());
            data.addAll(library);
            for (TraceEvent e : r.trace().events()) {
                events++;
                Narration n = EventNarrator.narrate(e, r.trace());
                String problem = latinOutsideTheAllowList(n, data);
                if (problem != null) {
                    english.add(s.id() + ": " + ZH.render(n) + "  <- " + problem);
                }
            }
        }
        assertTrue(events > 1000, "too few events checked: " + events);
        assertEquals(List.of(), english.stream().distinct().limit(40).toList());
    }

    @Test
    void everyKindOfObjectNameIsChinese() {
        List<ObjectName> names = List.of(new ObjectName.Unnamed("lock", 3), new ObjectName.Unnamed("rlock", 1),
                new ObjectName.Unnamed("channel", 2), new ObjectName.ThreadEnd(2), new ObjectName.Notify(),
                new ObjectName.SemaphoreRelease(), new ObjectName.ChildProcess(1001), new ObjectName.ChildProcess(-1),
                new ObjectName.OtherThreads(), new ObjectName.LoopEvent());
        for (ObjectName name : names) {
            Narration n = ObjectNames.narration(name, id -> "worker");
            assertEquals(null, latinOutsideTheAllowList(n, Set.of("worker")), ZH.render(n));
        }
    }

    /**
     * What the report and the app say under each {@code expect} item is Chinese too: the bundled scenarios' own items
     * (which pass) and, against the same runs, one item of every kind made to fail. What an item says as written
     * (its description, the scenario's YAML) is the scenario's text and not checked; CPython's messages and the reprs
     * of values are the program's ({@link #PROGRAM_TEXT}).
     */
    @Test
    void everyExpectationDetailIsChinese() throws Exception {
        List<String> english = new ArrayList<>();
        Set<String> library = libraryNames();
        int details = 0;
        for (Path file : files()) {
            Scenario s = ScenarioLoader.load(file);
            Long maxSteps = s.scheduler().maxSteps();
            if (maxSteps != null && maxSteps > STEP_LIMIT) {
                continue;
            }
            RunOptions options = s.runOptions(RunOptions.defaults());
            RunResult r = Simulator.run(s.compile(), options);
            Set<String> data = dataWords(s.program(), r.trace());
            data.addAll(library);
            List<Expectation> items = new ArrayList<>(s.expect());
            items.addAll(failingItems(r));
            for (ExpectationResult verdict : Expectations.check(items, r, options, o -> r)) {
                details++;
                String problem = latinOutsideTheAllowList(verdict.told(), data);
                if (problem != null) {
                    english.add(s.id() + ": " + ZH.render(verdict.told()) + "  <- " + problem);
                }
            }
        }
        assertTrue(details > 400, "too few details checked: " + details);
        assertEquals(List.of(), english.stream().distinct().limit(40).toList());
    }

    /** One item of every kind that {@code r} does not satisfy. */
    private static List<Expectation> failingItems(RunResult r) {
        RunStatus other = r.status() == RunStatus.COMPLETED ? RunStatus.DEADLOCK : RunStatus.COMPLETED;
        return List.of(new Expectation.Status(other), new Expectation.Output(List.of("\u0001")),
                new Expectation.Output(List.of()), new Expectation.OutputContains("\u0001"),
                new Expectation.Time(1e9, null), new Expectation.Races(r.races().isEmpty()),
                new Expectation.LostUpdates(1_000_000L, null), new Expectation.DeadlockCycle(List.of("T", "l", "T")),
                new Expectation.GilSwitches(1_000_000L), new Expectation.Holds("no_such_name_anywhere"),
                new Expectation.Holds("0"),
                new Expectation.Schedules(true, SchedulingPolicy.RANDOM, 2, "0"),
                new Expectation.Schedules(false, SchedulingPolicy.RR, 2, "0"),
                new Expectation.Schedules(true, SchedulingPolicy.GIL, 1, "1"));
    }

    @Test
    void expectationDetailsInChineseWordForWord() throws Exception {
        Scenario s = ScenarioLoader.load(FOLDER.resolve("threads/lost-update.yaml"));
        RunResult r = Simulator.run(s.compile(), s.runOptions(RunOptions.defaults()));
        List<ExpectationResult> verdicts = Expectations.check(List.of(new Expectation.Status(RunStatus.DEADLOCK),
                new Expectation.LostUpdates(null, 0L), new Expectation.Output(List.of()),
                new Expectation.Time(1.0, null), new Expectation.DeadlockCycle(List.of("T", "l", "T")),
                new Expectation.Schedules(false, SchedulingPolicy.RANDOM, 2, "x == 0")), r,
                RunOptions.defaults(), o -> r);
        assertEquals(List.of("状态为“已完成”", "丢失了 169 次更新", "输出了 1 行，预期是 0 行", "虚拟时间为 0.003967 秒",
                "运行没有死锁", "在随机种子 0 到 1 下都为假（随机策略）；随机种子为 1（随机策略，3967 步后已完成）时，值为 False"),
                verdicts.stream().map(v -> ZH.render(v.told())).toList());
        assertEquals("status was completed", verdicts.get(0).detail());
    }

    /**
     * A deadlock whose waiter's lock is held by a thread that does not exist in its process (fork-deadlock) says so
     * in both languages, as the report's English explanation does.
     */
    @Test
    void theDeadlockAfterForkNamesTheAbsentHolderInBothLanguages() throws Exception {
        Scenario s = ScenarioLoader.load(FOLDER.resolve("processes/fork-deadlock.yaml"));
        RunResult r = Simulator.run(s.compile(), s.runOptions(RunOptions.defaults()));
        TraceEvent deadlocked = r.trace().events().stream().filter(e -> e instanceof TraceEvent.Deadlocked)
                .findFirst().orElseThrow();
        Narration n = EventNarrator.narrate(deadlocked, r.trace());
        assertEquals("deadlock: MainThread (process 1001) waits forever for lock, held by X, which does not exist in "
                + "this process", r.deadlock().explanation());
        assertEquals("deadlock: nothing can ever wake the waiting threads: MainThread (process 1001) → lock (held by "
                + "X, which does not exist in this process)", NarrationRenderer.forLanguage("en").render(n));
        assertEquals("死锁：没有任何事件能唤醒正在等待的线程：MainThread（进程 1001） → lock（由 X 持有，但此进程中没有 X）",
                ZH.render(n));
    }

    /**
     * What a task waits for is told as code in every language: a bare future as CPython writes it, a cancellation
     * as the call that asked for it, the timeouts of wait and wait_for by their arguments — never an English phrase.
     */
    @Test
    void asyncioWaitsAndCancellationsAreToldAsCode() throws Exception {
        String program = """
                import asyncio

                async def slow():
                    await asyncio.sleep(10)

                async def main():
                    loop = asyncio.get_running_loop()
                    f = loop.create_future()
                    loop.call_later(0.5, f.set_result, 1)
                    await f
                    try:
                        await asyncio.wait_for(slow(), 1)
                    except asyncio.TimeoutError:
                        print("timed out")
                    done, pending = await asyncio.wait([asyncio.ensure_future(slow())], timeout=1)
                    print(len(done), len(pending))

                asyncio.run(main())
                """;
        RunResult r = Simulator.run(Simulator.compile("waits.py", program), RunOptions.defaults());
        assertEquals("timed out\n0 1\n", r.outputText(), "CPython's output");
        Set<String> data = dataWords(program, r.trace());
        data.addAll(libraryNames());
        List<String> said = new ArrayList<>();
        for (TraceEvent e : r.trace().events()) {
            Narration n = EventNarrator.narrate(e, r.trace());
            assertEquals(null, latinOutsideTheAllowList(n, data), ZH.render(n));
            said.add(ZH.render(n));
        }
        for (String wait : List.of("Task-1 在 await 处交出控制权，等待 <Future pending>",
                "Task-1 在 await 处交出控制权，等待 Task-2.cancel()",
                "就绪队列：[]；定时器：[wait_for(timeout=1) @ 1.500 秒]",
                "就绪队列：[Task-3]；定时器：[wait(timeout=1) @ 2.500 秒]")) {
            assertTrue(said.contains(wait), wait + " in " + said);
        }
    }

    /** The words data may use: the program's, the threads' and tasks' names. */
    private static Set<String> dataWords(String program, Trace trace) {
        Set<String> words = new TreeSet<>(words(program));
        for (TraceThread t : trace.threads()) {
            words.addAll(words(t.name()));
        }
        for (TraceEvent e : trace.events()) {
            if (e.at().task() != null) {
                words.addAll(words(e.at().task()));
            }
        }
        return words;
    }

    /** The names of the library's functions and classes, as words. */
    private static Set<String> libraryNames() throws IOException {
        Set<String> names = new TreeSet<>(PYTHON_CONSTANTS);
        names.addAll(PYTHON_CODE_NAMES);
        try (Stream<Path> files = Files.list(LIBRARY)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                Matcher m = DEFINITION.matcher(Files.readString(file));
                while (m.find()) {
                    names.addAll(words(m.group(1)));
                }
            }
        }
        return names;
    }

    /** The first Latin word of {@code n} outside the allow-list (see the class comment), or null. */
    static String latinOutsideTheAllowList(Narration n, Set<String> data) {
        StringBuilder pattern = new StringBuilder();
        if (!n.key().startsWith(Narration.JOIN)) {
            // The pattern with its arguments taken out: only the wording is left.
            pattern.append(ZH.render(new Narration(n.key(), n.args().stream().map(a -> (Object) "").toList())));
        }
        for (String w : words(pattern.toString())) {
            if (!TERMS.contains(w)) {
                return "'" + w + "' in the wording of " + n.key();
            }
        }
        for (int i = 0; i < n.args().size(); i++) {
            if (!n.key().startsWith(Narration.JOIN) && !ZH.render(placeholders(n, i)).contains("\u0001")) {
                continue;  // an argument the Chinese sentence does not show
            }
            if (PROGRAM_TEXT.contains(n.key() + "#" + i)) {
                continue;
            }
            Object arg = n.args().get(i);
            String problem = arg instanceof Narration nested ? latinOutsideTheAllowList(nested, data)
                    : dataProblem(String.valueOf(arg), data);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** {@code n} with every argument empty but the {@code i}th, which is a mark. */
    private static Narration placeholders(Narration n, int i) {
        List<Object> args = new ArrayList<>();
        for (int j = 0; j < n.args().size(); j++) {
            args.add(j == i ? "\u0001" : "");
        }
        return new Narration(n.key(), args);
    }

    private static String dataProblem(String text, Set<String> data) {
        for (String w : words(text.replaceAll("\\dE-?\\d", "0"))) {
            if (!data.contains(w) && !EXCEPTION.matcher(w).matches()) {
                return "'" + w + "' in the data '" + text + "'";
            }
        }
        return null;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = LATIN.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
