package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Warnings as CPython 3.11 shows them by default, on stderr: the conformance corpus (600, 601) compares what the
 * warnings say through a showwarning that prints; here, the default text on stderr, which CPython 3.11.7 printed for
 * these programs (its file named prog.py).
 */
class WarningsTest {
    @Test
    void threadingsCamelCaseAliasesWarnOncePerLineOfMain() {
        RunResult r = Runs.run("""
                import threading
                t = threading.Thread(target=print)
                for i in range(2):
                    t.setDaemon(True)
                print(threading.currentThread().getName())
                def inner():
                    return threading.Event().isSet()
                inner()
                """);
        assertEquals(RunStatus.COMPLETED, r.status());
        assertEquals("MainThread\n", r.outputText());
        assertEquals("""
                prog.py:4: DeprecationWarning: setDaemon() is deprecated, set the daemon attribute instead
                  t.setDaemon(True)
                prog.py:5: DeprecationWarning: currentThread() is deprecated, use current_thread() instead
                  print(threading.currentThread().getName())
                prog.py:5: DeprecationWarning: getName() is deprecated, get the name attribute instead
                  print(threading.currentThread().getName())
                prog.py:7: DeprecationWarning: isSet() is deprecated, use is_set() instead
                  return threading.Event().isSet()
                """, r.errorOutput());
    }

    @Test
    void warnShowsTheCallersLineAndLeavesPendingDeprecationsOut() {
        RunResult r = Runs.run("""
                import warnings
                def old():
                    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
                old()
                warnings.warn("later", PendingDeprecationWarning)
                warnings.warn("careful")
                print("end")
                """);
        assertEquals("end\n", r.outputText());
        assertEquals("""
                prog.py:4: DeprecationWarning: old() is deprecated
                  old()
                prog.py:6: UserWarning: careful
                  warnings.warn("careful")
                """, r.errorOutput());
    }

    @Test
    void aCoroutineCalledWithoutAwaitWarnsWhereItIsDropped() {
        RunResult r = Runs.run("""
                import asyncio
                async def f():
                    print("f")
                async def main():
                    asyncio.sleep(0.1)
                    for i in range(3):
                        f()
                    print("after")
                f()
                print("mid")
                asyncio.run(main())
                print("end")
                """);
        assertEquals(RunStatus.COMPLETED, r.status());
        assertEquals("mid\nafter\nend\n", r.outputText());
        assertEquals("""
                prog.py:9: RuntimeWarning: coroutine 'f' was never awaited
                  f()
                RuntimeWarning: Enable tracemalloc to get the object allocation traceback
                prog.py:5: RuntimeWarning: coroutine 'sleep' was never awaited
                  asyncio.sleep(0.1)
                RuntimeWarning: Enable tracemalloc to get the object allocation traceback
                prog.py:7: RuntimeWarning: coroutine 'f' was never awaited
                  f()
                RuntimeWarning: Enable tracemalloc to get the object allocation traceback
                """, r.errorOutput());
    }

    @Test
    void aWarningTurnedIntoAnErrorByAFilterIsIgnoredWhenACoroutineIsDropped() {
        RunResult r = Runs.run("""
                import warnings
                warnings.simplefilter("error")
                async def f():
                    pass
                f()
                print("goes on")
                """);
        assertEquals(RunStatus.COMPLETED, r.status());
        assertEquals("goes on\n", r.outputText());
        // CPython's traceback shows its own warnings.py's path and lines there: only the head and the last line match.
        String[] lines = r.errorOutput().split("\n");
        assertEquals("Exception ignored in: <coroutine object f at 0x7f0000000010>", lines[0]);
        assertEquals("Traceback (most recent call last):", lines[1]);
        assertEquals("RuntimeWarning: coroutine 'f' was never awaited", lines[lines.length - 1]);
    }
}
