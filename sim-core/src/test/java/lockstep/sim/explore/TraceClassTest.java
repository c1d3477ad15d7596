package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.machine.AccessLog;
import org.junit.jupiter.api.Test;

/** The trace names of {@link TraceClass}: equal exactly for runs equal up to swapping independent operations. */
class TraceClassTest {
    private final Map<String, Object> module = new HashMap<>();

    private Execution.Op op(int thread, AccessLog.Kind kind, String name) {
        return new Execution.Op(thread, new Footprint(List.of(new Footprint.Entry(module, name, kind)), false, false),
                false);
    }

    private static String name(Execution.Op... run) {
        return new TraceClass(List.of(run)).normalForm();
    }

    @Test
    void independentOperationsSwapAndDependentOnesDoNot() {
        Execution.Op writeX = op(2, AccessLog.Kind.WRITE, "x");
        Execution.Op writeY = op(3, AccessLog.Kind.WRITE, "y");
        Execution.Op readX = op(3, AccessLog.Kind.READ, "x");
        assertEquals("2 3", name(writeY, writeX));
        assertEquals(name(writeX, writeY), name(writeY, writeX));
        assertEquals("2 3", name(writeX, readX));
        assertEquals("3 2", name(readX, writeX));
        Execution.Op readXToo = op(2, AccessLog.Kind.READ, "x");
        assertEquals(name(readXToo, readX), name(readX, readXToo));
    }

    @Test
    void silentWaitsAreNoOperations() {
        Execution.Op silent = new Execution.Op(2, new Footprint(List.of(), false, false), true);
        assertEquals("3", name(silent, op(3, AccessLog.Kind.WRITE, "x")));
    }
}
