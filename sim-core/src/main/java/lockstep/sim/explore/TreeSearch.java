package lockstep.sim.explore;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.machine.SimThread;
import lockstep.sim.machine.StateWalk;

/**
 * The exhaustive searches, depth first over the choice points where two or more threads may run.
 *
 * <p>With sleep sets (states and dpor modes), a thread whose next operation was already explored from an earlier
 * point and is independent of everything run since is asleep, and is not run again: what it would lead to is counted
 * elsewhere. This explores each Mazurkiewicz trace exactly once — its lexicographically first interleaving, threads in
 * id order — so counting the runs that end counts the traces. With states stored (states mode), a choice point whose
 * machine state and sleep set were met before is not explored again: its counts per outcome are added as they were
 * found, which counts billions of traces without running them.
 *
 * <p>Runs start from the beginning and replay the choices that lead to a point (the simulator is deterministic); a
 * run goes on past the point it was started for, down the first choice at each new point. An operation that only
 * ends waiting, having changed nothing, is no operation at all: the thread could not go on, and the point stays
 * where it was.
 */
final class TreeSearch implements Execution.Chooser {
    /** A choice point: a machine state, with the threads asleep there. */
    private record Key(long high, long low, long sleeping) {}

    /** A thread asleep, with the footprint of the operation it would do. */
    private record Sleeper(int thread, Footprint footprint) {}

    /** A choice point being explored. */
    private static final class Node {
        final Key key;
        final Node parent;
        /** The choices from the start to this point, and the silent waits tried here since. */
        final List<Integer> path;
        /** How many of {@link #path}'s choices lead to the point itself: its walk is taken there. */
        final int base;
        final int[] candidates;
        int next;
        final List<Sleeper> sleeping;
        final List<Sleeper> done = new ArrayList<>();
        BigInteger[] counts = new BigInteger[0];

        Node(Key key, Node parent, List<Integer> path, int[] candidates, List<Sleeper> sleeping) {
            this.key = key;
            this.parent = parent;
            this.path = path;
            this.base = path.size();
            this.candidates = candidates;
            this.sleeping = sleeping;
        }

        void add(int outcome, BigInteger n) {
            if (outcome >= counts.length) {
                counts = java.util.Arrays.copyOf(counts, outcome + 1);
            }
            counts[outcome] = counts[outcome] == null ? n : counts[outcome].add(n);
        }

        void addAll(BigInteger[] more) {
            for (int i = 0; i < more.length; i++) {
                if (more[i] != null) {
                    add(i, more[i]);
                }
            }
        }
    }

    static java.util.Map<String, Integer> DEBUG;
    static List<List<Execution.Op>> HISTORIES;

    private final Program program;
    private final RunOptions run;
    private final ExploreOptions options;
    private final ExploreMonitor monitor;
    private final boolean sleepSets;
    private final boolean storeStates;
    private final StateWalk.Registry registry = new StateWalk.Registry();
    private final Map<Key, BigInteger[]> memo = new HashMap<>();
    private final OutcomeTable outcomes = new OutcomeTable();
    private final ArrayDeque<Node> stack = new ArrayDeque<>();
    private final Node root = new Node(null, null, List.of(), new int[0], List.of());
    private long executions;
    private StopReason stop;

    // The run in progress.
    private List<Integer> plan = List.of();
    private int planned;
    private Node target;
    private Node pendingAt;
    private StateWalk targetWalk;
    private StateWalk pendingWalk;
    private List<Sleeper> sleepingHere = List.of();
    private List<Sleeper> live = new ArrayList<>();
    private int preemptions;

    TreeSearch(Program program, RunOptions run, ExploreOptions options, ExploreMonitor monitor) {
        this.program = program;
        this.run = run;
        this.options = options;
        this.monitor = monitor;
        this.sleepSets = options.mode() != ExploreMode.ALL && options.preemptionBound() < 0;
        this.storeStates = options.mode() == ExploreMode.STATES && options.preemptionBound() < 0;
    }

    ExploreResult search() {
        stack.push(root);
        execute(List.of(), null);
        while (stop == null && stack.size() > 1) {
            Node n = stack.peek();
            if (n.next >= n.candidates.length) {
                finish(n);
                continue;
            }
            execute(n.path, n);
        }
        if (stop == null) {
            stop = StopReason.EXHAUSTED;
        }
        BigInteger total = BigInteger.ZERO;
        for (BigInteger c : root.counts) {
            if (c != null) {
                total = total.add(c);
            }
        }
        return new ExploreResult(outcomes.outcomes(root.counts), total, executions, memo.size(), stop, null, null);
    }

    private void finish(Node n) {
        stack.pop();
        if (storeStates) {
            memo.put(n.key, n.counts);
        }
        n.parent.addAll(n.counts);
    }

    /** One run from the start: replays {@code path}, then explores from {@code at} (null: from the start). */
    private void execute(List<Integer> path, Node at) {
        if (monitor.stopRequested()) {
            stop = StopReason.STOPPED;
            return;
        }
        if (options.maxExecutions() > 0 && executions >= options.maxExecutions()) {
            stop = StopReason.MAX_EXECUTIONS;
            return;
        }
        executions++;
        plan = path;
        planned = 0;
        target = at;
        pendingAt = null;
        live = new ArrayList<>();
        preemptions = 0;
        Execution e = new Execution(program, run, options, this);
        if (HISTORIES != null) {
            e.history = new ArrayList<>();
        }
        e.run();
        if (HISTORIES != null && e.result() != null) {
            HISTORIES.add(e.history);
        }
        if (e.result() != null) {
            count(e);
        }
        if ((executions & 255) == 0) {
            monitor.progress(new ExploreProgress(executions, memo.size(), outcomes.size(), outcomes.anyDeadlock()));
        }
    }

    private void count(Execution e) {
        RunResult result = e.result();
        int id = outcomes.record(result, e.choices().size(), preemptions);
        stack.peek().add(id, BigInteger.ONE);
        if (options.stopAtFirstDeadlock() && result.status() == RunStatus.DEADLOCK) {
            stop = StopReason.FIRST_DEADLOCK;
        }
    }

    @Override
    public void ended(Execution e, Execution.Op last) {
        if (pendingAt != null && last != null && !last.blockedSilently()) {
            pendingAt.done.add(new Sleeper(last.thread(), last.footprint().canonical(pendingWalk)));
        }
        pendingAt = null;
    }

    @Override
    public int choose(Execution e, List<SimThread> runnable, Execution.Op finished) {
        int choice = decide(e, runnable, finished);
        if (choice != Execution.ABANDON && finished != null && choice != finished.thread()
                && contains(runnable, finished.thread())) {
            preemptions++;
        }
        return choice;
    }

    private int decide(Execution e, List<SimThread> runnable, Execution.Op finished) {
        if (target != null && planned == target.base) {
            // At the point itself, before the silent waits tried there: the canonical numbers are this state's.
            targetWalk = e.walk(registry);
        }
        if (planned < plan.size()) {
            return plan.get(planned++);
        }
        if (target != null) {
            // Arrived where this run was started for.
            Node n = target;
            target = null;
            StateWalk walk = targetWalk;
            List<Sleeper> here = new ArrayList<>();
            for (Sleeper s : n.sleeping) {
                here.add(new Sleeper(s.thread, s.footprint.live(walk)));
            }
            for (Sleeper s : n.done) {
                here.add(new Sleeper(s.thread, s.footprint.live(walk)));
            }
            return pick(n, walk, here);
        }
        if (pendingAt != null && finished != null) {
            Node n = pendingAt;
            pendingAt = null;
            if (finished.blockedSilently()) {
                n.path.add(finished.thread());
                return pick(n, pendingWalk, sleepingHere);
            }
            n.done.add(new Sleeper(finished.thread(), finished.footprint().canonical(pendingWalk)));
            live = awake(sleepingHere, finished);
        } else if (finished != null && !finished.blockedSilently()) {
            live = awake(live, finished);
        }
        return point(e, runnable);
    }

    /** A new choice point on the way down. */
    private int point(Execution e, List<SimThread> runnable) {
        int[] candidates = candidates(runnable, live);
        if (candidates.length == 0) {
            // Everything that could run is asleep: every run from here is counted elsewhere.
            return Execution.ABANDON;
        }
        if (candidates.length == 1) {
            return candidates[0];
        }
        StateWalk walk = e.walk(registry);
        Key key = new Key(walk.high(), walk.low(), mask(live));
        if (storeStates) {
            BigInteger[] known = memo.get(key);
            if (known != null) {
                stack.peek().addAll(known);
                return Execution.ABANDON;
            }
            if (memo.size() >= options.maxStates()) {
                stop = StopReason.MAX_STATES;
                return Execution.ABANDON;
            }
        }
        List<Sleeper> canonical = new ArrayList<>();
        for (Sleeper s : live) {
            canonical.add(new Sleeper(s.thread, s.footprint.canonical(walk)));
        }
        Node n = new Node(key, stack.peek(), new ArrayList<>(e.choices()), candidates, canonical);
        stack.push(n);
        return pick(n, walk, new ArrayList<>(live));
    }

    /** The next thread to try at {@code n}, with the sleepers there; abandons when none is left. */
    private int pick(Node n, StateWalk walk, List<Sleeper> here) {
        if (n.next >= n.candidates.length || stop != null) {
            return Execution.ABANDON;
        }
        pendingAt = n;
        pendingWalk = walk;
        sleepingHere = here;
        return n.candidates[n.next++];
    }

    /** The sleepers that stay asleep after {@code op}: those independent of it. */
    private List<Sleeper> awake(List<Sleeper> sleeping, Execution.Op op) {
        if (!sleepSets) {
            return new ArrayList<>();
        }
        List<Sleeper> still = new ArrayList<>();
        for (Sleeper s : sleeping) {
            if (s.thread != op.thread() && !s.footprint.conflicts(op.footprint())) {
                still.add(s);
            } else if (DEBUG != null && s.thread != op.thread()) {
                DEBUG.merge("T" + s.thread + " vs T" + op.thread() + ": " + s.footprint.why(op.footprint()), 1, Integer::sum);
            }
        }
        return still;
    }

    private static int[] candidates(List<SimThread> runnable, List<Sleeper> sleeping) {
        int[] ids = new int[runnable.size()];
        int n = 0;
        for (SimThread t : runnable) {
            boolean asleep = false;
            for (Sleeper s : sleeping) {
                asleep |= s.thread == t.id();
            }
            if (!asleep) {
                ids[n++] = t.id();
            }
        }
        int[] out = java.util.Arrays.copyOf(ids, n);
        java.util.Arrays.sort(out);
        return out;
    }

    private static long mask(List<Sleeper> sleeping) {
        long m = 0;
        for (Sleeper s : sleeping) {
            m |= 1L << (s.thread & 63);
        }
        return m;
    }

    private static boolean contains(List<SimThread> runnable, int id) {
        for (SimThread t : runnable) {
            if (t.id() == id) {
                return true;
            }
        }
        return false;
    }
}
