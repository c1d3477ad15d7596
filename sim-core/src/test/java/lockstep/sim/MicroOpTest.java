package lockstep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import lockstep.sim.trace.Step;
import org.junit.jupiter.api.Test;

/** Programs compile to micro-ops at CPython's bytecode granularity, each with its line. */
class MicroOpTest {
    @Test
    void augmentedAssignmentOfAGlobalIsLoadAddStore() {
        List<Step> steps = Runs.steps("x = 0\nx += 1\n", RunOptions.defaults());
        List<String> ops = steps.stream().map(Step::opName).collect(Collectors.toList());
        assertEquals(List.of("LOAD_CONST 0", "STORE_GLOBAL x", "LOAD_GLOBAL x", "LOAD_CONST 1", "INPLACE_OP +=",
                "STORE_GLOBAL x", "LOAD_CONST None", "RETURN_VALUE"), ops);
        assertEquals(List.of(1, 1, 2, 2, 2, 2, 2, 2), steps.stream().map(Step::line).collect(Collectors.toList()));
    }

    @Test
    void eachStepCostsOneMicrosecondOfVirtualTime() {
        List<Step> steps = Runs.steps("a = 1\nb = 2\n", RunOptions.defaults());
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i, steps.get(i).index());
            assertEquals(i * 1_000L, steps.get(i).timeNanos());
        }
    }

    @Test
    void stepsNarrateWhatTheyDid() {
        List<Step> steps = Runs.steps("x = 41\nx += 1\n", RunOptions.defaults());
        Step store = steps.get(5);
        assertEquals("STORE_GLOBAL x", store.opName());
        assertEquals("op.store", store.narration().key());
        assertEquals(List.of("x", "42"), store.narration().args());
    }

    @Test
    void functionCallsEnterAFrameAndReturn() {
        List<Step> steps = Runs.steps("def f(a):\n    return a + 1\ny = f(2)\n", RunOptions.defaults());
        List<String> ops = steps.stream().map(Step::opName).collect(Collectors.toList());
        assertEquals(List.of("MAKE_FUNCTION f", "STORE_GLOBAL f", "LOAD_GLOBAL f", "LOAD_CONST 2", "CALL 1",
                "LOAD_FAST a", "LOAD_CONST 1", "BINARY_OP +", "RETURN_VALUE", "STORE_GLOBAL y", "LOAD_CONST None",
                "RETURN_VALUE"), ops);
        assertEquals("op.enter", steps.get(4).narration().key());
        assertEquals(List.of(1, 1, 3, 3, 3, 2, 2, 2, 2, 3, 3, 3),
                steps.stream().map(Step::line).collect(Collectors.toList()));
    }

    @Test
    void aStepCarriesTheStateChangesAndObjectsItTouched() {
        List<Step> steps = Runs.steps("import threading\nlock = threading.Lock()\nlock.acquire()\nprint('held')\n",
                RunOptions.defaults());
        Step acquire = steps.stream().filter(s -> s.line() == 3 && s.opName().startsWith("CALL")).findFirst()
                .orElseThrow();
        assertEquals(1, acquire.events().size());
        assertEquals(lockstep.sim.trace.TraceEvent.Kind.ACQUIRE, acquire.events().get(0).kind());
        lockstep.sim.trace.TraceEvent.Acquired taken = (lockstep.sim.trace.TraceEvent.Acquired) acquire.events().get(0);
        assertEquals(acquire.thread(), taken.thread());
        assertEquals(new lockstep.sim.trace.ObjectName.Variable("lock"), taken.object().name());
        Step print = steps.stream().filter(s -> s.line() == 4 && s.opName().startsWith("CALL")).findFirst()
                .orElseThrow();
        assertEquals(lockstep.sim.trace.TraceEvent.Kind.PRINT, print.events().get(0).kind());
    }
}
