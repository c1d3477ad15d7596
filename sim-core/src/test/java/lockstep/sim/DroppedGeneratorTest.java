package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/**
 * A generator a for loop made and owned is closed when the loop is left early, as CPython's reference count closes
 * it: what it prints is compared with CPython by the conformance corpus (504-507); here, what goes to stderr when its
 * close fails (CPython's "Exception ignored in: ..."), the trace, and the cases the loop does not own.
 */
class DroppedGeneratorTest {
    @Test
    void anExceptionFromTheFinallyOfADroppedGeneratorIsPrintedAsIgnored() {
        RunResult r = Runs.run("""
                def bad():
                    try:
                        yield 1
                    finally:
                        raise ValueError("in finally")

                for x in bad():
                    break
                print("after")
                """);
        assertEquals(RunStatus.COMPLETED, r.status());
        assertEquals("after\n", r.outputText());
        assertEquals("""
                Exception ignored in: <generator object bad at 0x7f0000000010>
                Traceback (most recent call last):
                  File "prog.py", line 5, in bad
                    raise ValueError("in finally")
                ValueError: in finally
                """, r.errorOutput());
    }

    @Test
    void aYieldInAnswerToTheCloseIsIgnoredAtTheLineThatLeftTheLoop() {
        RunResult r = Runs.run("""
                def stubborn():
                    while True:
                        try:
                            yield 1
                        except GeneratorExit:
                            print("ignoring")

                def first():
                    for x in stubborn():
                        return x

                print(first())
                """);
        assertEquals("ignoring\n1\n", r.outputText());
        assertEquals("""
                Exception ignored in: <generator object stubborn at 0x7f0000000010>
                Traceback (most recent call last):
                  File "prog.py", line 10, in first
                    return x
                RuntimeError: generator ignored GeneratorExit
                """, r.errorOutput());
    }

    @Test
    void anExceptionLeavingTheLoopClosesItsGeneratorBeforeTheHandlerRuns() {
        RunResult r = Runs.run("""
                def gen():
                    try:
                        yield 1
                    finally:
                        print("closed")

                def inner():
                    for x in gen():
                        raise KeyError("k")

                try:
                    inner()
                except KeyError:
                    print("handled")
                """);
        assertEquals("closed\nhandled\n", r.outputText());
        assertEquals("", r.errorOutput());
    }

    @Test
    void theCloseOfADroppedGeneratorIsNotAHandoffTheProgramMade() {
        RunResult r = Runs.run("""
                def gen():
                    try:
                        yield 1
                    finally:
                        print("closed")

                for x in gen():
                    break
                """);
        assertEquals("closed\n", r.outputText());
        assertTrue(r.trace().events().stream().noneMatch(e -> e instanceof TraceEvent.GeneratorHandoff));
    }

    @Test
    void aGeneratorSeenBeforeTheLoopIsNotClosedByIt() {
        RunResult r = Runs.run("""
                def gen(name):
                    try:
                        yield 1
                        yield 2
                    finally:
                        print("closed", name)

                made = []
                def maker():
                    g = gen("kept by maker")
                    made.append(g)
                    return g

                for x in maker():
                    break
                g = gen("named")
                for x in g:
                    break
                print("still open:", next(made[0]), next(g))
                """);
        assertEquals("still open: 2 2\n", r.outputText());
    }

    @Test
    void aGeneratorMadeForAnEarlierLoopAndStoredIsNotClosedByALaterOne() {
        RunResult r = Runs.run("""
                def gen(name):
                    try:
                        yield 1
                        yield 2
                    finally:
                        print("closed", name)

                kept = []
                def keep(g):
                    kept.append(g)
                    return [0]

                def run():
                    for y in keep(gen("stored")):
                        pass
                    for x in zip(kept[0]):
                        break
                    print("still open:", next(kept[0]))

                run()
                """);
        assertEquals("still open: 2\n", r.outputText());
    }

    @Test
    void aWaitInTheFinallyOfAGeneratorClosedByAnExceptionIsRefusedAndReported() {
        // Closed while the exception unwinds, the generator runs nested: the thread cannot wait there (README).
        RunResult r = Runs.run("""
                import queue
                q = queue.Queue()
                def waiter():
                    try:
                        yield 1
                    finally:
                        q.get()

                try:
                    for x in waiter():
                        raise KeyError("k")
                except KeyError:
                    print("handled")
                """);
        assertEquals("handled\n", r.outputText());
        assertTrue(r.errorOutput().startsWith("Exception ignored in: <generator object waiter at 0x"), r.errorOutput());
        assertTrue(r.errorOutput().endsWith("RuntimeError: a thread cannot wait inside a call made by a built-in"
                + " (such as a sort key)\n"), r.errorOutput());
    }
}
