package lockstep.sim.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import org.junit.jupiter.api.Test;

/** The history of shared variables: every change, by which thread, agreeing with the pictures. */
class VariableHistoryTest {
    private static final String RACE = """
            import threading
            x = 0
            def inc():
                global x
                for i in range(50):
                    x += 1
            ts = [threading.Thread(target=inc, name=n) for n in ('A', 'B')]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            print(x)
            """;

    @Test
    void aLostUpdateShowsAsTheValueGoingBack() {
        Program program = Inspecting.compile(RACE);
        RunOptions options = RunOptions.defaults().withQuantum(3);
        RunResult result = Simulator.run(program, options);
        long fin = (Long) result.globals().get("x");
        assertTrue(fin < 100, "the race loses updates under this quantum: " + fin);
        try (Inspector inspector = new Inspector(program, options)) {
            VariableHistory history = inspector.history();
            List<VariableHistory.Change> changes = history.changes(1000, "x");
            assertEquals("0", changes.get(0).value());
            assertEquals("MainThread", changes.get(0).threadName());
            assertEquals(String.valueOf(fin), changes.get(changes.size() - 1).value());
            Set<String> writers = changes.stream().map(VariableHistory.Change::threadName).collect(Collectors.toSet());
            assertEquals(Set.of("MainThread", "A", "B"), writers);
            // Every store is a change, those that write the value already there included: 1 + 2 * 50 of them.
            assertEquals(101, changes.size());
            boolean lost = false;
            for (int i = 1; i < changes.size(); i++) {
                lost |= Long.parseLong(changes.get(i).value()) <= Long.parseLong(changes.get(i - 1).value());
            }
            assertTrue(lost, "a lost update writes a value no larger than the one before");

            // Each change shows in the picture at its step, and not in the one before.
            for (VariableHistory.Change c : changes.subList(1, Math.min(changes.size(), 30))) {
                assertEquals(c.value(), inspector.snapshotAt(c.step()).process(1000).variable("x"));
                assertEquals(c.value(), history.valueAt(1000, "x", c.step()));
            }
            long middle = changes.get(changes.size() / 2).step();
            List<VariableHistory.Change> recent = history.changesUpTo(1000, "x", middle, 3);
            assertEquals(3, recent.size());
            assertEquals(middle, recent.get(2).step());
        }
    }

    @Test
    void mutationsOfAListAndAttributesOfProgramObjectsAreChanges() {
        Program program = Inspecting.compile("""
                class Box:
                    def __init__(self):
                        self.n = 0
                box = Box()
                seen = []
                for i in range(3):
                    seen.append(i)
                    box.n += 10
                seen[0] = 'first'
                """);
        try (Inspector inspector = new Inspector(program, RunOptions.defaults())) {
            VariableHistory history = inspector.history();
            assertEquals(List.of("box.n", "seen", "i"), history.names(1000));
            assertEquals(List.of("[]", "[0]", "[0, 1]", "[0, 1, 2]", "['first', 1, 2]"),
                    history.changes(1000, "seen").stream().map(VariableHistory.Change::value).toList());
            assertEquals(List.of("0", "10", "20", "30"),
                    history.changes(1000, "box.n").stream().map(VariableHistory.Change::value).toList());
            assertNull(history.valueAt(1000, "seen", 0));
            assertFalse(history.truncated());
        }
    }
}
