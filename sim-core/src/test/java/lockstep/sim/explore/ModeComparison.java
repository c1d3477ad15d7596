package lockstep.sim.explore;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Simulator;
import lockstep.sim.lang.ProgramError;

/**
 * Runs one program under the three exhaustive modes and says where they disagree:
 * <ol>
 * <li>the state search, DPOR and the enumeration of every interleaving find the same outcomes;</li>
 * <li>the state search and DPOR give each outcome the same count of traces, and the same total;</li>
 * <li>the enumeration's runs, grouped by Mazurkiewicz trace ({@link TraceClass}), give each outcome exactly that
 *     count of traces, every run of a trace ending the same way; and no interleaving is run twice.</li>
 * </ol>
 * Nothing here depends on how many executions a mode needs: only outcomes and counts are compared. The enumeration
 * is tried when the state search's estimate of the interleavings is small, and counts only when it ends within
 * {@link Limits#interleavings()} runs; otherwise checks 1 and 2 are made between the state search and DPOR. A
 * program the state search or DPOR cannot finish within {@link Limits#executions()} runs is left out.
 */
final class ModeComparison {
    /** How much of the comparison was made. */
    enum Scope {
        /** The state search or DPOR did not finish within the limit: nothing compared. */
        TOO_BIG,
        /** Checks 1 and 2 between the state search and DPOR. */
        STATES_AND_DPOR,
        /** Checks 1 to 3, every interleaving run. */
        EVERY_INTERLEAVING
    }

    /**
     * How far to go on one program.
     *
     * @param executions    most runs of the state search, and of DPOR, before the program is left out
     * @param interleavings most interleavings enumerated before the enumeration is given up
     */
    record Limits(long executions, long interleavings) {}

    /**
     * What the comparison found.
     *
     * @param differences   what disagrees, one sentence each; empty when all agree
     * @param scope         how much was compared
     * @param traces        the traces the state search counted
     * @param estimate      the state search's estimate of the interleavings, null if it made none
     * @param interleavings the interleavings the enumeration ran, 0 unless its scope was reached
     * @param executions    runs of the program made, replays included
     * @param statuses      how the program's runs end, as the state search found
     */
    record Report(List<String> differences, Scope scope, BigInteger traces, BigInteger estimate,
                  long interleavings, long executions, Set<RunStatus> statuses) {}

    /** The runs of one trace met in the enumeration: how many, and the choices of the first. */
    private static final class Met {
        final List<Integer> choices;
        long runs;

        Met(List<Integer> choices) {
            this.choices = choices;
        }
    }

    private static final RunOptions RUN = RunOptions.defaults();
    /**
     * Knuth's estimate runs high on these programs (two to five times the count, as measured): a program estimated
     * at up to this many times the limit is tried, and given up when it reaches the limit.
     */
    private static final long ESTIMATE_SLACK = 4;

    private final Limits limits;
    private final List<String> differences = new ArrayList<>();
    private long executions;
    private long interleavings;

    private ModeComparison(Limits limits) {
        this.limits = limits;
    }

    /** Compares the modes on {@code source}. */
    static Report compare(String source, Limits limits) {
        Program program;
        try {
            program = Simulator.compile("generated.py", source);
        } catch (ProgramError e) {
            return new Report(List.of("does not compile: " + e.getMessage()), Scope.TOO_BIG, BigInteger.ZERO, null,
                    0, 0, Set.of());
        }
        return new ModeComparison(limits).compare(program);
    }

    private Report compare(Program program) {
        ExploreResult states = exhaustive(program, ExploreMode.STATES);
        ExploreResult dpor = states == null ? null : exhaustive(program, ExploreMode.DPOR);
        if (dpor == null) {
            return new Report(List.copyOf(differences), Scope.TOO_BIG, BigInteger.ZERO, null, 0, executions,
                    Set.of());
        }
        Map<Outcome.Key, BigInteger> counts = counts(states);
        expectEqual("outcomes and counts, states vs dpor", counts, counts(dpor));
        expectEqual("interleavings, states vs dpor", states.interleavings(), dpor.interleavings());
        boolean small = states.estimate() == null || states.estimate().compareTo(
                BigInteger.valueOf(ESTIMATE_SLACK).multiply(BigInteger.valueOf(limits.interleavings()))) <= 0;
        boolean enumerated = small && states.complete() && enumerate(program, counts);
        Set<RunStatus> statuses = EnumSet.noneOf(RunStatus.class);
        states.outcomes().forEach(o -> statuses.add(o.status()));
        return new Report(List.copyOf(differences), enumerated ? Scope.EVERY_INTERLEAVING : Scope.STATES_AND_DPOR,
                states.interleavings(), states.estimate(), enumerated ? interleavings : 0, executions, statuses);
    }

    /** The mode's result, or null when it did not finish within the limit. */
    private ExploreResult exhaustive(Program program, ExploreMode mode) {
        ExploreResult r = Explorer.explore(program, RUN,
                ExploreOptions.defaults().withMode(mode).withMaxExecutions(limits.executions()), ExploreMonitor.NONE);
        executions += r.executions();
        if (r.stopReason() == StopReason.MAX_EXECUTIONS) {
            return null;
        }
        if (!r.complete()) {
            differences.add(mode.cliName() + " stopped before the end: " + r.stopReason().jsonName());
        }
        return r;
    }

    /** Checks 1 and 3 against the state search's {@code counts}; false if the enumeration was too long to finish. */
    private boolean enumerate(Program program, Map<Outcome.Key, BigInteger> counts) {
        TreeSearch all = new TreeSearch(program, RUN,
                ExploreOptions.defaults().withMode(ExploreMode.ALL).withMaxExecutions(limits.interleavings()),
                ExploreMonitor.NONE);
        Map<String, Met> traces = new HashMap<>();
        Set<String> sequences = new HashSet<>();
        long[] runs = {0};
        all.histories = history -> {
            runs[0]++;
            sequences.add(TraceClass.threadSequence(history));
            traces.computeIfAbsent(new TraceClass(history).normalForm(), k -> new Met(choices(history))).runs++;
        };
        ExploreResult result = all.search();
        executions += result.executions();
        interleavings = runs[0];
        if (!result.complete()) {
            return false;
        }
        Map<Outcome.Key, BigInteger> everyInterleaving = counts(result);
        expectEqual("outcomes, states vs every interleaving", counts.keySet(), everyInterleaving.keySet());
        expectEqual("interleavings run vs runs seen", result.interleavings(), BigInteger.valueOf(runs[0]));
        expectEqual("distinct interleavings vs runs", (long) sequences.size(), runs[0]);
        Map<Outcome.Key, BigInteger> tracesPerOutcome = new HashMap<>();
        Map<Outcome.Key, BigInteger> runsPerOutcome = new HashMap<>();
        for (Map.Entry<String, Met> e : new TreeMap<>(traces).entrySet()) {
            Met met = e.getValue();
            Outcome.Key key = replay(program, met.choices);
            tracesPerOutcome.merge(key, BigInteger.ONE, BigInteger::add);
            runsPerOutcome.merge(key, BigInteger.valueOf(met.runs), BigInteger::add);
        }
        expectEqual("traces per outcome, states vs every interleaving grouped by trace", counts, tracesPerOutcome);
        // Every run of a trace ends as the trace's first run did: else some outcome's runs would be miscounted.
        expectEqual("interleavings per outcome, every interleaving vs its traces", everyInterleaving,
                runsPerOutcome);
        return true;
    }

    /** Every choice of the run, silent waits included: replaying them gives the same run. */
    private static List<Integer> choices(List<Execution.Op> history) {
        List<Integer> out = new ArrayList<>(history.size());
        for (Execution.Op op : history) {
            out.add(op.thread());
        }
        return out;
    }

    private Outcome.Key replay(Program program, List<Integer> choices) {
        Execution.Chooser replay = (e, runnable, finished) -> choices.get(e.choices().size());
        executions++;
        RunResult result = new Execution(program, RUN, ExploreOptions.defaults(), replay).run().result();
        return OutcomeTable.keyOf(result);
    }

    private static Map<Outcome.Key, BigInteger> counts(ExploreResult r) {
        Map<Outcome.Key, BigInteger> out = new HashMap<>();
        for (Outcome o : r.outcomes()) {
            out.merge(o.key(), o.count(), BigInteger::add);
        }
        return out;
    }

    private void expectEqual(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            differences.add(what + ":\n      " + describe(expected) + "\n  vs  " + describe(actual));
        }
    }

    /** Maps sorted by their keys' text, so that two figures read side by side. */
    private static String describe(Object figure) {
        if (figure instanceof Map<?, ?> m) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            m.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            return sorted.toString();
        }
        if (figure instanceof Set<?> s) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            s.forEach(k -> sorted.put(String.valueOf(k), ""));
            return sorted.keySet().toString();
        }
        return String.valueOf(figure);
    }
}
