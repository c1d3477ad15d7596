package lockstep.cli;

import static lockstep.cli.CliTest.lockstep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.scenario.Expectation;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioLoader;
import lockstep.sim.trace.TraceThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lockstep run --lang zh} says nothing in English around the program's output: the summary, the deadlock on
 * stderr and what each expectation showed. Allowed Latin words: the program's own words (its names, strings and
 * printed text), the run's thread names, and each expectation as written (its YAML, the scenario's text), which the
 * report quotes before the verdict.
 */
class ChineseReportTest {
    private static final Path FOLDER = Path.of(System.getProperty("lockstep.root", "..")).resolve("scenarios");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** The long prime check: its report's lines are those of the other scenarios. */
    private static final long STEP_LIMIT = 50_000_000L;

    @TempDir
    Path dir;

    @Test
    void theReportOfEveryBundledScenarioIsChinese() throws Exception {
        List<String> english = new ArrayList<>();
        int reports = 0;
        for (Path file : files()) {
            Scenario s = ScenarioLoader.load(file);
            Long maxSteps = s.scheduler().maxSteps();
            if (maxSteps != null && maxSteps > STEP_LIMIT) {
                continue;
            }
            RunResult r = Simulator.run(s.compile(), s.runOptions(RunOptions.defaults()));
            Set<String> data = words(s.program());
            for (TraceThread t : r.trace().threads()) {
                data.addAll(words(t.name()));
            }
            CliTest.Invocation run = lockstep("run", file.toString(), "--lang", "zh");
            reports++;
            String report = run.out().substring(r.outputText().length());
            // Longest first: an item's expression may appear inside another item's text.
            for (String written : s.expect().stream().map(Expectation::description)
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
                report = report.replace(written, "");
            }
            String said = report + run.err().replace(r.errorOutput(), "");
            for (String w : words(said)) {
                if (!data.contains(w)) {
                    english.add(s.id() + ": '" + w + "' in " + said.strip());
                }
            }
        }
        assertTrue(reports > 30, "too few reports: " + reports);
        assertEquals(List.of(), english.stream().distinct().limit(20).toList());
    }

    @Test
    void failedExpectationsAreExplainedInChinese() throws IOException {
        Path scenario = Files.writeString(dir.resolve("s.yaml"), """
                id: s
                program: |
                  x = 1
                  print("hi")
                expect:
                  - status: deadlock
                  - x == 3
                  - output_contains: "nope"
                  - output: [hi, there]
                  - races: true
                """);
        CliTest.Invocation run = lockstep("run", scenario.toString(), "--lang", "zh");
        String nl = System.lineSeparator();
        assertEquals("hi" + nl + "-- 已完成 · 8 步 · 虚拟时间 0.000008 秒" + nl
                + "-- 预期：5 项中 0 项满足" + nl
                + "   不满足  status: deadlock  （状态为“已完成”）" + nl
                + "   不满足  x == 3  （值为 False）" + nl
                + "   不满足  output_contains: \"nope\"  （输出中没有找到）" + nl
                + "   不满足  output: [\"hi\", \"there\"]  （输出了 1 行，预期是 2 行）" + nl
                + "   不满足  races: true  （没有报告数据竞争）" + nl, run.out());
        assertTrue(lockstep("run", scenario.toString()).out().contains("   FAIL  x == 3  (was False)" + nl));
    }

    @Test
    void theDeadlockAfterForkNamesTheAbsentHolderInChinese() {
        CliTest.Invocation run = lockstep("run", "fork-deadlock", "--lang", "zh");
        assertEquals("死锁：没有任何事件能唤醒正在等待的线程：MainThread（进程 1001） → lock（由 X 持有，但此进程中没有 X）"
                + System.lineSeparator(), run.err());
        assertTrue(lockstep("run", "fork-deadlock").err().contains("held by X, which does not exist in this process"));
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
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
