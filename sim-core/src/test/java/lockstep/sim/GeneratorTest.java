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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generators as the trace shows them: control passing into a generator the program advances with next(), send(),
 * throw() or close() and back out of it, pinned in golden event traces; no such events for a for loop's items; and
 * where a thread may not wait. What programs print is compared with CPython by the conformance corpus (200-206).
 */
class GeneratorTest {
    private static final Path ROOT = Path.of(System.getProperty("lockstep.root", ".."));
    private static final Path GOLDEN = ROOT.resolve("sim-core/src/test/resources/golden");
    private static final Path PROGRAMS = ROOT.resolve("sim-core/src/test/resources/conformance");

    @ParameterizedTest(name = "producer/consumer in {0}")
    @ValueSource(strings = {"en", "zh"})
    void handoffsOfTheProducerConsumerMatchTheirGoldenFile(String language) throws IOException {
        String program = "206_generator_coroutine_producer_consumer";
        TraceText text = TraceText.forLanguage(language);
        RunResult result = Runs.run(Files.readString(PROGRAMS.resolve(program + ".py"), StandardCharsets.UTF_8));
        StringBuilder actual = new StringBuilder(text.header()).append('\n');
        result.trace().events().forEach(e -> actual.append(text.line(e, result.trace())).append('\n'));
        actual.append("-- ").append(result.status().jsonName()).append('\n');
        Path golden = GOLDEN.resolve(program + "." + language + ".events");
        if (Boolean.getBoolean("lockstep.updateGolden")) {
            Files.writeString(golden, actual.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual.toString());
    }

    @Test
    void everySendIsAHandoffInAndEveryYieldOneOut() {
        RunResult r = Runs.run("""
                def echo():
                    got = yield "ready"
                    while True:
                        got = yield got * 2

                e = echo()
                print(next(e), e.send(1), e.send(5))
                try:
                    e.throw(KeyError)
                except KeyError:
                    pass
                """);
        assertEquals("ready 2 10\n", r.outputText());
        assertEquals(List.of("echo#1 NEXT ", "echo#1 YIELD 'ready'", "echo#1 SEND 1", "echo#1 YIELD 2",
                "echo#1 SEND 5", "echo#1 YIELD 10", "echo#1 THROW KeyError", "echo#1 RAISE KeyError"), handoffs(r));
        List<Integer> lines = r.trace().events().stream().filter(e -> e instanceof TraceEvent.GeneratorHandoff)
                .map(TraceEvent::line).toList();
        // Into the generator at the caller's line, out of it at the generator's yield.
        assertEquals(List.of(7, 2, 7, 4, 7, 4, 9, 4), lines);
    }

    @Test
    void aForLoopsItemsAreNotHandoffs() {
        RunResult r = Runs.run("""
                def numbers(n):
                    for i in range(n):
                        yield i

                total = 0
                for x in numbers(1000):
                    total += x
                print(total, sum(numbers(10)), list(x for x in numbers(3)))
                """);
        assertEquals("499500 45 [0, 1, 2]\n", r.outputText());
        assertEquals(List.of(), handoffs(r));
    }

    @Test
    void aReturnIsAHandoffWithItsValueAndNumbersTellGeneratorsApart() {
        RunResult r = Runs.run("""
                def once(v):
                    yield v
                    return v + 1

                a, b = once(1), once(10)
                next(a)
                next(b)
                print(next(a, "default"))
                """);
        assertEquals("default\n", r.outputText());
        assertEquals(List.of("once#1 NEXT ", "once#1 YIELD 1", "once#2 NEXT ", "once#2 YIELD 10", "once#1 NEXT ",
                "once#1 RETURN 2"), handoffs(r));
    }

    @Test
    void aBuiltInIteratingAGeneratorLetsTheThreadWaitInside() {
        // list() runs the generator on the thread's frames: the thread blocks on the lock it holds, as in CPython.
        RunResult r = Runs.run("""
                import threading
                lock = threading.Lock()

                def guarded():
                    with lock:
                        yield 1

                lock.acquire()
                print(list(guarded()))
                """);
        assertEquals(RunStatus.DEADLOCK, r.status());
        assertEquals("", r.outputText());
    }

    @Test
    void anExceptionOutOfAGeneratorABuiltInRunsOnTheFramesHasCPythonsTraceback() {
        // The helper of _iterate that runs sorted()'s iteration is library code: no entry of its own.
        RunResult r = Runs.run("""
                import threading, queue
                q = queue.Queue()
                def gen():
                    yield q.get()
                    raise ValueError("boom")
                threading.Thread(target=lambda: q.put(1)).start()
                print(sorted(gen()))
                """);
        assertEquals("""
                Traceback (most recent call last):
                  File "prog.py", line 7, in <module>
                    print(sorted(gen()))
                  File "prog.py", line 5, in gen
                    raise ValueError("boom")
                ValueError: boom
                """, r.error() + "\n");
    }

    @Test
    void aGeneratorABuiltInAdvancesHasNoHandOffsAndTheLibrarysGeneratorsTakeNoNumber() {
        // zip over a generator is a generator of _iterate advancing it: neither is the program's next().
        RunResult r = Runs.run("""
                def g():
                    yield 1
                    yield 2
                print(list(zip(g(), "ab")))
                x = g()
                print(next(x))
                """);
        assertEquals("[(1, 'a'), (2, 'b')]\n1\n", r.outputText());
        assertEquals(List.of("g#2 NEXT ", "g#2 YIELD 1"), handoffs(r));
    }

    @Test
    void aGeneratorIteratedByABuiltInCalledFromJavaStillCannotLetTheThreadWaitInside() {
        RunResult r = Runs.run("""
                import threading
                lock = threading.Lock()

                def guarded():
                    with lock:
                        yield 1

                lock.acquire()
                print(sorted([1, 2], key=lambda x: list(guarded())))
                """);
        assertEquals(RunStatus.ERROR, r.status());
        assertTrue(r.error().contains("RuntimeError: a thread cannot wait inside a call made by a built-in"),
                r.error());
    }

    @Test
    void aForkWhileAGeneratorExistsIsRefusedWithAReason() {
        RunResult r = Runs.run("""
                import os
                g = (i for i in range(3))
                next(g)
                if os.fork() == 0:
                    os._exit(0)
                """);
        assertEquals(RunStatus.ERROR, r.status());
        assertTrue(r.error().contains("cannot fork while a generator exists"), r.error());
    }

    private static List<String> handoffs(RunResult r) {
        return r.trace().events().stream().filter(e -> e instanceof TraceEvent.GeneratorHandoff)
                .map(e -> (TraceEvent.GeneratorHandoff) e)
                .map(h -> h.generator() + " " + h.handoff() + " " + h.value()).toList();
    }
}
