package lockstep.sim.explore;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.Schedule;

/**
 * The outcomes a search has met, numbered in the order met, each with an example run: the shortest and the least
 * preempted of the runs that reached it.
 */
final class OutcomeTable {
    /** One outcome's examples. */
    private static final class Seen {
        final Outcome.Key key;
        RunResult shortestRun;
        int shortestLength = Integer.MAX_VALUE;
        Schedule leastPreempted;
        int preemptions = Integer.MAX_VALUE;

        Seen(Outcome.Key key) {
            this.key = key;
        }
    }

    private final Map<Outcome.Key, Integer> ids = new LinkedHashMap<>();
    private final List<Seen> seen = new ArrayList<>();
    /**
     * Whether ties are broken by content rather than by the order met: when several threads search, the order met
     * varies from run to run, and the table must not.
     */
    private final boolean orderedTies;

    OutcomeTable() {
        this(false);
    }

    OutcomeTable(boolean orderedTies) {
        this.orderedTies = orderedTies;
    }

    /** The number of {@code run}'s outcome, noting the run as an example of it. */
    synchronized int record(RunResult run, int operations, int preemptions) {
        Outcome.Key key = keyOf(run);
        Integer id = ids.get(key);
        if (id == null) {
            id = seen.size();
            ids.put(key, id);
            seen.add(new Seen(key));
        }
        Seen s = seen.get(id);
        if (operations < s.shortestLength || operations == s.shortestLength && orderedTies
                && run.schedule().toText().compareTo(s.shortestRun.schedule().toText()) < 0) {
            s.shortestLength = operations;
            s.shortestRun = run;
        }
        if (preemptions < s.preemptions || preemptions == s.preemptions && orderedTies
                && run.schedule().toText().compareTo(s.leastPreempted.toText()) < 0) {
            s.preemptions = preemptions;
            s.leastPreempted = run.schedule();
        }
        return id;
    }

    synchronized int size() {
        return seen.size();
    }

    synchronized boolean anyDeadlock() {
        for (Seen s : seen) {
            if (s.key.status() == RunStatus.DEADLOCK) {
                return true;
            }
        }
        return false;
    }

    /** The outcomes with their counts ({@code counts[i]} for outcome i; missing or null is zero), most first. */
    synchronized List<Outcome> outcomes(BigInteger[] counts) {
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            Seen s = seen.get(i);
            BigInteger count = i < counts.length && counts[i] != null ? counts[i] : BigInteger.ZERO;
            out.add(new Outcome(s.key.status(), s.key.output(), s.key.globals(), s.key.problem(), count,
                    s.shortestRun.schedule(), s.shortestLength, s.leastPreempted, s.preemptions,
                    s.shortestRun.finalState()));
        }
        // Stable: ties keep the order in which the outcomes were met, or of their content when that order varies.
        Comparator<Outcome> order = Comparator.comparing(Outcome::count).reversed();
        if (orderedTies) {
            order = order.thenComparing(o -> o.key().toString());
        }
        out.sort(order);
        return out;
    }

    /** What makes two runs end the same way. */
    static Outcome.Key keyOf(RunResult run) {
        String problem = null;
        if (run.status() == RunStatus.DEADLOCK && run.deadlock() != null) {
            problem = run.deadlock().explanation();
        } else if (run.status() != RunStatus.COMPLETED && run.error() != null) {
            problem = lastLine(run.error());
        }
        return new Outcome.Key(run.status(), run.output(), run.globals(), problem);
    }

    private static String lastLine(String text) {
        String t = text.strip();
        int nl = t.lastIndexOf('\n');
        return nl < 0 ? t : t.substring(nl + 1);
    }
}
