package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential testing of the explorer: on small generated programs ({@link ProgramGenerator}), the state search,
 * DPOR and the enumeration of every interleaving agree on the outcomes and on how many traces reach each
 * ({@link ModeComparison} says what is compared). A failure prints each disagreeing program with the figures.
 *
 * <p>Enumerating every interleaving is what costs: even two threads of one operation each have about 200
 * interleavings once the threads' start and end are counted, so the default run is sized to take well under a
 * minute on one core. Longer campaigns, with larger programs, are a matter of system properties, for example:
 * <pre>
 * ./mvnw -B -o -pl sim-core test -Dtest=DifferentialExploreTest \
 *     -Dlockstep.diff.programs=20000 -Dlockstep.diff.seed=7 -Dlockstep.diff.maxWorkers=3 \
 *     -Dlockstep.diff.maxWorkerOps=4 -Dlockstep.diff.maxOps=12 -Dlockstep.diff.maxInterleavings=20000
 * </pre>
 * {@code programs}: how many; {@code seed}: the generator's; {@code minWorkers}, {@code maxWorkers},
 * {@code maxWorkerOps}, {@code maxOps}: the {@link ProgramGenerator.Shape}; {@code maxInterleavings}: programs whose
 * estimated number of interleavings is larger are compared by the state search and DPOR only.
 */
class DifferentialExploreTest {
    private static final String PREFIX = "lockstep.diff.";
    /** At most this many disagreeing programs are printed. */
    private static final int SHOWN = 5;

    @Test
    void stateSearchDporAndEveryInterleavingAgree() {
        int programs = Integer.getInteger(PREFIX + "programs", 200);
        long seed = Long.getLong(PREFIX + "seed", 13);
        ProgramGenerator.Shape shape = new ProgramGenerator.Shape(Integer.getInteger(PREFIX + "minWorkers", 2),
                Integer.getInteger(PREFIX + "maxWorkers", 2), Integer.getInteger(PREFIX + "maxWorkerOps", 2),
                Integer.getInteger(PREFIX + "maxOps", 3));
        long maxInterleavings = Long.getLong(PREFIX + "maxInterleavings", 1500);
        ProgramGenerator generator = new ProgramGenerator(seed, shape);
        List<String> failures = new ArrayList<>();
        int disagreeing = 0;
        int enumerated = 0;
        long executions = 0;
        BigInteger traces = BigInteger.ZERO;
        for (int i = 0; i < programs; i++) {
            ProgramGenerator.GeneratedProgram p = generator.next();
            ModeComparison.Report r = ModeComparison.compare(p.source(), ProgramGenerator.DATA, maxInterleavings);
            executions += r.executions();
            traces = traces.add(r.traces());
            enumerated += r.enumerated() ? 1 : 0;
            if (!r.differences().isEmpty()) {
                disagreeing++;
                if (failures.size() < SHOWN) {
                    failures.add("program " + p.index() + " (seed " + seed + ", " + p.workers() + " workers, "
                            + p.operations() + " operations):\n" + p.source() + String.join("\n", r.differences()));
                }
            }
        }
        String summary = programs + " programs (seed " + seed + ", " + shape + "): " + enumerated
                + " with every interleaving run, " + traces + " traces, " + executions + " executions, "
                + disagreeing + " disagreeing";
        System.out.println("DifferentialExploreTest: " + summary);
        int shown = disagreeing;
        assertTrue(failures.isEmpty(), () -> summary + "\n\n" + String.join("\n\n", failures)
                + (shown > SHOWN ? "\n\n... and " + (shown - SHOWN) + " more" : ""));
    }
}
