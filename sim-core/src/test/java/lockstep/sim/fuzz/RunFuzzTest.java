package lockstep.sim.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.lang.ProgramError;

/**
 * Any text, compiled as a program and run twice with a small step budget: a program the language refuses is a
 * {@link ProgramError} inside the text; one it accepts runs to a status (completed, deadlock, step limit or a Python
 * error) within a few seconds, the same way both times. A Java exception, a hang, an exhausted heap or two different
 * runs are findings.
 */
class RunFuzzTest {
    /** Small, so that a loop ends soon; big enough for threading's import and a few threads. */
    private static final long STEPS = 20_000;
    /** Far above what {@link #STEPS} steps take, however much each one does. */
    private static final long WATCHDOG_SECONDS = 10;

    @FuzzTest(maxDuration = "30s")
    void program(byte[] input) throws Exception {
        String source = new String(input, StandardCharsets.UTF_8);
        Program program;
        try {
            program = Simulator.compile("fuzz.py", source);
        } catch (ProgramError e) {
            LoadFuzzTest.check(e, source);
            return;
        }
        RunOptions options = RunOptions.defaults().withMaxSteps(STEPS);
        RunResult first = watched(program, options);
        RunResult second = watched(program, options);
        if (!first.output().equals(second.output()) || first.steps() != second.steps()
                || first.status() != second.status()) {
            throw new AssertionError("two runs differ: " + first.status() + "/" + first.steps() + " and "
                    + second.status() + "/" + second.steps());
        }
    }

    /** Runs on a thread of its own, so that a run that hangs fails the input instead of the whole fuzzer. */
    private static RunResult watched(Program program, RunOptions options) throws Exception {
        FutureTask<RunResult> run = new FutureTask<>(() -> Simulator.run(program, options));
        Thread thread = new Thread(run, "fuzzed run");
        thread.setDaemon(true);
        thread.start();
        try {
            return run.get(WATCHDOG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new AssertionError("the run took over " + WATCHDOG_SECONDS + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new AssertionError("the run failed with " + e.getCause(), e.getCause());
        }
    }
}
