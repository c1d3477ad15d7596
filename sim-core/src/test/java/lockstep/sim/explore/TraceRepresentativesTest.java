package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import lockstep.sim.machine.AccessLog;
import org.junit.jupiter.api.Test;

/**
 * The search runs each Mazurkiewicz trace once: projected on the reads and writes of x, the runs of three threads
 * each doing {@code x += 1} (started, then joined, by the main thread) are exactly the 36 traces of the model —
 * every one met, none twice. Joins make the main thread wait, so this also checks waits that change nothing.
 */
class TraceRepresentativesTest {
    @Test
    void everyTraceOfTheModelOnce() throws Exception {
        String program = "import threading\nx = 0\ndef add():\n    global x\n    x += 1\n"
                + "ts = [threading.Thread(target=add) for _ in range(3)]\nfor t in ts: t.start()\n"
                + "for t in ts: t.join()\n";
        Map<String, Integer> found = new TreeMap<>();
        for (ExploreMode mode : new ExploreMode[] {ExploreMode.DPOR, ExploreMode.STATES}) {
            TreeSearch search = new TreeSearch(Simulator.compile("three.py", program), RunOptions.defaults(),
                    ExploreOptions.defaults().withMode(mode), ExploreMonitor.NONE);
            found.clear();
            search.histories = ops -> found.merge(normalForm(xAccesses(ops)), 1, Integer::sum);
            search.search();
            Set<String> model = new TreeSet<>();
            interleavings(new ArrayList<>(), new boolean[6], new String[] {"2r", "2w", "3r", "3w", "4r", "4w"},
                    model);
            assertEquals(36, model.size());
            if (mode == ExploreMode.DPOR) {
                // Every trace run once, each its own run.
                assertEquals(model, found.keySet(), mode.cliName());
                assertEquals(new HashSet<>(List.of(1)), new HashSet<>(found.values()), mode.cliName());
            } else {
                // Stored states stand for runs not made: what was run is a subset, each trace at most once.
                assertEquals(true, model.containsAll(found.keySet()), mode.cliName());
            }
        }
    }

    /** Optimal DPOR (what {@code --mode dpor} runs) makes one run per trace of the model, and no other run. */
    @Test
    void optimalDporRunsEveryTraceOfTheModelOnce() throws Exception {
        String program = "import threading\nx = 0\ndef add():\n    global x\n    x += 1\n"
                + "ts = [threading.Thread(target=add) for _ in range(3)]\nfor t in ts: t.start()\n"
                + "for t in ts: t.join()\n";
        OptimalDpor search = new OptimalDpor(Simulator.compile("three.py", program), RunOptions.defaults(),
                ExploreOptions.defaults().withMode(ExploreMode.DPOR), ExploreMonitor.NONE);
        Map<String, Integer> found = new TreeMap<>();
        search.histories = ops -> found.merge(normalForm(xAccesses(ops)), 1, Integer::sum);
        ExploreResult result = search.search();
        Set<String> model = new TreeSet<>();
        interleavings(new ArrayList<>(), new boolean[6], new String[] {"2r", "2w", "3r", "3w", "4r", "4w"}, model);
        assertEquals(model, found.keySet());
        assertEquals(new HashSet<>(List.of(1)), new HashSet<>(found.values()));
        assertEquals(36, result.executions());
        assertEquals(0, search.sleepBlocked());
    }

    /** The accesses to x of a run, as thread id and r or w, in order (the main thread's first write left out). */
    private static List<String> xAccesses(List<Execution.Op> ops) {
        List<String> out = new ArrayList<>();
        for (Execution.Op o : ops) {
            for (Footprint.Entry e : o.footprint().entries) {
                if ("x".equals(e.name()) && e.target() instanceof Map && o.thread() != 1) {
                    out.add(o.thread() + (e.kind() == AccessLog.Kind.READ ? "r" : "w"));
                    break;
                }
            }
        }
        return out;
    }

    /** The lexicographically first interleaving equivalent to {@code ops} (reads of x commute). */
    static String normalForm(List<String> ops) {
        int n = ops.size();
        boolean[] done = new boolean[n];
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int best = -1;
            for (int j = 0; j < n; j++) {
                if (!done[j] && ready(ops, done, j) && (best < 0 || ops.get(j).compareTo(ops.get(best)) < 0)) {
                    best = j;
                }
            }
            done[best] = true;
            sb.append(ops.get(best)).append(' ');
        }
        return sb.toString().strip();
    }

    private static boolean ready(List<String> ops, boolean[] done, int j) {
        for (int i = 0; i < j; i++) {
            String a = ops.get(i);
            String b = ops.get(j);
            boolean dependent = a.charAt(0) == b.charAt(0) || !(a.endsWith("r") && b.endsWith("r"));
            if (dependent && !done[i]) {
                return false;
            }
        }
        return true;
    }

    private static void interleavings(List<String> seq, boolean[] used, String[] ops, Set<String> out) {
        if (seq.size() == ops.length) {
            for (String t : new String[] {"2", "3", "4"}) {
                if (seq.indexOf(t + "r") > seq.indexOf(t + "w")) {
                    return;
                }
            }
            out.add(normalForm(seq));
            return;
        }
        for (int i = 0; i < ops.length; i++) {
            if (!used[i]) {
                used[i] = true;
                seq.add(ops[i]);
                interleavings(seq, used, ops, out);
                seq.remove(seq.size() - 1);
                used[i] = false;
            }
        }
    }
}
