package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;
import lockstep.sim.trace.Step;
import org.junit.jupiter.api.Test;

/** The operation and line grains: exact boundaries for small programs, and every grain covering every step. */
class OperationsTest {
    private static final NarrationRenderer ENGLISH = NarrationRenderer.forLanguage("en");
    private static final NarrationRenderer CHINESE = NarrationRenderer.forLanguage("zh");

    private static Operations group(String source, Grain grain) {
        List<Step> steps = new ArrayList<>();
        Operations.Recorder recorder = Operations.recorder(grain);
        RunResult result = Runs.run(source, RunOptions.defaults().withStepListener(step -> {
            steps.add(step);
            recorder.onStep(step);
        }));
        Operations operations = recorder.finish(result.trace());
        assertEquals(steps.size(), operations.all().stream().mapToInt(Operation::steps).sum(),
                "every step belongs to exactly one group");
        return operations;
    }

    private static List<String> ranges(Operations operations) {
        return operations.all().stream().map(Operation::range).toList();
    }

    private static List<String> sentences(Operations operations) {
        return operations.all().stream().map(o -> o.runner() + " " + ENGLISH.render(o.narration())).toList();
    }

    @Test
    void xPlusEqualsOneOnAGlobalIsAReadThenAWrite() {
        // 0 LOAD_CONST 0 (MainThread starts) | 1 STORE_GLOBAL x | 2 LOAD_GLOBAL x | 3 LOAD_CONST 1, 4 INPLACE_OP,
        // 5 STORE_GLOBAL x | 6 LOAD_GLOBAL print, 7 LOAD_GLOBAL x | 8 CALL (prints) | 9..11 the module returns
        Operations ops = group("x = 0\nx += 1\nprint(x)\n", Grain.OPERATION);
        assertEquals(List.of("#0", "#1", "#2", "#3..5", "#6..7", "#8", "#9..11"), ranges(ops));
        assertEquals(List.of("MainThread MainThread starts", "MainThread stores 0 in x", "MainThread reads x: 0",
                "MainThread stores 1 in x", "MainThread reads x: 1", "MainThread prints '1'",
                "MainThread returns from <module>"), sentences(ops));
    }

    @Test
    void lookingUpALockAndItsMethodIsNotARead() {
        Operations ops = group("import threading\nlock = threading.Lock()\nlock.acquire()\nlock.release()\n",
                Grain.OPERATION);
        // LOAD_NAME lock, LOAD_METHOD acquire, CALL: one operation, ended by the take.
        assertEquals(List.of("#0", "#1", "#2..5", "#6..8", "#9..12", "#13..15"), ranges(ops));
        assertEquals("MainThread MainThread takes lock", sentences(ops).get(3));
        assertEquals("MainThread MainThread releases lock", sentences(ops).get(4));
    }

    @Test
    void aLibraryCallIsOneOperationNarratedAsWhatTheProgramDid() {
        Operations ops = group("""
                import threading
                x = 0
                def work():
                    global x
                    x += 1
                t = threading.Thread(target=work)
                t.start()
                t.join()
                print(x)
                """, Grain.OPERATION);
        List<String> said = sentences(ops);
        assertEquals(List.of(
                "MainThread MainThread starts",
                "MainThread stores <module 'threading' (built-in)> in threading",
                "MainThread stores 0 in x",
                "MainThread stores <function work at 0x7f0000000010> in work",
                "MainThread calls Thread()",
                "MainThread stores <threading.Thread object> in t",
                "MainThread calls Thread.start(): MainThread starts Thread-1 (work)",
                "Thread-1 (work) starts up: 161 micro-ops of threading",
                "Thread-1 (work) reads x: 0",
                "Thread-1 (work) stores 1 in x",
                "Thread-1 (work) runs 32 micro-ops of threading and finishes",
                "MainThread goes on in Thread.start(): Thread-1 (work) ends",
                "MainThread calls Thread.join()",
                "MainThread reads x: 1",
                "MainThread prints '1'",
                "MainThread returns from <module>"), said);
        Operation start = ops.all().get(6);
        assertEquals(7, start.line());
        assertTrue(start.steps() > 100, "Thread.start() runs threading.py's code inside one operation");
        assertEquals("调用 Thread.start()：MainThread 启动 Thread-1 (work)", CHINESE.render(start.narration()));
    }

    @Test
    void aWaitInsideALibraryCallEndsTheOperationAndTheWakeUpGoesOnWithTheCall() {
        Operations ops = group("""
                import threading
                c = threading.Condition()
                items = []
                def consumer():
                    with c:
                        while not items:
                            c.wait()
                        print(items.pop())
                t = threading.Thread(target=consumer)
                t.start()
                with c:
                    items.append(1)
                    c.notify()
                t.join()
                """, Grain.OPERATION);
        List<String> said = sentences(ops);
        assertTrue(said.contains("Thread-1 (consumer) calls Condition.wait(): Thread-1 (consumer) waits for a notify"),
                said.toString());
        assertTrue(said.contains("Thread-1 (consumer) goes on in Condition.wait()"), said.toString());
        // items.append(1) changes shared data: it ends an operation of its own, before the notify.
        int append = said.indexOf("MainThread call returns None");
        assertEquals("MainThread calls Condition.notify()", said.get(append + 1));
        assertEquals("MainThread reads items: []", said.get(append - 1));
    }

    @Test
    void aPropertyOfALibraryObjectIsOneOperationWithTheStepThatUsedIt() {
        Operations ops = group("""
                import threading
                t = threading.Thread(target=print)
                t.name = "worker"
                print(t.name)
                """, Grain.OPERATION);
        List<String> onLines3And4 = ops.all().stream().filter(o -> o.line() >= 3)
                .map(o -> o.runner() + " " + ENGLISH.render(o.narration())).toList();
        // The setter and the getter run threading.py's code from inside STORE_ATTR and LOAD_ATTR.
        assertEquals(List.of("MainThread writes the attribute name", "MainThread reads the attribute name: 'worker'",
                "MainThread prints 'worker'", "MainThread returns from <module>"), onLines3And4);
        Operation setter = ops.all().stream().filter(o -> o.line() == 3).findFirst().orElseThrow();
        assertTrue(setter.steps() > 3, setter.toString());
    }

    @Test
    void aLocalComputationIsPartOfTheNextOperation() {
        Operations ops = group("def f():\n    a = 1\n    b = a + 2\n    return b\ny = f()\n", Grain.OPERATION);
        // f's locals are nobody else's: the call and its body end at the store of y.
        assertEquals(List.of("MainThread MainThread starts", "MainThread stores <function f at 0x7f0000000010> in f",
                "MainThread stores 3 in y", "MainThread returns from <module>"), sentences(ops));
    }

    @Test
    void theLineGrainFoldsLibraryStepsIntoTheLineThatCalledThem() {
        Operations ops = group("import threading\nc = threading.Condition()\nwith c:\n    x = 1\ny = 2\n", Grain.LINE);
        assertEquals(List.of(1, 2, 3, 4, 3, 5), ops.all().stream().map(Operation::line).toList());
        // Condition() runs threading.py's __init__: 60 micro-ops, one line step.
        assertEquals(List.of("#0..1", "#2..61", "#62..74", "#75..76", "#77..92", "#93..96"), ranges(ops));
        assertEquals(List.of("MainThread stores <module 'threading' (built-in)> in threading",
                "MainThread stores <threading.Condition object> in c", "MainThread MainThread takes c",
                "MainThread stores 1 in x", "MainThread MainThread releases c", "MainThread stores 2 in y"),
                sentences(ops));
    }

    @Test
    void theMicroOpGrainIsEveryStep() {
        Operations ops = group("x = 0\nx += 1\n", Grain.MICRO_OP);
        assertEquals(List.of("#0", "#1", "#2", "#3", "#4", "#5", "#6", "#7"), ranges(ops));
    }

    @Test
    void steppingMovesFromOneGroupEndToTheNext() {
        Operations ops = group("x = 0\nx += 1\nprint(x)\n", Grain.OPERATION);
        assertEquals(0, ops.nextEnd(-1));
        assertEquals(2, ops.nextEnd(1));
        assertEquals(5, ops.nextEnd(2));
        assertEquals(5, ops.nextEnd(3));
        assertEquals(-1, ops.nextEnd(11));
        assertEquals(2, ops.previousEnd(5));
        assertEquals(2, ops.previousEnd(4));
        assertEquals(-1, ops.previousEnd(0));
        assertEquals("#3..5", ops.endingAt(5).range());
        assertNull(ops.endingAt(4));
    }
}
