package lockstep.bench;

import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.Simulator;

/**
 * Times {@code many_timers.py}: 500 threads that sleep and wait with timeouts, where the cost is the machine's
 * timers (which thread wakes next) rather than the program's steps. Prints wall time, steps and rounds per second;
 * a measurement program, not a test.
 */
public final class TimerTiming {
    private TimerTiming() {}

    public static void main(String[] args) {
        Program program = Programs.compile("many_timers.py");
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        // One core runs a slice per round; several cores and the random policy choose again before every step,
        // which is where a scan of every thread per round cost the most.
        time("1 core, rr", program, RunOptions.defaults(), repeats);
        time("2 cores", program, RunOptions.defaults().withCores(2), repeats);
        time("random", program, RunOptions.defaults().withPolicy(SchedulingPolicy.RANDOM), repeats);
    }

    private static void time(String label, Program program, RunOptions options, int repeats) {
        // CPU time of this thread as well as wall time: on a shared machine the wall time says little.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        RunResult result = null;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            result = Simulator.run(program, options);
            bestCpu = Math.min(bestCpu, (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("many_timers, %s: %s, output %s, %,d steps, %,d slices, best of %d %.3f s wall,"
                        + " %.3f s cpu, %.2f million steps/s of cpu, %.6f s virtual%n", label,
                result.status().jsonName(), result.outputText().strip(), result.steps(),
                result.schedule().slices().size(), repeats, best, bestCpu, result.steps() / bestCpu / 1e6,
                result.timeSeconds());
    }
}
