package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * gevent on the coroutine machinery. gevent is not installed beside CPython here, so the expected outputs (in these
 * tests and in conformance programs 450-479) follow gevent's documented hub order: spawned greenlets start in FIFO
 * order when the running one sleeps, joins or blocks; {@code sleep(0)} queues the sleeper behind them; timers fire by
 * deadline, then in the order they were started. These tests add what only the simulator shows: the greenlets'
 * lanes (task events), {@code sim.io} made cooperative by {@code monkey.patch_all()}, and the hub's LoopExit.
 */
class GeventTest {
    private static final Path ROOT = Path.of(System.getProperty("lockstep.root", ".."));
    private static final Path GOLDEN = ROOT.resolve("sim-core/src/test/resources/golden");
    private static final Path PROGRAMS = ROOT.resolve("sim-core/src/test/resources/conformance");

    private static final String TWO_SLEEPERS = """
            import gevent

            def nap(name, seconds):
                print(name, 'sleeps')
                gevent.sleep(seconds)
                print(name, 'wakes')
                return seconds

            a = gevent.spawn(nap, 'a', 2)
            b = gevent.spawn(nap, 'b', 1)
            a.join()
            print(a.value, b.value)
            """;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"450_gevent_spawn_joinall, en", "450_gevent_spawn_joinall, zh"})
    void eventTraceMatchesItsGoldenFile(String program, String language) throws IOException {
        String source = Files.readString(PROGRAMS.resolve(program + ".py"), StandardCharsets.UTF_8);
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
    void greenletsRunInLanesOfTheirOwn() {
        RunResult r = Runs.run(TWO_SLEEPERS);
        assertEquals("a sleeps\nb sleeps\nb wakes\na wakes\n2 1\n", r.outputText());
        assertEquals(List.of("Greenlet-0", "Greenlet-1"), names(r, TraceEvent.Kind.TASK_START));
        assertEquals(List.of("Greenlet-0:sleep(2)", "Greenlet-1:sleep(1)"), yields(r));
        assertEquals(List.of("Greenlet-1", "Greenlet-0"), names(r, TraceEvent.Kind.TASK_END));
        List<String> printers = r.trace().events().stream().filter(e -> e.kind() == TraceEvent.Kind.PRINT)
                .map(e -> String.valueOf(e.task())).toList();
        assertEquals(List.of("Greenlet-0", "Greenlet-1", "Greenlet-1", "Greenlet-0", "null"), printers);
        assertEquals(1, r.trace().threads().size(), "every greenlet runs on the main thread");
    }

    @Test
    void patchAllMakesSimIoSwitchToTheHub() {
        String work = """
                import gevent, sim, time
                def fetch(n):
                    sim.io(1)
                    return n
                start = time.time()
                jobs = [gevent.spawn(fetch, n) for n in range(3)]
                gevent.joinall(jobs)
                print([j.value for j in jobs], round(time.time() - start))
                """;
        assertEquals("[0, 1, 2] 3\n", Runs.run(work).outputText(), "unpatched, each I/O blocks the thread");
        String patched = "from gevent import monkey\nmonkey.patch_all()\n" + work;
        assertEquals("[0, 1, 2] 1\n", Runs.run(patched).outputText(), "patched, the waits overlap");
    }

    @Test
    void theMainGreenletWaitingForeverEndsInLoopExit() {
        RunResult r = Runs.run("""
                import gevent
                from gevent.queue import Queue
                q = Queue()
                gevent.spawn(q.get)
                q.get()
                """);
        assertEquals(RunStatus.ERROR, r.status());
        assertTrue(Runs.lastLine(r.error()).endsWith("LoopExit: This operation would block forever"), r.error());
    }

    @Test
    void joinallWithATimeoutReturnsTheGreenletsDoneByThen() {
        RunResult r = Runs.run("""
                import gevent
                jobs = [gevent.spawn(gevent.sleep, s) for s in (3, 1, 2)]
                done = gevent.joinall(jobs, timeout=2.5)
                print([jobs.index(g) for g in done], [g.dead for g in jobs])
                gevent.joinall(jobs)
                print([g.dead for g in jobs])
                """);
        assertEquals("[1, 2] [False, True, True]\n[True, True, True]\n", r.outputText());
    }

    @Test
    void anUnknownGeventModuleIsRefusedAtLoad() {
        lockstep.sim.lang.ProgramError e = org.junit.jupiter.api.Assertions.assertThrows(
                lockstep.sim.lang.ProgramError.class, () -> Simulator.compile("prog.py", "import gevent.socket\n"));
        assertTrue(e.getMessage().contains("module 'gevent.socket' is outside the scenario language"), e.getMessage());
        assertTrue(e.getMessage().contains("gevent, gevent.event, gevent.lock, gevent.monkey"), e.getMessage());
    }

    @Test
    void aKilledGreenletIsDeadWithGreenletExitAsItsValue() {
        RunResult r = Runs.run("""
                import gevent
                def forever():
                    while True:
                        gevent.sleep(1)
                g = gevent.spawn(forever)
                gevent.sleep(2.5)
                g.kill()
                print(g.dead, type(g.value).__name__, g.successful())
                later = gevent.spawn(forever)
                later.kill()
                print(later.dead, type(later.value).__name__)
                """);
        assertEquals("True GreenletExit True\nTrue GreenletExit\n", r.outputText());
        List<TraceEvent.Ending> endings = r.trace().events().stream().filter(e -> e instanceof TraceEvent.TaskEnded)
                .map(e -> ((TraceEvent.TaskEnded) e).ending()).toList();
        assertEquals(List.of(TraceEvent.Ending.CANCELLED, TraceEvent.Ending.CANCELLED), endings);
    }

    @Test
    void aGreenletsUncaughtErrorIsPrintedAsGeventsHubPrintsIt() {
        RunResult r = Runs.run("""
                import gevent
                def fail(n, kind='x'):
                    raise ValueError(n)
                g = gevent.spawn(fail, 3, kind='y')
                g.join()
                print(g.successful(), repr(g.exception))
                """);
        assertEquals("False ValueError(3)\n", r.outputText());
        assertEquals(RunStatus.COMPLETED, r.status());
        String stderr = r.errorOutput();
        assertTrue(stderr.startsWith("Traceback (most recent call last):\n"), stderr);
        assertTrue(stderr.matches("(?s).*\nValueError: 3\n2023-11-14T22:13:20Z <Greenlet \"Greenlet-0\" at 0x[0-9a-f]+: "
                + "fail\\(3, kind='y'\\)> failed with ValueError\n\n"), stderr);
    }

    @Test
    void threadsAfterPatchAllAreRefusedLoudlyUnlessThreadIsFalse() {
        RunResult patched = Runs.run("""
                from gevent import monkey
                monkey.patch_all()
                import threading
                threading.Thread(target=print, args=('x',)).start()
                """);
        assertEquals(RunStatus.ERROR, patched.status());
        assertTrue(Runs.lastLine(patched.error()).startsWith(
                "NotImplementedError: threads after gevent.monkey.patch_all() are not simulated"), patched.error());
        RunResult real = Runs.run("""
                from gevent import monkey
                monkey.patch_all(thread=False)
                import threading, time, gevent
                def work():
                    time.sleep(0.5)
                    print('thread done')
                t = threading.Thread(target=work)
                t.start()
                gevent.spawn(print, 'greenlet runs')
                gevent.sleep(0.1)
                print('main back')
                t.join()
                """);
        assertEquals("greenlet runs\nmain back\nthread done\n", real.outputText());
    }

    @Test
    void aSleepCountsFromWhenItIsCalledThoughTheLoopsTimeIsStale() {
        RunResult r = Runs.run("""
                import gevent, time
                start = time.time()
                time.sleep(2)
                gevent.sleep(1)
                print(round(time.time() - start, 1))
                """);
        assertEquals("3.0\n", r.outputText(), "gevent.sleep updates the loop's time before it starts its timer");
    }

    private static List<String> names(RunResult r, TraceEvent.Kind kind) {
        return r.trace().events().stream().filter(e -> e.kind() == kind).map(TraceEvent::taskOf).toList();
    }

    private static List<String> yields(RunResult r) {
        return r.trace().events().stream().filter(e -> e instanceof TraceEvent.TaskYielded)
                .map(e -> (TraceEvent.TaskYielded) e).map(y -> y.yielding() + ":" + y.awaits()).toList();
    }
}
