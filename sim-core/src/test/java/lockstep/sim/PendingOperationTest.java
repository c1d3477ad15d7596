package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;
import org.junit.jupiter.api.Test;

/**
 * A thread's operation at a point of the run, for the threads panel: the one it is in the middle of or starts next,
 * told as what the program set out to do (a library call without what came of it).
 */
class PendingOperationTest {
    private static final NarrationRenderer ENGLISH = NarrationRenderer.forLanguage("en");
    private static final NarrationRenderer CHINESE = NarrationRenderer.forLanguage("zh");

    @Test
    void eachThreadsPendingOperationAtEveryPoint() {
        Operations.Recorder recorder = Operations.recorder(Grain.OPERATION);
        RunResult result = Runs.run("""
                import threading
                x = 0
                def work():
                    global x
                    x += 1
                t = threading.Thread(target=work)
                t.start()
                t.join()
                print(x)
                """, RunOptions.defaults().withStepListener(recorder::onStep));
        Operations ops = recorder.finish(result.trace());
        List<Operation> all = ops.all();
        Operation start = all.get(6);
        assertEquals("calls Thread.start(): MainThread starts Thread-1 (work)", ENGLISH.render(start.narration()));
        int main = start.thread();
        Operation startUp = all.get(7);
        int worker = startUp.thread();

        assertEquals(all.get(0), ops.pendingOf(main, 0));
        assertEquals(startUp, ops.pendingOf(worker, 0), "a thread not started yet: its first operation");
        assertEquals(start, ops.pendingOf(main, start.first()), "about to start it");
        assertEquals(start, ops.pendingOf(main, start.first() + 1), "in the middle of it");
        assertEquals(start, ops.pendingOf(main, start.last()), "its last step still to run");
        Operation goesOn = all.get(11);
        assertEquals(goesOn, ops.pendingOf(main, start.last() + 1), "waiting halfway: the rest of the call");
        assertNull(ops.pendingOf(worker, result.steps()), "a thread that has ended has none left");
        assertNull(ops.pendingOf(main, result.steps()));
        assertNull(ops.pendingOf(999, 0), "no such thread");

        assertEquals("calls Thread.start()", ENGLISH.render(start.action()));
        assertEquals("调用 Thread.start()", CHINESE.render(start.action()));
        assertEquals("goes on in Thread.start()", ENGLISH.render(goesOn.action()));
        assertEquals("reads x: 0", ENGLISH.render(all.get(8).action()), "anything else as narrated");
    }
}
