package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceText;
import org.junit.jupiter.api.Test;

/**
 * An exception that ends a thread is one {@code ERROR} event carrying what CPython writes to stderr for it, at the
 * program's line that raised it: for a thread the excepthook's report, for the main thread the final traceback.
 */
class ErrorEventTest {
    private static final String THREAD_DIES = "import threading\nx = 0\ndef add():\n    global x\n"
            + "    for i in range(3):\n        x += y\nt = threading.Thread(target=add)\nt.start()\nt.join()\n"
            + "print('x =', x)\n";

    private static List<TraceEvent.ErrorRaised> errors(RunResult r) {
        return r.trace().events().stream().filter(e -> e instanceof TraceEvent.ErrorRaised)
                .map(e -> (TraceEvent.ErrorRaised) e).toList();
    }

    @Test
    void aThreadsNameErrorIsOneEventWithItsTraceback() {
        RunResult r = Runs.run(THREAD_DIES);
        assertEquals(RunStatus.COMPLETED, r.status());
        List<TraceEvent.ErrorRaised> errors = errors(r);
        assertEquals(1, errors.size());
        TraceEvent.ErrorRaised error = errors.get(0);
        assertEquals("Thread-1 (add)", r.trace().threadName(error.thread()));
        assertEquals(6, error.line());
        assertEquals("NameError: name 'y' is not defined", error.summary());
        assertEquals(r.errorOutput(), error.stderr());
        assertEquals("Exception in thread Thread-1 (add):", error.stderr().lines().findFirst().orElseThrow());
        assertEquals("    0.000466  Thread-1 (a~      6  ERROR                     Thread-1 (add) stops with an "
                + "uncaught exception: NameError: name 'y' is not defined",
                TraceText.forLanguage("en").line(error, r.trace()));
        assertEquals("    0.000466  Thread-1 (a~      6  ERROR                     "
                + "Thread-1 (add) 因未捕获的异常而停止：NameError: name 'y' is not defined",
                TraceText.forLanguage("zh").line(error, r.trace()));
    }

    @Test
    void theErrorComesBeforeTheThreadsEndAndAfterItsLastPrint() {
        RunResult r = Runs.run("import threading\ndef f():\n    print('before')\n    1 / 0\n"
                + "t = threading.Thread(target=f)\nt.start()\nt.join()\nprint('after')\n");
        List<TraceEvent.Kind> kinds = r.trace().events().stream().map(TraceEvent::kind)
                .filter(k -> k == TraceEvent.Kind.PRINT || k == TraceEvent.Kind.ERROR
                        || k == TraceEvent.Kind.THREAD_END)
                .toList();
        assertEquals(List.of(TraceEvent.Kind.PRINT, TraceEvent.Kind.ERROR, TraceEvent.Kind.THREAD_END,
                TraceEvent.Kind.PRINT, TraceEvent.Kind.THREAD_END), kinds);
        assertEquals("ZeroDivisionError: division by zero", errors(r).get(0).summary());
    }

    @Test
    void theMainThreadsUncaughtExceptionCarriesTheFinalTraceback() {
        RunResult r = Runs.run("x = 1\nprint(x)\nraise ValueError('bad value')\n");
        assertEquals(RunStatus.ERROR, r.status());
        List<TraceEvent.ErrorRaised> errors = errors(r);
        assertEquals(1, errors.size());
        assertEquals("MainThread", r.trace().threadName(errors.get(0).thread()));
        assertEquals(3, errors.get(0).line());
        assertEquals("ValueError: bad value", errors.get(0).summary());
        assertEquals(r.error() + "\n", errors.get(0).stderr());
    }

    @Test
    void systemExitWritesNothing() {
        RunResult r = Runs.run("import sys\nsys.exit(0)\n");
        assertEquals("", errors(r).get(0).stderr());
    }
}
