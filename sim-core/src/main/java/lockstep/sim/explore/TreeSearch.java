package lockstep.sim.explore;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>Each choice point keeps a copy of the machine there ({@link Execution.Snapshot}), and the runs that explore its
 * other choices go on from that copy. When a program holds something no copy can reproduce, runs start from the
 * beginning instead and replay the choices that lead to the point (the simulator is deterministic). A run goes on
 * past the point it was started for, down the first choice at each new point. An operation that only ends waiting,
 * having changed nothing, is no operation at all: the thread could not go on, and the point stays where it was.
 */
final class TreeSearch {
    /** Points deeper than this are not handed to other threads: their subtrees are too small to be worth it. */
    private static final int MAX_HAND_OVER_DEPTH = 48;

    /**
     * A choice point: a machine state's fingerprint (which leaves time out), the threads asleep there, and the step
     * count and clock where what happens below depends on them ({@link #TIME_FREE} for both where it does not).
     */
    private record Key(long high, long low, long sleeping, long steps, long clock) {
        static final long TIME_FREE = -1;

        Key(long high, long low, long sleeping) {
            this(high, low, sleeping, TIME_FREE, TIME_FREE);
        }

        Key at(long stepsNow, long clockNow) {
            return new Key(high, low, sleeping, stepsNow, clockNow);
        }
    }

    /**
     * A choice point searched to the end: its counts, whether anything below it read the time, and how many steps the
     * longest run below it took from there.
     */
    private record Stored(BigInteger[] counts, boolean timed, long longest) {}

    /** A choice point being explored. */
    private static final class Node {
        final Key key;
        /** Where its counts go when it is finished: its parent, or the task that searches it on another thread. */
        Node parent;
        /** The choices from the start to this point, and the silent waits tried here since. */
        final List<Integer> path;
        /** How many of {@link #path}'s choices lead to the point itself: its walk is taken there. */
        int base;
        final int[] candidates;
        int next;
        /** The threads asleep here, and those whose choices here are done: not run here again. */
        List<Sleeper> sleeping;
        List<Sleeper> done = new ArrayList<>();
        BigInteger[] counts = new BigInteger[0];
        /** The machine here, for the runs that go on from it; null when runs replay from the start. */
        Execution.Snapshot snapshot;
        /** The preemptions on the way here, and the thread whose operation ended last. */
        int preemptionsHere;
        int previousHere;
        /** Its subtrees searched by other threads, whose counts are added when it is finished. */
        final List<SearchCrew<Node>.Job> forked = new ArrayList<>();
        /** The step count and clock here. */
        long steps;
        long clock;
        /**
         * Whether what happens below depends on the time here: something below read the clock, a timer was pending,
         * or a run reached the step limit. Such a point is merged only with one at the same step and clock.
         */
        boolean timed;
        /** The most steps any run below had taken from the start. */
        long deepest;

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

        /** Adds a subtree's counts, with what it says about time. */
        void absorb(BigInteger[] more, boolean subtreeTimed, long subtreeDeepest) {
            addAll(more);
            timed |= subtreeTimed;
            deepest = Math.max(deepest, subtreeDeepest);
        }

        void addAll(BigInteger[] more) {
            for (int i = 0; i < more.length; i++) {
                if (more[i] != null) {
                    add(i, more[i]);
                }
            }
        }
    }

    /** Told each finished run's operations, in order, when set: for tests that check what the runs were. */
    java.util.function.Consumer<List<Execution.Op>> histories;

    private final Program program;
    private final RunOptions run;
    private final ExploreOptions options;
    private final ExploreMonitor monitor;
    private final boolean sleepSets;
    private final boolean storeStates;
    /** What walks and copies learn about classes: one per thread, as neither is shared between threads. */
    private final ThreadLocal<StateWalk.Registry> registries = ThreadLocal.withInitial(StateWalk.Registry::new);
    private final ThreadLocal<lockstep.sim.machine.CopyPlans> planSets =
            ThreadLocal.withInitial(lockstep.sim.machine.CopyPlans::new);
    /** Whether choice points keep copies of the machine; off for good once one cannot be made. */
    private volatile boolean snapshots = true;
    private final Map<Key, Stored> memo;
    /** Under the GIL, where threads switch depends on the clock: every point is timed. */
    private boolean alwaysTimed;
    private final OutcomeTable outcomes;
    private final Node root = new Node(null, null, List.of(), new int[0], List.of());
    private final AtomicLong executions = new AtomicLong();
    private volatile StopReason stop;
    /** Whether the preemption bound left some choice out. */
    private volatile boolean cut;
    /** How many threads share the search. */
    private final int workers;
    /** The threads that share the search, while it runs; null for a search on the calling thread alone. */
    private SearchCrew<Node> crew;

    TreeSearch(Program program, RunOptions run, ExploreOptions options, ExploreMonitor monitor) {
        this.program = program;
        this.run = run;
        this.options = options;
        this.monitor = monitor;
        this.sleepSets = options.mode() != ExploreMode.ALL && options.preemptionBound() < 0;
        this.storeStates = options.mode() == ExploreMode.STATES && options.preemptionBound() < 0;
        boolean parallel = options.workers() > 1 && options.preemptionBound() < 0;
        this.workers = parallel ? options.workers() : 1;
        this.memo = parallel ? new ConcurrentHashMap<>() : new HashMap<>();
        this.outcomes = new OutcomeTable(parallel);
        this.alwaysTimed = options.gilSwitchesOnly() || run.policy() == lockstep.sim.SchedulingPolicy.GIL;
    }

    /** Makes every run start from the beginning and replay its choices, as when no copy can be made (for tests). */
    TreeSearch replayingOnly() {
        snapshots = false;
        return this;
    }

    /** Keeps the step count and clock in every point's key, as under the GIL (for tests that compare the two). */
    TreeSearch keepingTime() {
        alwaysTimed = true;
        return this;
    }

    /**
     * Keeps copies even when {@link #histories} is set. A resumed run's history begins with the operations of the run
     * that made the copy, whose footprints name that run's objects, not the copy's: only a test that reads the threads
     * of the operations, not what they touched, may ask for it.
     */
    TreeSearch copiesWithHistories() {
        copiesWithHistories = true;
        return this;
    }

    private boolean copiesWithHistories;

    ExploreResult search() {
        if (histories != null && !copiesWithHistories) {
            snapshots = false;
        }
        crew = workers > 1 ? new SearchCrew<>(workers - 1) : null;
        try {
            new Searcher().explore(root, null);
        } catch (RuntimeException | Error failed) {
            // The other threads stop at their next choice rather than search on for nobody.
            stop = StopReason.STOPPED;
            throw failed;
        } finally {
            if (crew != null) {
                crew.close();
            }
        }
        if (stop == null) {
            stop = cut ? StopReason.BOUNDED : StopReason.EXHAUSTED;
        }
        BigInteger total = BigInteger.ZERO;
        for (BigInteger c : root.counts) {
            if (c != null) {
                total = total.add(c);
            }
        }
        return new ExploreResult(outcomes.outcomes(root.counts), total, executions.get(), memo.size(), stop, null,
                null);
    }

    /**
     * A depth-first search of one subtree, on one thread: the whole tree, or a subtree another thread handed over.
     * It is the scheduler of the runs it makes.
     */
    private final class Searcher implements Execution.Chooser {
        private final StateWalk.Registry registry = registries.get();
        private final lockstep.sim.machine.CopyPlans plans = planSets.get();
        private final ArrayDeque<Node> stack = new ArrayDeque<>();
        // The run in progress.
        private List<Integer> plan = List.of();
        private int planned;
        private Node target;
        private Node pendingAt;
        private StateWalk targetWalk;
        /** The snapshot the run in progress was started on (its point keeps it no more), until it arrives there. */
        private Execution.Snapshot consumed;
        /** How the run in progress names objects at {@link #pendingAt}. */
        private Footprint.Names pendingNames;
        private List<Sleeper> sleepingHere = List.of();
        private List<Sleeper> live = new ArrayList<>();
        private int preemptions;
        /** The thread whose operation ended last in the run in progress; 0 before the first. */
        private int previous;

        /**
         * Searches below {@code base}: from the start when {@code start} is null, else {@code start}'s choices (its
         * parent then being {@code base}). Returns {@code base}, with the counts and times found below it.
         */
        Node explore(Node base, Node start) {
            stack.push(base);
            if (start == null) {
                execute(List.of(), null);
            } else {
                stack.push(start);
            }
            while (stop == null && stack.size() > 1) {
                Node n = stack.peek();
                if (n.next >= n.candidates.length) {
                    finish(n);
                    continue;
                }
                execute(n.path, n);
            }
            joinForked(base);
            return base;
        }

        private static void joinForked(Node n) {
            for (SearchCrew<Node>.Job task : n.forked) {
                Node searched = task.join();
                n.absorb(searched.counts, searched.timed, searched.deepest);
            }
        }

        private void finish(Node n) {
            stack.pop();
            joinForked(n);
            if (storeStates) {
                memo.put(n.timed ? n.key.at(n.steps, n.clock) : n.key,
                        new Stored(n.counts, n.timed, n.deepest - n.steps));
            }
            n.parent.absorb(n.counts, n.timed, n.deepest);
        }

        /**
         * The stored point this one is the same as, if any: one at the same step and clock, or one whose search never
         * looked at the time and would stay within the step limit from here.
         */
        private Stored recall(Key key, Execution e) {
            Stored timeFree = memo.get(key);
            if (timeFree != null && !timeFree.timed() && e.steps() + timeFree.longest() < run.maxSteps()) {
                return timeFree;
            }
            return memo.get(key.at(e.steps(), e.clock()));
        }

        /** One run from the start: replays {@code path}, then explores from {@code at} (null: from the start). */
        private void execute(List<Integer> path, Node at) {
            if (monitor.stopRequested()) {
                stop = StopReason.STOPPED;
                return;
            }
            if (options.maxExecutions() > 0 && executions.get() >= options.maxExecutions()) {
                stop = StopReason.MAX_EXECUTIONS;
                return;
            }
            long made = executions.incrementAndGet();
            target = at;
            pendingAt = null;
            live = new ArrayList<>();
            Execution e;
            Execution.Snapshot from = at == null ? null : at.snapshot;
            if (from != null) {
                plan = List.of();
                planned = 0;
                preemptions = at.preemptionsHere;
                previous = at.previousHere;
                // The last choice left here needs the kept machine no more: it runs on it, uncopied.
                boolean last = remaining(at) == 1;
                e = new Execution(program, run, options, this, from, plans, last);
                if (last) {
                    consumed = from;
                    at.snapshot = null;
                }
            } else {
                // A copy: silent waits tried during this run are added to the point's own path.
                plan = List.copyOf(path);
                planned = 0;
                preemptions = 0;
                previous = 0;
                e = new Execution(program, run, options, this);
            }
            if (histories != null) {
                e.history = from != null ? new ArrayList<>(from.history()) : new ArrayList<>();
            }
            e.run();
            if (histories != null && e.result() != null) {
                histories.accept(e.history);
            }
            if (e.result() != null) {
                count(e);
            }
            if ((made & 255) == 0) {
                synchronized (monitor) {
                    monitor.progress(new ExploreProgress(made, memo.size(), outcomes.size(), outcomes.anyDeadlock()));
                }
            }
        }

        private void count(Execution e) {
            RunResult result = e.result();
            int id = outcomes.record(result, e.choices().size(), preemptions);
            Node top = stack.peek();
            top.add(id, BigInteger.ONE);
            top.deepest = Math.max(top.deepest, e.steps());
            top.timed |= result.status() == RunStatus.STEP_LIMIT;
            if (options.stopAtFirstDeadlock() && result.status() == RunStatus.DEADLOCK) {
                stop = StopReason.FIRST_DEADLOCK;
            }
        }

        @Override
        public void ended(Execution e, Execution.Op last) {
            noteTime(last);
            if (pendingAt != null && last != null && !last.blockedSilently()) {
                pendingAt.done.add(new Sleeper(last.thread(), last.footprint().canonical(pendingNames)));
            }
            pendingAt = null;
        }

        @Override
        public int choose(Execution e, List<SimThread> runnable, Execution.Op finished) {
            if (finished != null) {
                previous = finished.thread();
            }
            noteTime(finished);
            int choice = decide(e, runnable, finished);
            if (Execution.preempts(choice, runnable, finished)) {
                preemptions++;
            }
            return choice;
        }

        private int decide(Execution e, List<SimThread> runnable, Execution.Op finished) {
            if (target != null && target.snapshot == null && consumed == null && planned == target.base) {
                // At the point itself, before the silent waits tried there: the canonical numbers are this state's.
                targetWalk = e.walk(registry);
            }
            if (planned < plan.size()) {
                int c = plan.get(planned);
                if (!Execution.canRun(runnable, c)) {
                    throw new IllegalStateException("replay diverges at " + planned + " of " + plan.size() + ", base "
                            + (target == null ? -1 : target.base) + ", plan " + plan);
                }
                planned++;
                return c;
            }
            if (target != null) {
                // Arrived where this run was started for.
                Node n = target;
                target = null;
                Footprint.Names names = n.snapshot == null && consumed == null ? Footprint.of(targetWalk)
                        : e.resumedCopies() == null ? Footprint.SAME : Footprint.of(null, e.resumedCopies());
                consumed = null;
                List<Sleeper> here = new ArrayList<>();
                for (Sleeper s : n.sleeping) {
                    here.add(new Sleeper(s.thread(), s.footprint().live(names)));
                }
                for (Sleeper s : n.done) {
                    here.add(new Sleeper(s.thread(), s.footprint().live(names)));
                }
                return pick(n, names, here, runnable);
            }
            if (pendingAt != null && finished != null) {
                Node n = pendingAt;
                pendingAt = null;
                if (finished.blockedSilently()) {
                    n.path.add(finished.thread());
                    if (n.snapshot != null && remaining(n) > 0 && !keep(n, e, sleepingHere, finished.thread())) {
                        // No copy now: runs to this point replay, and its walk is taken after the waits.
                        n.snapshot = null;
                        n.base = n.path.size();
                        Footprint.Names names = Footprint.of(e.walk(registry));
                        n.sleeping = canonical(sleepingHere, names);
                        n.done = new ArrayList<>();
                        pendingNames = names;
                    }
                    return pick(n, pendingNames, sleepingHere, runnable);
                }
                n.done.add(new Sleeper(finished.thread(), finished.footprint().canonical(pendingNames)));
                live = awake(sleepingHere, finished);
            } else if (finished != null && !finished.blockedSilently()) {
                live = awake(live, finished);
            }
            return point(e, runnable);
        }

        /**
         * Keeps the machine of {@code e} as {@code n}'s, with the threads in {@code asleep} (live) asleep there. Once a
         * copy cannot be made, no later point keeps one.
         */
        private boolean keep(Node n, Execution e, List<Sleeper> asleep, int previousThread) {
            Execution.Snapshot snapshot;
            try {
                snapshot = e.snapshot(plans);
            } catch (lockstep.sim.machine.MachineCopier.NotCopyable refused) {
                snapshots = false;
                return false;
            }
            Footprint.Names names = Footprint.of(snapshot.copies(), null);
            n.snapshot = snapshot;
            n.sleeping = canonical(asleep, names);
            n.done = new ArrayList<>();
            n.preemptionsHere = preemptions;
            n.previousHere = previousThread;
            pendingNames = names;
            return true;
        }


        private static List<Sleeper> canonical(List<Sleeper> live, Footprint.Names names) {
            List<Sleeper> out = new ArrayList<>(live.size());
            for (Sleeper s : live) {
                out.add(new Sleeper(s.thread(), s.footprint().canonical(names)));
            }
            return out;
        }

        /** How many of {@code n}'s choices are left to explore (some may turn out unable to run). */
        static int remaining(Node n) {
            return n.candidates.length - n.next;
        }

        /** An operation that read the clock makes the point it ran below depend on the time there. */
        private void noteTime(Execution.Op op) {
            if (op != null && op.footprint().readsClock) {
                stack.peek().timed = true;
            }
        }

        /** A new choice point on the way down. */
        private int point(Execution e, List<SimThread> runnable) {
            int[] candidates = bounded(candidates(runnable, live), runnable);
            if (candidates.length == 0) {
                // Everything that could run is asleep: every run from here is counted elsewhere.
                stack.peek().deepest = Math.max(stack.peek().deepest, e.steps());
                return Execution.ABANDON;
            }
            if (candidates.length == 1) {
                return candidates[0];
            }
            StateWalk walk = storeStates || !snapshots ? e.walk(registry) : null;
            Key key = walk == null ? null : new Key(walk.high(), walk.low(), mask(live));
            if (storeStates) {
                Stored known = recall(key, e);
                if (known != null) {
                    stack.peek().absorb(known.counts(), known.timed(), e.steps() + known.longest());
                    return Execution.ABANDON;
                }
                if (memo.size() >= options.maxStates()) {
                    stop = StopReason.MAX_STATES;
                    return Execution.ABANDON;
                }
            }
            Node n = new Node(key, stack.peek(), new ArrayList<>(e.choices()), candidates, List.of());
            n.steps = e.steps();
            n.clock = e.clock();
            n.deepest = n.steps;
            n.timed = alwaysTimed || e.timersPending();
            if (!snapshots || !keep(n, e, live, previous)) {
                if (walk == null) {
                    walk = e.walk(registry);
                }
                Footprint.Names names = Footprint.of(walk);
                n.sleeping = canonical(live, names);
                pendingNames = names;
            }
            if (n.snapshot != null && shouldHandOver()) {
                // Another thread searches below this point, from its copy; this run ends here.
                Node taskBase = new Node(null, null, List.of(), new int[0], List.of());
                n.parent = taskBase;
                stack.peek().forked.add(crew.handOver(() -> new Searcher().explore(taskBase, n)));
                return Execution.ABANDON;
            }
            stack.push(n);
            return pick(n, pendingNames, new ArrayList<>(live), runnable);
        }

        /**
         * Whether to hand a new point to another thread: when searching on several, a thread is idle with nothing
         * queued for it, and this thread has other choices of the point above to go on with meanwhile (else it would
         * only wait for the other).
         */
        private boolean shouldHandOver() {
            return crew != null && histories == null && stack.size() < MAX_HAND_OVER_DEPTH
                    && remaining(stack.peek()) > 0 && crew.wanted();
        }

        /**
         * Under a preemption bound that is used up, the thread that ran last goes on while it can: switching away from
         * it would be one preemption too many.
         */
        private int[] bounded(int[] candidates, List<SimThread> runnable) {
            if (options.preemptionBound() < 0 || preemptions < options.preemptionBound() || previous == 0
                    || !Execution.canRun(runnable, previous) || candidates.length < 2) {
                return candidates;
            }
            for (int c : candidates) {
                if (c == previous) {
                    cut = true;
                    return new int[] {previous};
                }
            }
            return candidates;
        }

        /** The next thread to try at {@code n}, with the sleepers there; abandons when none is left. */
        private int pick(Node n, Footprint.Names names, List<Sleeper> here, List<SimThread> runnable) {
            // A candidate that was waiting for a lock another candidate has since taken (silently, trying it) is no
            // longer a choice here.
            while (n.next < n.candidates.length && !Execution.canRun(runnable, n.candidates[n.next])) {
                n.next++;
            }
            if (n.next >= n.candidates.length || stop != null) {
                return Execution.ABANDON;
            }
            pendingAt = n;
            pendingNames = names;
            sleepingHere = here;
            return n.candidates[n.next++];
        }

        /** The sleepers that stay asleep after {@code op}: those independent of it. */
        private List<Sleeper> awake(List<Sleeper> sleeping, Execution.Op op) {
            return sleepSets ? Sleeper.stillAsleep(sleeping, op) : new ArrayList<>();
        }
    }

    private static int[] candidates(List<SimThread> runnable, List<Sleeper> sleeping) {
        int[] ids = new int[runnable.size()];
        int n = 0;
        for (SimThread t : runnable) {
            if (!Sleeper.isAsleep(sleeping, t.id())) {
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
            m |= 1L << (s.thread() & 63);
        }
        return m;
    }
}
