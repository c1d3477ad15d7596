package lockstep.bench;

import java.util.Arrays;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;
import lockstep.sim.inspect.Inspector;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.inspect.VariableHistory;

/**
 * Times the inspector on the contention program (eight threads, one lock, about a million steps): the picture at
 * step 500,000 from a fresh inspector (a run from the start), one step forward from there (the paused run goes on),
 * one step back (from the pictures taken behind it, or a new run once past them), and the variable history of the
 * whole run. Prints medians in milliseconds. A measurement program, not a test; the first rounds warm the JIT up.
 */
public final class InspectorTiming {
    private static final int ROUNDS = 7;

    private InspectorTiming() {}

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "contention.py";
        long target = args.length > 1 ? Long.parseLong(args[1]) : 500_000;
        Program program = Programs.compile(name);
        RunOptions options = RunOptions.defaults();

        double[] fullRun = new double[ROUNDS];
        double[] jump = new double[ROUNDS];
        double[] forward = new double[ROUNDS];
        double[] backCached = new double[ROUNDS];
        double[] backRerun = new double[ROUNDS];
        double[] backMany = new double[ROUNDS];
        double[] history = new double[ROUNDS];
        long steps = 0;
        int changes = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            RunResult full = Simulator.run(program, options);
            fullRun[round] = millis(t0);
            steps = full.steps();
            try (Inspector inspector = new Inspector(program, options)) {
                t0 = System.nanoTime();
                Snapshot at = inspector.snapshotAt(target);
                jump[round] = millis(t0);
                check(at, target);

                t0 = System.nanoTime();
                for (int i = 1; i <= 100; i++) {
                    check(inspector.snapshotAt(target + i), target + i);
                }
                forward[round] = millis(t0) / 100;

                t0 = System.nanoTime();
                check(inspector.snapshotAt(target - 1), target - 1);
                backCached[round] = millis(t0);

                t0 = System.nanoTime();
                long past = target - Inspector.BACK_WINDOW - 1;
                check(inspector.snapshotAt(past), past);
                backRerun[round] = millis(t0);

                // Stepping back one step at a time, 640 steps: one new run per BACK_WINDOW steps.
                t0 = System.nanoTime();
                for (int i = 1; i <= 10 * Inspector.BACK_WINDOW; i++) {
                    check(inspector.snapshotAt(past - i), past - i);
                }
                backMany[round] = millis(t0) / (10 * Inspector.BACK_WINDOW);
            }
            try (Inspector inspector = new Inspector(program, options)) {
                t0 = System.nanoTime();
                VariableHistory h = inspector.history();
                history[round] = millis(t0);
                changes = h.size();
            }
        }
        System.out.printf("%s: %,d steps; picture at step %,d; medians of %d rounds%n", name, steps, target, ROUNDS);
        System.out.printf("  whole run (Simulator.run)               %8.1f ms%n", median(fullRun));
        System.out.printf("  picture at %,d (new run)            %8.1f ms%n", target, median(jump));
        System.out.printf("  one step forward (paused run goes on)   %8.3f ms%n", median(forward));
        System.out.printf("  one step back (picture kept)            %8.3f ms%n", median(backCached));
        System.out.printf("  one step back past the kept pictures    %8.1f ms (a new run)%n", median(backRerun));
        System.out.printf("  stepping back 640 steps, per step       %8.2f ms%n", median(backMany));
        System.out.printf("  variable history of the whole run       %8.1f ms (%,d changes)%n", median(history), changes);
    }

    private static void check(Snapshot s, long step) {
        if (s.step() != step) {
            throw new IllegalStateException("asked for step " + step + ", got " + s.step());
        }
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
