package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.RunStatus;
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
 * {@code maxWorkerOps}, {@code maxOps}: the {@link ProgramGenerator.Shape}; {@code maxExecutions},
 * {@code maxInterleavings}: the {@link ModeComparison.Limits}.
 */
class DifferentialExploreTest {
    private static final String PREFIX = "lockstep.diff.";
    /** At most this many disagreeing programs are printed. */
    private static final int SHOWN = 5;
    private static final ProgramGenerator.Shape DEFAULT_SHAPE = new ProgramGenerator.Shape(2, 2, 2, 3);
    private static final ModeComparison.Limits DEFAULT_LIMITS = new ModeComparison.Limits(5000, 600);

    @Test
    void stateSearchDporAndEveryInterleavingAgree() {
        int programs = Integer.getInteger(PREFIX + "programs", 100);
        long seed = Long.getLong(PREFIX + "seed", 13);
        ProgramGenerator.Shape shape = new ProgramGenerator.Shape(
                Integer.getInteger(PREFIX + "minWorkers", DEFAULT_SHAPE.minWorkers()),
                Integer.getInteger(PREFIX + "maxWorkers", DEFAULT_SHAPE.maxWorkers()),
                Integer.getInteger(PREFIX + "maxWorkerOps", DEFAULT_SHAPE.maxWorkerOps()),
                Integer.getInteger(PREFIX + "maxOps", DEFAULT_SHAPE.maxOps()));
        ModeComparison.Limits limits = new ModeComparison.Limits(
                Long.getLong(PREFIX + "maxExecutions", DEFAULT_LIMITS.executions()),
                Long.getLong(PREFIX + "maxInterleavings", DEFAULT_LIMITS.interleavings()));
        ProgramGenerator generator = new ProgramGenerator(seed, shape);
        List<String> failures = new ArrayList<>();
        int disagreeing = 0;
        Map<ModeComparison.Scope, Integer> scopes = new EnumMap<>(ModeComparison.Scope.class);
        Map<RunStatus, Integer> endings = new EnumMap<>(RunStatus.class);
        long executions = 0;
        BigInteger traces = BigInteger.ZERO;
        for (int i = 0; i < programs; i++) {
            ProgramGenerator.GeneratedProgram p = generator.next();
            ModeComparison.Report r = ModeComparison.compare(p.source(), limits);
            executions += r.executions();
            traces = traces.add(r.traces());
            scopes.merge(r.scope(), 1, Integer::sum);
            r.statuses().forEach(status -> endings.merge(status, 1, Integer::sum));
            if (!r.differences().isEmpty()) {
                disagreeing++;
                if (failures.size() < SHOWN) {
                    failures.add("program " + p.index() + " (seed " + seed + ", " + p.workers() + " workers, "
                            + p.operations() + " operations):\n" + p.source() + String.join("\n", r.differences()));
                }
            }
        }
        String summary = programs + " programs (seed " + seed + ", " + shape + ", " + limits + "): " + scopes
                + ", programs per way of ending " + endings + ", " + traces + " traces, " + executions + " executions, "
                + disagreeing + " disagreeing";
        System.out.println("DifferentialExploreTest: " + summary);
        int shown = disagreeing;
        assertTrue(failures.isEmpty(), () -> summary + "\n\n" + String.join("\n\n", failures)
                + (shown > SHOWN ? "\n\n... and " + (shown - SHOWN) + " more" : ""));
        if (shape.equals(DEFAULT_SHAPE) && limits.equals(DEFAULT_LIMITS)) {
            // The default programs are small enough that a fair share is compared with every interleaving.
            int everyInterleaving = scopes.getOrDefault(ModeComparison.Scope.EVERY_INTERLEAVING, 0);
            assertTrue(everyInterleaving * 10 >= programs, summary);
            assertEquals(0, scopes.getOrDefault(ModeComparison.Scope.TOO_BIG, 0), summary);
            assertTrue(endings.getOrDefault(RunStatus.DEADLOCK, 0) > 0, summary);
        }
    }
}
