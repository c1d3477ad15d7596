package lockstep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;

/**
 * Prints the heap a finished run retains (its result and trace), in bytes per step. The figure is the growth of the
 * used heap after full collections, with the result held, over the run's steps.
 */
public final class RetainedMemory {
    private RetainedMemory() {}

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "loop.py";
        Program program = Programs.compile(name);
        long before = usedAfterGc();
        RunResult result = Simulator.run(program, RunOptions.defaults());
        long after = usedAfterGc();
        long retained = Math.max(0, after - before);
        System.out.printf("%s: %s, %,d steps, %,d bytes retained, %.3f bytes per step, %d trace segments, "
                        + "%d trace events%n", name, result.status().jsonName(), result.steps(), retained,
                (double) retained / result.steps(), result.trace().segments().size(), result.trace().events().size());
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
