package lockstep.bench;

import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import lockstep.sim.explore.ExploreMode;
import lockstep.sim.explore.ExploreMonitor;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Explorer;
import lockstep.sim.explore.Outcome;

/**
 * Times the explorer on the lost-update census (two threads, N increments each): the state search and the
 * sleep-set search without stored states, after a warm-up, printing the wall time, the executions per second and the
 * counts per final x. A measurement program, not a test. Arguments: the values of N (default 1 2 3 5).
 */
public final class ExplorerTiming {
    private ExplorerTiming() {}

    public static void main(String[] args) throws Exception {
        String[] ns = args.length == 0 ? new String[] {"1", "2", "3", "5"} : args;
        explore(census("2"), ExploreMode.STATES); // warm-up
        for (String n : ns) {
            for (ExploreMode mode : new ExploreMode[] {ExploreMode.STATES, ExploreMode.DPOR}) {
                if (mode == ExploreMode.DPOR && Integer.parseInt(n) > 3) {
                    continue;
                }
                long t0 = System.nanoTime();
                ExploreResult r = explore(census(n), mode);
                double seconds = (System.nanoTime() - t0) / 1e9;
                Map<Object, Object> byX = new TreeMap<>();
                for (Outcome o : r.outcomes()) {
                    byX.put(o.globals().get("x"), o.count());
                }
                System.out.printf("2 x N=%s %-6s %8.2f s  %,9d executions (%,.0f/s)  %,8d states  %s interleavings %s%n",
                        n, mode.cliName(), seconds, r.executions(), r.executions() / seconds, r.states(),
                        r.interleavings(), byX);
            }
        }
    }

    private static Program census(String n) throws Exception {
        return Simulator.compile("lost_update.py", Programs.source("lost_update.py").replace("N = 200", "N = " + n));
    }

    private static ExploreResult explore(Program p, ExploreMode mode) {
        return Explorer.explore(p, RunOptions.defaults(), ExploreOptions.defaults().withMode(mode),
                ExploreMonitor.NONE);
    }
}
