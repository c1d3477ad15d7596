package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lockstep.sim.machine.AccessLog;
import org.junit.jupiter.api.Test;

/** The trace names of {@link TraceClass}: equal exactly for runs equal up to swapping independent operations. */
class TraceClassTest {
    private static final Set<String> DATA = Set.of("x", "y");
    private final Map<String, Object> module = new HashMap<>();

    private Execution.Op op(int thread, AccessLog.Kind kind, String name) {
        return new Execution.Op(thread, new Footprint(List.of(new Footprint.Entry(module, name, kind)), false, false),
                false);
    }

    private static String name(Execution.Op... run) {
        return new TraceClass(List.of(run), DATA).normalForm();
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

    @Test
    void aStumpJoinsItsThreadsNextOperation() {
        Execution.Op lookUp = op(2, AccessLog.Kind.READ, "print");
        Execution.Op readX = op(2, AccessLog.Kind.READ, "x");
        Execution.Op writeX = op(3, AccessLog.Kind.WRITE, "x");
        // The look-up ran before the other thread's write, the read after: one operation, after the write.
        assertEquals(name(writeX, readX), name(lookUp, writeX, readX));
        assertNotEquals(name(readX, writeX), name(lookUp, writeX, readX));
        // A read of data is an operation of its own.
        assertEquals("2 2 3", name(readX, writeX, op(2, AccessLog.Kind.WRITE, "y")));
    }
}
