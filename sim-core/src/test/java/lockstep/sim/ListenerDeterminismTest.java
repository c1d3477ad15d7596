package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.scenario.Scenario;
import lockstep.sim.scenario.ScenarioLoader;
import lockstep.sim.trace.Narration;
import lockstep.sim.trace.Step;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A run watched by a step listener is the run nobody watches, under seeded random schedules: the window narrates the
 * run it draws. Every bundled scenario under {@link #SCENARIO_SEEDS} seeds of the random policy, and programs built to
 * catch what a listener could disturb (object ids and addresses in the output, {@code asyncio.wait}, timeouts, forks on
 * two cores) under {@link #PROGRAM_SEEDS} seeds each, run with and without a listener that narrates every step as the
 * app and {@code run --trace} do; the two must agree in status, output, steps, virtual time, every segment and every
 * event. {@link DeterminismTest} does the same for the default schedules of every conformance program and scenario.
 * Like it, this class runs a second time under {@code -XX:+UseSerialGC} (the {@code determinism-serial-gc} execution).
 */
class ListenerDeterminismTest {
    /** Seeded runs are cut here: a random schedule picks before every step, and a difference shows early. */
    static final long MAX_STEPS = 40_000;
    static final int SCENARIO_SEEDS = 4;
    static final int PROGRAM_SEEDS = 40;

    private static final Path ROOT = Path.of(System.getProperty("lockstep.root", ".."));

    /** Addresses the program prints, ids it subtracts, tasks it waits for with a timeout. */
    private static final String ASYNCIO_WAIT = """
            import asyncio
            import random

            first = object()


            async def job(n):
                o = object()
                await asyncio.sleep(random.random() / 100)
                print(n, o, id(o) - id(first))
                return n


            async def main():
                tasks = [asyncio.create_task(job(n)) for n in range(4)]
                done, pending = await asyncio.wait(tasks, timeout=0.006, return_when=asyncio.FIRST_COMPLETED)
                print(len(done), len(pending), sorted(t.result() for t in done))
                done, pending = await asyncio.wait(tasks)
                print(sorted(t.result() for t in done), [hash(t) - hash(tasks[0]) for t in tasks])


            asyncio.run(main())
            """;

    /** Threads that wait with timeouts while others compute, and print what they made. */
    private static final String THREAD_TIMEOUTS = """
            import threading
            import time
            import sim

            e = threading.Event()
            c = threading.Condition()
            lock = threading.Lock()
            made = []


            def waiter(n):
                o = object()
                made.append(o)
                print(n, "event", e.wait(0.0004 * n))
                with c:
                    print(n, "condition", c.wait(0.0003))
                if lock.acquire(timeout=0.0002):
                    print(n, "locked", o)
                    lock.release()


            def busy():
                e.set()
                with lock:
                    sim.compute(0.001)
                time.sleep(0.0005)


            threads = [threading.Thread(target=waiter, args=(n,)) for n in range(1, 4)]
            threads.append(threading.Thread(target=busy))
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print([id(o) - id(made[0]) for o in made])
            """;

    /** The example: narration once handed out ids, and the difference printed -16 unwatched, 16 watched. */
    private static final String IDS = """
            f = object()
            o = object()
            print(o, id(o) - id(f))
            """;

    /** A forked child that starts a thread and exits at once, beside a parent doing the same. */
    private static final String FORK_EXIT = """
            import os
            import threading


            def work(tag):
                print(tag, object())


            pid = os.fork()
            t = threading.Thread(target=work, args=("child" if pid == 0 else "parent",))
            t.start()
            if pid == 0:
                os._exit(3)
            t.join()
            print(os.waitpid(pid, 0)[1] >> 8)
            """;

    @TestFactory
    Stream<DynamicTest> everyBundledScenarioUnderSeededSchedules() throws IOException {
        Path folder = ROOT.resolve("scenarios");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)")).sorted().toList();
        }
        assertTrue(files.size() > 10, "bundled scenarios not found in " + folder);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            tests.add(DynamicTest.dynamicTest(folder.relativize(file).toString(), () -> {
                Scenario scenario = ScenarioLoader.load(file);
                RunOptions options = scenario.runOptions(RunOptions.defaults());
                options = options.withMaxSteps(Math.min(options.maxSteps(), MAX_STEPS));
                Program program = scenario.compile();
                for (long seed = 1; seed <= SCENARIO_SEEDS; seed++) {
                    assertWatchingChangesNothing(program, options.withPolicy(SchedulingPolicy.RANDOM).withSeed(seed),
                            "seed " + seed);
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> programsThatAListenerCouldDisturbUnderSeededSchedules() {
        return Stream.of(
                program("ids.py", IDS, 1),
                program("asyncio_wait.py", ASYNCIO_WAIT, 1),
                program("thread_timeouts.py", THREAD_TIMEOUTS, 1),
                program("thread_timeouts_two_cores.py", THREAD_TIMEOUTS, 2),
                program("fork_exit_two_cores.py", FORK_EXIT, 2));
    }

    private static DynamicTest program(String name, String source, int cores) {
        return DynamicTest.dynamicTest(name, () -> {
            Program program = compile(name, source);
            RunOptions options = RunOptions.defaults().withCores(cores).withMaxSteps(MAX_STEPS);
            for (long seed = 1; seed <= PROGRAM_SEEDS; seed++) {
                assertWatchingChangesNothing(program, options.withPolicy(SchedulingPolicy.RANDOM).withSeed(seed),
                        "seed " + seed);
            }
        });
    }

    private static Program compile(String name, String source) {
        try {
            return Simulator.compile(name, source);
        } catch (ProgramError e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Runs {@code program} unwatched, then watched by a listener that keeps every step and reads its narration. */
    static void assertWatchingChangesNothing(Program program, RunOptions options, String which) {
        RunResult unwatched = Simulator.run(program, options);
        List<Step> steps = new ArrayList<>();
        List<Narration> narrations = new ArrayList<>();
        RunResult watched = Simulator.run(program, options.withStepListener(step -> {
            steps.add(step);
            narrations.add(step.narration());
        }));
        assertEquals(unwatched.status(), watched.status(), which + ": status");
        assertEquals(unwatched.outputText(), watched.outputText(), which + ": output");
        assertEquals(unwatched.errorOutput(), watched.errorOutput(), which + ": standard error");
        assertEquals(unwatched.error(), watched.error(), which + ": error");
        assertEquals(unwatched.steps(), watched.steps(), which + ": steps");
        assertEquals(unwatched.timeNanos(), watched.timeNanos(), which + ": virtual time");
        assertEquals(unwatched.trace().segments(), watched.trace().segments(), which + ": segments");
        assertEquals(unwatched.trace().events(), watched.trace().events(), which + ": events");
        assertEquals(unwatched.trace().threads(), watched.trace().threads(), which + ": threads");
        assertEquals(unwatched.schedule().slices(), watched.schedule().slices(), which + ": schedule");
        assertEquals(unwatched.globals(), watched.globals(), which + ": globals");
        assertTrue(watched.steps() == 0 || !steps.isEmpty(), which + ": the listener saw no step");
    }
}
