package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lockstep.sim.trace.Step;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The asyncio event loop as the trace shows it: the ready queue and timers pinned in golden event traces, the order
 * in which tasks run, the loop's waits in virtual time, a loop that can never wake, and the task of every step.
 * What programs print is compared with CPython by the conformance corpus (programs 153-170).
 */
class AsyncioTest {
    private static final Path ROOT = Path.of(System.getProperty("lockstep.root", ".."));
    private static final Path GOLDEN = ROOT.resolve("sim-core/src/test/resources/golden");
    /** The programs are those of the conformance corpus, whose output is CPython's. */
    private static final Path PROGRAMS = ROOT.resolve("sim-core/src/test/resources/conformance");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"157_asyncio_work_tasks, en", "157_asyncio_work_tasks, zh", "170_asyncio_timer_order, en",
        "158_asyncio_queue_cancel, en"})
    void eventTraceMatchesItsGoldenFile(String program, String language) throws IOException {
        String source = program(program);
        TraceText text = TraceText.forLanguage(language);
        RunResult result = Runs.run(source, RunOptions.defaults().withSeed(0));
        StringBuilder actual = new StringBuilder(text.header()).append('\n');
        result.trace().events().forEach(e -> actual.append(text.line(e, result.trace())).append('\n'));
        actual.append("-- ").append(result.status().jsonName()).append('\n').append(result.outputText());
        Path golden = GOLDEN.resolve(program + "." + language + ".events");
        if (Boolean.getBoolean("lockstep.updateGolden")) {
            Files.writeString(golden, actual.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual.toString());
    }

    @Test
    void tasksRunInTheOrderTheReadyQueueGivesThem() throws IOException {
        RunResult r = Runs.run(program("157_asyncio_work_tasks"));
        // main starts; work_1 and work_2 start only when main yields at "await task1"; work_1's timer fires first.
        assertEquals(List.of("Task-1", "Task-2", "Task-3", "Task-2", "Task-1", "Task-3", "Task-1"),
                names(r, TraceEvent.Kind.TASK_RESUME).subList(0, 7));
        assertEquals(List.of("Task-1:Task-2", "Task-2:sleep(1)", "Task-3:sleep(2)", "Task-1:Task-3"),
                yields(r));
        assertEquals(List.of("Task-2", "Task-1", "Task-3", "Task-1"),
                names(r, TraceEvent.Kind.TASK_WAKE).stream().filter(n -> !n.isEmpty()).toList());
    }

    @Test
    void withNothingReadyTheLoopJumpsTheClockToItsNextTimer() throws IOException {
        RunResult r = Runs.run(program("157_asyncio_work_tasks"));
        List<TraceEvent> waits = r.trace().events().stream().filter(e -> e.kind() == TraceEvent.Kind.SLEEP).toList();
        assertEquals(2, waits.size(), "one wait for each sleep's timer");
        assertEquals(TraceEvent.Pause.SELECT, ((TraceEvent.Slept) waits.get(0)).pause());
        long afterFirst = r.trace().events().stream().filter(e -> e.timeNanos() > waits.get(0).timeNanos())
                .findFirst().orElseThrow().timeNanos();
        assertTrue(afterFirst >= 1_000_000_000L, "the clock jumps past the 1 s timer, was " + afterFirst);
        assertTrue(r.timeNanos() >= 2_000_000_000L && r.timeNanos() < 2_005_000_000L,
                "ends just after 2 s as under CPython, was " + r.timeNanos());
    }

    @Test
    void timersFireByDeadlineThenInTheOrderTheyWereScheduled() throws IOException {
        RunResult r = Runs.run(program("170_asyncio_timer_order"));
        assertEquals("soon\nb woke\na woke\nc woke\n", r.outputText());
    }

    @Test
    void everyStepInsideATaskNamesItsTask() {
        List<Step> steps = new ArrayList<>();
        Runs.run("""
                import asyncio

                async def work(n):
                    x = n * 2
                    await asyncio.sleep(0)
                    return x

                async def main():
                    print(await asyncio.gather(work(1), work(2)))

                asyncio.run(main())
                """, RunOptions.defaults().withStepListener(steps::add));
        List<String> inWork = steps.stream().filter(s -> s.line() == 4).map(Step::task).distinct().toList();
        assertEquals(List.of("Task-2", "Task-3"), inWork);
        assertTrue(steps.stream().anyMatch(s -> s.task() == null), "the loop's own steps belong to no task");
    }

    @Test
    void aLoopWithNothingReadyAndNoTimerIsADeadlock() {
        RunResult r = Runs.run("""
                import asyncio

                async def main():
                    fut = asyncio.get_running_loop().create_future()
                    print('waiting')
                    await fut

                asyncio.run(main())
                """);
        assertEquals(RunStatus.DEADLOCK, r.status());
        assertEquals("waiting\n", r.outputText());
        assertTrue(r.deadlock().toString().contains("event loop"), r.deadlock().toString());
    }

    @Test
    void aBlockingCallInsideACoroutineStopsTheWholeLoop() {
        RunResult r = Runs.run("""
                import asyncio
                import time

                async def ticker():
                    for i in range(3):
                        print('tick', i, round(time.monotonic(), 1))
                        await asyncio.sleep(0.1)

                async def blocker():
                    await asyncio.sleep(0.05)
                    time.sleep(1)

                async def main():
                    await asyncio.gather(ticker(), blocker())

                asyncio.run(main())
                """);
        assertEquals("tick 0 0.0\ntick 1 1.1\ntick 2 1.2\n", r.outputText());
    }

    @Test
    void theSameProgramGivesTheSameEvents() throws IOException {
        String source = program("158_asyncio_queue_cancel");
        assertEquals(Runs.run(source).trace().events(), Runs.run(source).trace().events());
    }

    @Test
    void theTutorialsNumberedStepsAreToldInTheirOrder() throws Exception {
        Path file = ROOT.resolve("scenarios/asyncio/work-tasks.yaml");
        lockstep.sim.scenario.Scenario scenario = lockstep.sim.scenario.ScenarioLoader.load(file.toString(),
                Files.readString(file, StandardCharsets.UTF_8));
        for (String language : List.of("en", "zh")) {
            lockstep.sim.trace.LineNotes notes = new lockstep.sim.trace.LineNotes(scenario.notesIn(language));
            List<String> told = new ArrayList<>();
            Simulator.run(scenario.compile(), scenario.runOptions(RunOptions.defaults()).withStepListener(step -> {
                String note = step.isLibraryCode() ? null : notes.arrive(step.thread(), step.task(), step.line());
                if (note != null) {
                    told.add(note);
                }
            }));
            List<Integer> numbers = told.stream().map(n -> Integer.parseInt(n.split("[.、]")[0])).toList();
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), numbers, language + ": " + told);
        }
    }

    private static String program(String name) throws IOException {
        return Files.readString(PROGRAMS.resolve(name + ".py"), StandardCharsets.UTF_8);
    }

    private static List<String> names(RunResult r, TraceEvent.Kind kind) {
        return r.trace().events().stream().filter(e -> e.kind() == kind).map(TraceEvent::taskOf).toList();
    }

    private static List<String> yields(RunResult r) {
        return r.trace().events().stream().filter(e -> e instanceof TraceEvent.TaskYielded)
                .map(e -> (TraceEvent.TaskYielded) e).map(y -> y.yielding() + ":" + y.awaits()).toList();
    }
}
