package lockstep.sim.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import lockstep.sim.Program;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
import lockstep.sim.ThreadState;
import lockstep.sim.runtime.Blocker;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.ThreadHandle;
import org.junit.jupiter.api.Test;

/**
 * A machine whose loop cannot progress ends the run with an internal error naming its state, never hangs: a blocker
 * that says it is ready when the machine collects the runnable threads and not ready when the chosen thread is about
 * to run (a scheduler fault made on purpose) leaves every round without a step and without a move of the clock.
 */
class StalledLoopTest {
    /** Ready on every other question: ready when collected, not ready when run, for ever; it never times out. */
    private static final class Flickering implements Blocker {
        private int asked;

        @Override
        public boolean ready(ThreadHandle waiter) {
            return asked++ % 2 == 0;
        }

        @Override
        public PyObject complete(ThreadHandle waiter) {
            return PyNone.NONE;
        }

        @Override
        public PyObject timedOut(ThreadHandle waiter) {
            return PyNone.NONE;
        }

        @Override
        public String waitsFor() {
            return "a flickering test object";
        }
    }

    @Test
    void aLoopThatTakesNoStepEndsWithAnInternalErrorNamingTheThreads() throws Exception {
        String source = "x = 1\nprint(x)\n";
        Program program = Simulator.compile("prog.py", source);
        Machine machine = new Machine(0, 1_000_000, 1_000, null, Policies.roundRobin(100),
                lockstep.sim.analysis.SyncObserver.NONE, 1, false, false, 0.005);
        machine.load(lockstep.sim.compile.Compiler.compileModule(lockstep.sim.lang.Parser.parse("prog.py", source),
                lockstep.sim.library.Modules::problem), source);
        SimThread main = machine.mainThread;
        main.blocker = new Flickering();
        main.state = ThreadState.WAITING;

        Machine.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(30), machine::run);

        assertEquals(Machine.Outcome.STALLED, outcome);
        assertEquals(0, machine.steps());
        Stall stall = machine.stall();
        assertEquals(Progress.MAX_STALLED_ROUNDS, stall.rounds());
        assertEquals(false, stall.timersOnly());
        assertEquals(java.util.List.of(
                "MainThread (thread 1, process 1000): WAITING, waiting for a flickering test object (ready)"),
                stall.threads());
        RunResult result = Simulator.resultOf(program, machine, outcome);
        assertEquals(RunStatus.INTERNAL_ERROR, result.status());
        assertEquals("internal-error", result.status().jsonName());
        assertTrue(result.error().startsWith("internal error: the machine went round 100000 times without taking a"
                + " step or reaching a timer, at step 0, 0.000000 s; its threads:\n  MainThread"), result.error());
    }
}
