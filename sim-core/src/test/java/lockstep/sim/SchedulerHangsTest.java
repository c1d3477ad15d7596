package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Two scheduler faults that hung a run whatever its step limit said. Each run is given a deadline of wall-clock time
 * here only so that a return of the fault fails this test instead of hanging the build.
 */
class SchedulerHangsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /**
     * A wait with a timeout whose event is set before the deadline, while the setter computes on the only core: the
     * waiter is ready but cannot run, and its deadline, passed, must not hold the clock where it is (it did, and the
     * computing thread's end was never reached).
     */
    @Test
    void aWokenWaitsPassedDeadlineDoesNotStopTheClockWhileAnotherThreadComputes() {
        String program = """
                import threading
                import sim

                e = threading.Event()


                def waiter():
                    print("woken", e.wait(0.5))


                def setter():
                    e.set()
                    sim.compute(2.0)
                    print("computed")


                a = threading.Thread(target=waiter)
                b = threading.Thread(target=setter)
                a.start()
                b.start()
                a.join()
                b.join()
                """;
        RunResult result = assertTimeoutPreemptively(DEADLINE,
                () -> Runs.run(program, RunOptions.defaults().withMaxSteps(100_000)));
        assertEquals(RunStatus.COMPLETED, result.status(), result.error());
        // As CPython: the event was set before the deadline, so wait() returns True, after the work's 2 s.
        assertEquals("woken True\ncomputed\n", result.outputText());
        assertTrue(result.timeSeconds() > 2.0, "the clock reached the end of the work: " + result.timeSeconds());
    }

    /**
     * The step limit is checked when nothing can run but a timer is pending: a run whose budget is spent as its only
     * thread starts a second of CPU work stops there, and the clock does not jump past the limit to the work's end.
     */
    @Test
    void theStepLimitStopsARunWhoseThreadsAllWaitForATimer() {
        String program = "import sim\nsim.compute(1.0)\nprint('after')\n";
        RunResult unlimited = Runs.run(program);
        long computeStarts = unlimited.trace().events().stream()
                .filter(e -> e instanceof lockstep.sim.trace.TraceEvent.Slept s
                        && s.pause() == lockstep.sim.trace.TraceEvent.Pause.COMPUTE)
                .findFirst().orElseThrow().at().step();
        RunResult result = assertTimeoutPreemptively(DEADLINE,
                () -> Runs.run(program, RunOptions.defaults().withMaxSteps(computeStarts)));
        assertEquals(RunStatus.STEP_LIMIT, result.status());
        assertEquals(computeStarts, result.steps());
        assertEquals("", result.outputText());
        assertTrue(result.timeNanos() < 1_000_000_000L, "the clock stayed at the limit: " + result.timeNanos());
    }

    /**
     * An interval timer ringing every millisecond at a main thread computing for a day: no step can run until the
     * work ends, and the clock goes from alarm to alarm. The loop's looser bound ends the run (status
     * internal-error, saying so) instead of going round for ever.
     */
    @Test
    void alarmsRingingAtAThreadThatComputesForADayEndTheRunInsteadOfHangingIt() {
        String program = """
                import signal
                import sim


                def handler(signum, frame):
                    pass


                signal.signal(signal.SIGALRM, handler)
                signal.setitimer(signal.ITIMER_REAL, 0.001, 0.001)
                sim.compute(86400)
                print("done")
                """;
        RunResult result = assertTimeoutPreemptively(DEADLINE,
                () -> Runs.run(program, RunOptions.defaults().withMaxSteps(100_000)));
        assertEquals(RunStatus.INTERNAL_ERROR, result.status());
        assertTrue(result.error().startsWith("internal error: the machine went round 1000000 times without taking a"
                + " step, its clock going from timer to timer"), result.error());
        assertTrue(result.error().contains("MainThread (thread 1, process 1000): RUNNING, computing until"),
                result.error());
    }

    /**
     * With two cores, a forked child starts a thread and calls {@code os._exit} in the same tick as that thread's
     * first step is due: the thread, ended by the exit, must not run (it ran no step, became runnable again, and the
     * machine ticked for ever without a step).
     */
    @Test
    void aThreadEndedByItsProcessExitOnAnotherCoreDoesNotRunAgain() {
        String program = """
                import os
                import threading


                def work():
                    pass


                pid = os.fork()
                if pid == 0:
                    t = threading.Thread(target=work)
                    t.start()
                    os._exit(0)
                os.waitpid(pid, 0)
                print("parent done")
                """;
        RunResult result = assertTimeoutPreemptively(DEADLINE,
                () -> Runs.run(program, RunOptions.defaults().withCores(2).withMaxSteps(100_000)));
        assertEquals(RunStatus.COMPLETED, result.status(), result.error());
        assertEquals("parent done\n", result.outputText());
    }
}
