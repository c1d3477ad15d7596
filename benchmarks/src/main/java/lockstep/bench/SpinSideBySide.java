package lockstep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.explore.ExploreMonitor;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Explorer;
import lockstep.sim.explore.Outcome;

/**
 * Lockstep's state search beside SPIN on the counter race: for every model in SPIN's committed output
 * ({@code benchmarks/spin/results.txt}, made by {@code benchmarks/spin/run.sh}) it runs the same program through
 * the explorer and prints one row with both outcome sets, whether they are equal, both times and both state
 * counts. A measurement program, not a test. Arguments: {@code [--results PATH] [--max-seconds S] [MODEL...]},
 * models written as in the results ({@code 2x3}); by default every model, each stopped after 600 s.
 */
public final class SpinSideBySide {
    private static final String ROW = "%-6s %-30s %-5s %10s %10s %9s %12s %9s %11s %13s%n";

    private SpinSideBySide() {}

    /** One row of SPIN's output: the model, its outcome set, its figures. */
    record SpinFigures(String model, int threads, int increments, String outcomes, long stored, long storedNoPor,
                       long panMillis) {
        static SpinFigures parse(String line) {
            String[] c = line.trim().split("\\s+");
            String[] tn = c[0].split("x");
            return new SpinFigures(c[0], Integer.parseInt(tn[0]), Integer.parseInt(tn[1]), c[1],
                    Long.parseLong(c[2]), Long.parseLong(c[5]), Long.parseLong(c[8]));
        }
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of("benchmarks/spin/results.txt");
        double maxSeconds = 600;
        Set<String> only = new TreeSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--results" -> results = Path.of(args[++i]);
                case "--max-seconds" -> maxSeconds = Double.parseDouble(args[++i]);
                default -> only.add(args[i]);
            }
        }
        List<SpinFigures> models = new ArrayList<>();
        for (String line : Files.readAllLines(results)) {
            if (line.trim().matches("\\d+x\\d+\\s.*")) {
                models.add(SpinFigures.parse(line));
            }
        }
        explore(Programs.lostUpdate(2, 2), Double.MAX_VALUE); // warm-up
        System.out.printf(ROW, "model", "outcomes (Lockstep)", "same", "Lockstep s", "executions", "states",
                "interleav.", "SPIN ms", "SPIN stored", "stored noPOR");
        for (SpinFigures spin : models) {
            if (only.isEmpty() || only.contains(spin.model())) {
                row(spin, maxSeconds);
            }
        }
    }

    private static void row(SpinFigures spin, double maxSeconds) {
        long t0 = System.nanoTime();
        ExploreResult r = explore(Programs.lostUpdate(spin.threads(), spin.increments()), maxSeconds);
        double seconds = (System.nanoTime() - t0) / 1e9;
        String outcomes = outcomeSet(r);
        String same = !r.complete() ? "?" : outcomes.equals(spin.outcomes()) ? "yes" : "NO";
        System.out.printf(ROW, spin.model(), outcomes + (r.complete() ? "" : " (stopped)"), same,
                String.format("%.2f", seconds), String.format("%,d", r.executions()), String.format("%,d", r.states()),
                String.format("%,d", r.interleavings()), spin.panMillis(), String.format("%,d", spin.stored()),
                String.format("%,d", spin.storedNoPor()));
    }

    /** The final values of x, written as SPIN's table writes them: {2,3,4}. */
    private static String outcomeSet(ExploreResult r) {
        TreeSet<Long> xs = new TreeSet<>();
        for (Outcome o : r.outcomes()) {
            xs.add((Long) o.globals().get("x"));
        }
        return xs.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static ExploreResult explore(Program program, double maxSeconds) {
        long deadline = System.nanoTime() + (long) Math.min(maxSeconds * 1e9, Long.MAX_VALUE / 2.0);
        ExploreMonitor monitor = new ExploreMonitor() {
            @Override
            public boolean stopRequested() {
                return System.nanoTime() - deadline > 0;
            }
        };
        return Explorer.explore(program, RunOptions.defaults(), ExploreOptions.defaults(), monitor);
    }
}
