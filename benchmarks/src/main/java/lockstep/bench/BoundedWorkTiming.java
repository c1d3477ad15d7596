package lockstep.bench;

import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.Simulator;

/**
 * Times single micro-ops that handle much data: a substring search whose needle almost matches everywhere
 * ({@code 'a' * 10**5 + 'b' in 'a' * 10**7}) and one big string repetition ({@code 'ab' * 2 * 10**7}), each as
 * a whole simulated run (steps, status, wall time); then programs that keep what they make until the run's memory
 * budget stops them (big strings, lists of distinct ints, small instances linked one to the next), which time the
 * census of what a program holds. Arguments scale the search: the needle's and the text's length
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
        time("held: 10 MB strings", "held = []\nwhile True:\n    held.append('x' * 10**7)\n");
        time("held: lists of new ints", "held = []\nwhile True:\n    held.append(list(range(10**5)))\n");
        time("held: linked instances", "class Node:\n    def __init__(self, next):\n        self.next = next\n"
                + "head = None\nwhile True:\n    head = Node(head)\n");
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
