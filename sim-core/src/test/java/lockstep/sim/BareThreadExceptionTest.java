package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A {@code _thread.start_new_thread} function's uncaught exception: on stderr as CPython 3.11 prints it. */
class BareThreadExceptionTest {
    private static final String PROGRAM = "import _thread, time\n"
            + "def worker(n):\n"
            + "    raise ValueError('worker %d failed' % n)\n"
            + "def quits():\n"
            + "    raise SystemExit(3)\n"
            + "_thread.start_new_thread(worker, (1,))\n"
            + "_thread.start_new_thread(quits, ())\n"
            + "time.sleep(0.1)\n"
            + "print('main goes on')\n";

    @Test
    void theTracebackFollowsCPythonsUnraisableHeaderAndTheProcessGoesOn() {
        RunResult r = Runs.run(PROGRAM);
        assertEquals(RunStatus.COMPLETED, r.status());
        assertEquals("main goes on\n", r.outputText());
        Pattern expected = Pattern.compile("Exception ignored in thread started by: <function worker at 0x[0-9a-f]+>\n"
                + "Traceback \\(most recent call last\\):\n"
                + "  File \"[^\"]+\", line 3, in worker\n"
                + "    raise ValueError\\('worker %d failed' % n\\)\n"
                + "ValueError: worker 1 failed\n");
        assertTrue(expected.matcher(r.errorOutput()).matches(), r.errorOutput());
    }
}
