package lockstep.bench;

import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;

/**
 * Times single micro-ops that handle much data: a substring search whose needle almost matches everywhere
 * ({@code 'a' * 10**5 + 'b' in 'a' * 10**7}) and one big string repetition ({@code 'ab' * 2 * 10**7}), each as
 * a whole simulated run (steps, status, wall time). Arguments scale the search: the needle's and the text's length
 * ({@code 100000 10000000} by default), so a slower build can be measured on smaller inputs. A measurement program,
 * not a test.
 */
public final class BoundedWorkTiming {
    private BoundedWorkTiming() {}

    public static void main(String[] args) throws Exception {
        long needle = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        long text = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000;
        time("substring search", "print('a' * " + needle + " + 'b' in 'a' * " + text + ")\n");
        time("str * n", "s = 'ab' * (2 * 10**7)\nprint(len(s))\n");
        time("str * n past the budget", "s = 'ab' * 10**9\n");
    }

    private static void time(String what, String source) throws Exception {
        var program = Simulator.compile("bounded.py", source);
        Simulator.run(program, RunOptions.defaults()); // warm-up
        long t0 = System.nanoTime();
        RunResult result = Simulator.run(program, RunOptions.defaults());
        double seconds = (System.nanoTime() - t0) / 1e9;
        String outcome = result.error() == null ? result.outputText().strip()
                : result.error().strip().lines().reduce((a, b) -> b).orElse("");
        System.out.printf("%-24s %-10s %,12d steps %8.3f s wall  %s%n", what, result.status().jsonName(),
                result.steps(), seconds, outcome);
    }
}
