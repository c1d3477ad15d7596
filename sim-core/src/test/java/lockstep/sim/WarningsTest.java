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
}
