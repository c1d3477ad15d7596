package lockstep.sim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.Simulator;
import lockstep.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** The picture of a process's GIL: who holds it, who waits for it; none without the GIL policy. */
class GilPictureTest {
    private static final String PROGRAM = "import threading, time\ndef crunch():\n    total = 0\n"
            + "    for i in range(3000):\n        total += i\n"
            + "def nap():\n    time.sleep(1)\n"
            + "ts = [threading.Thread(target=f) for f in (crunch, crunch, nap)]\n"
            + "for t in ts: t.start()\nfor t in ts: t.join()\n";
    private static final RunOptions GIL = RunOptions.defaults().withPolicy(SchedulingPolicy.GIL)
            .withSwitchInterval(0.0005);

    private static List<String> names(List<ThreadRef> refs) {
        return refs.stream().map(ThreadRef::name).toList();
    }

    @Test
    void theHolderAndTheThreadsWaitingForTheGilAtAnIntervalHandoff() {
        Program program = Inspecting.compile(PROGRAM);
        RunResult run = Simulator.run(program, GIL);
        // The second time the switch interval hands the GIL from one crunching thread to the other.
        List<TraceEvent.GilHandedOver> turns = run.trace().events().stream()
                .filter(e -> e instanceof TraceEvent.GilHandedOver g && g.reason() == TraceEvent.GilReason.INTERVAL
                        && g.from() > 1 && g.thread() > 1 && g.thread() < 4)
                .map(e -> (TraceEvent.GilHandedOver) e).toList();
        long napping = Inspecting.stepOf(run, e -> e instanceof TraceEvent.Slept);
        TraceEvent.GilHandedOver turn = turns.stream().filter(t -> t.step() > napping).findFirst().orElseThrow();
        try (Inspector inspector = new Inspector(program, GIL)) {
            GilInfo gil = inspector.snapshotAt(turn.step() + 1).processes().get(0).gil();
            assertEquals(run.trace().threadName(turn.thread()), gil.holder().name());
            assertEquals(List.of(run.trace().threadName(turn.from())), names(gil.waiting()),
                    "the sleeper does not wait for the GIL; the one it was taken from does");
        }
    }

    @Test
    void nobodyHoldsTheGilOnceEveryThreadHasEnded() {
        Program program = Inspecting.compile(PROGRAM);
        RunResult run = Simulator.run(program, GIL);
        try (Inspector inspector = new Inspector(program, GIL)) {
            GilInfo gil = inspector.snapshotAt(run.steps()).processes().get(0).gil();
            assertNull(gil.holder());
            assertEquals(List.of(), gil.waiting());
        }
    }

    @Test
    void thereIsNoGilWithoutTheGilPolicy() {
        Program program = Inspecting.compile(PROGRAM);
        try (Inspector inspector = new Inspector(program, RunOptions.defaults())) {
            assertNull(inspector.snapshotAt(100).processes().get(0).gil());
        }
    }
}
