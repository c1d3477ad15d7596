package lockstep.sim.explore;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.machine.CopyPlans;
import lockstep.sim.machine.MachineCopier;
import lockstep.sim.machine.SimThread;
import lockstep.sim.machine.StateWalk;
import lockstep.sim.trace.TraceEvent;

/**
 * Optimal dynamic partial-order reduction (Abdulla, Aronis, Jonsson, Sagonas, POPL 2014; JACM 2017 "Source sets"):
 * one execution per Mazurkiewicz trace, none of them ending with every thread asleep. Each run goes to the end; its
 * races are then found ({@link RaceAnalysis}) and each race's reversal is inserted into the wakeup tree of the
 * choice point before the race's first operation, unless a thread asleep there already covers it. The search goes
 * back to the deepest point whose wakeup tree still holds a sequence, and the next run goes on from a copy of the
 * machine kept at that point ({@link KeptPoint}, with the run's operations and lock waits up to there), replays the
 * silent waits tried there since, follows the sequence, then takes the first thread awake at every new point. A
 * thread explored from a point falls asleep there; it stays asleep below while what runs commutes with its operation.
 * When the program holds something no copy can reproduce, the search starts again and every run starts from the
 * beginning, replaying the choices to its point.
 *
 * <p>Identity across executions: a point names the objects of its state ({@link Footprint.Names}) as they were in the
 * run that made it, whose copy's map holds exactly those; a run on a copy of the point names them through that map and
 * its own, a run below through the names each point's making run gave the point above. Replaying instead, the
 * simulator is deterministic, so a point is the same machine state in every run that replays its choices, and its
 * {@link StateWalk} numbers that state's objects the same way in each. Sleepers are kept named against their point
 * (their operation starts there, so anything it touches that the point does not hold is its own and dropped). A
 * wakeup tree's operations run after the point and may touch objects made since; they are named against the point as
 * {@link RootedFootprint}s, every object made after the point being taken as one object — dependence only grows, so a
 * sequence may be kept that could have been merged, never one lost. Operations of the finished run are compared with
 * each other live, exactly (those before the point a run went on from are renamed to its copy's objects). When a
 * subtree is handed to the next point down, it is renamed from one point's names to the other's, both of the run in
 * progress.
 *
 * <p>A thread waiting for a lock, a condition or a queue is not among those that can run, or its operation only finds
 * it cannot go on (a silent wait, no operation at all). A race whose reversal would need a lock still held is not
 * reversed; the acquisition races with the previous one instead. A sequence that still meets a thread unable to go on
 * is dropped where it fails (counted in {@link #infeasible()}).
 */
final class OptimalDpor implements Execution.Chooser {
    /** Told each finished run's operations, in order, when set: for tests that check what the runs were. */
    Consumer<List<Execution.Op>> histories;

    private final Program program;
    private final RunOptions run;
    private final ExploreOptions options;
    private final ExploreMonitor monitor;
    private final StateWalk.Registry registry = new StateWalk.Registry();
    private final CopyPlans plans = new CopyPlans();
    /** Whether choice points keep copies of the machine; off for good once one cannot be made. */
    private boolean copying = true;
    /** A copy could not be made in the search in progress: it starts again, replaying. */
    private boolean restart;
    private OutcomeTable outcomes = new OutcomeTable();
    /** The choice points from the start of the run in progress down to where it is. */
    private final List<ChoicePoint> points = new ArrayList<>();
    private BigInteger[] counts = new BigInteger[0];
    private long executions;
    private long ended;
    private long sleepBlocked;
    private long infeasible;
    private long redundant;
    private long resumedRuns;
    /** The runs' operations for {@link #histories}, told once the search can no longer start again. */
    private final List<List<Execution.Op>> told = new ArrayList<>();
    private StopReason stop;

    // The run in progress.
    private List<Integer> plan = List.of();
    private int planned;
    private boolean replaying;
    private int nextToWalk;
    private ChoicePoint target;
    private final List<DporEvent> events = new ArrayList<>();
    private final LockWaits waiting = new LockWaits();
    /** The process of each thread of the run in progress that is not in the first. */
    private final Map<Integer, Integer> processOf = new TreeMap<>();
    /** The point whose chosen operation is running; null at a position where one thread alone could run. */
    private ChoicePoint deciding;
    /** The sleepers (live) at {@link #deciding}. */
    private List<Sleeper> pointSleep = List.of();
    /** The sleepers (live) where the run is. */
    private List<Sleeper> live = new ArrayList<>();
    /** The wakeup tree's node last run (its children are what is to follow), named against {@link #followingRoot}. */
    private WakeupTree.Node following;
    private ChoicePoint followingRoot;
    private int preemptions;
    /** The thread whose operation ended last before the run in progress went on from a copy; 0 if none. */
    private int previousAtStart;
    /** The highest thread id met so far in the run in progress. */
    private int newest;

    OptimalDpor(Program program, RunOptions run, ExploreOptions options, ExploreMonitor monitor) {
        this.program = program;
        this.run = run;
        this.options = options;
        this.monitor = monitor;
    }

    /** Makes every run start from the beginning and replay its choices, as when no copy can be made (for tests). */
    OptimalDpor replayingOnly() {
        copying = false;
        return this;
    }

    ExploreResult search() {
        explore();
        if (restart) {
            // Some state could not be copied: the whole search again, every run from the start.
            restart = false;
            copying = false;
            points.clear();
            outcomes = new OutcomeTable();
            counts = new BigInteger[0];
            executions = 0;
            ended = 0;
            sleepBlocked = 0;
            resumedRuns = 0;
            infeasible = 0;
            redundant = 0;
            told.clear();
            explore();
        }
        if (histories != null) {
            told.forEach(histories);
        }
        if (stop == null) {
            stop = StopReason.EXHAUSTED;
        }
        return new ExploreResult(outcomes.outcomes(counts), BigInteger.valueOf(ended), executions, 0, stop, null,
                null);
    }

    private void explore() {
        boolean more = execute(null);
        while (more && stop == null && !restart) {
            more = execute(points.get(points.size() - 1));
        }
    }

    /** Runs that ended with every thread that could run asleep: none, if the reduction is optimal. */
    long sleepBlocked() {
        return sleepBlocked;
    }

    /** Wakeup-tree sequences dropped because a thread in them could not go on where they said. */
    long infeasible() {
        return infeasible;
    }

    /** Runs that went on from a kept copy of the machine rather than from the start. */
    long resumedRuns() {
        return resumedRuns;
    }

    /** Wakeup-tree sequences dropped because their first thread was asleep at their point. */
    long redundant() {
        return redundant;
    }

    /**
     * One run: from a copy of {@code at}'s machine, or from the start replaying the choices to it (from the start
     * exploring when null); then explores from {@code at}. Says whether any run is left.
     */
    private boolean execute(ChoicePoint at) {
        if (monitor.stopRequested()) {
            stop = StopReason.STOPPED;
            return false;
        }
        if (options.maxExecutions() > 0 && executions >= options.maxExecutions()) {
            stop = StopReason.MAX_EXECUTIONS;
            return false;
        }
        executions++;
        planned = 0;
        replaying = false;
        nextToWalk = 0;
        target = at;
        deciding = null;
        live = new ArrayList<>();
        following = null;
        followingRoot = null;
        Execution e = at == null || at.kept == null ? fromStart(at) : resumed(at);
        e.run();
        if (restart) {
            return false;
        }
        if (e.result() != null) {
            if (histories != null) {
                told.add(e.history);
            }
            count(e);
        }
        analyze(e);
        if ((executions & 255) == 0) {
            monitor.progress(new ExploreProgress(executions, 0, outcomes.size(), outcomes.anyDeadlock()));
        }
        return backtrack();
    }

    private Execution fromStart(ChoicePoint at) {
        plan = at == null ? List.of() : List.copyOf(at.path);
        events.clear();
        waiting.clear();
        processOf.clear();
        preemptions = 0;
        previousAtStart = 0;
        newest = 0;
        Execution e = new Execution(program, run, options, this);
        if (histories != null) {
            e.history = new ArrayList<>();
        }
        return e;
    }

    /**
     * A run on a copy of {@code at}'s machine: only the silent waits tried there since are replayed. The points above
     * are named through the copy's map and each point's names for the one above.
     */
    private Execution resumed(ChoicePoint at) {
        KeptPoint kept = at.kept;
        resumedRuns++;
        plan = List.copyOf(at.path.subList(at.base, at.path.size()));
        Execution e = new Execution(program, run, options, this, kept.snapshot, plans, false);
        KeptPoint.Resumed named = kept.resumedBy(e.resumedCopies());
        events.clear();
        events.addAll(named.events());
        waiting.restore(kept.waits);
        processOf.clear();
        processOf.putAll(kept.processOf);
        preemptions = kept.preemptions;
        previousAtStart = kept.previous;
        newest = kept.newest;
        int anchor = points.size() - 1;
        at.names = named.names();
        KeptPoint[] chain = new KeptPoint[points.size()];
        for (int i = 0; i < chain.length; i++) {
            chain[i] = points.get(i).kept;
        }
        for (int i = 0; i < anchor; i++) {
            points.get(i).names = KeptPoint.above(chain, i, anchor, at.names);
        }
        if (histories != null) {
            e.history = new ArrayList<>(kept.snapshot.history());
        }
        return e;
    }

    private void count(Execution e) {
        RunResult result = e.result();
        ended++;
        int id = outcomes.record(result, e.choices().size(), preemptions);
        if (id >= counts.length) {
            counts = java.util.Arrays.copyOf(counts, id + 1);
        }
        counts[id] = counts[id] == null ? BigInteger.ONE : counts[id].add(BigInteger.ONE);
        if (options.stopAtFirstDeadlock() && result.status() == RunStatus.DEADLOCK) {
            stop = StopReason.FIRST_DEADLOCK;
        }
    }

    /** Inserts the reversal of every race of the run into the wakeup tree of its point, unless a sleeper covers it. */
    private void analyze(Execution e) {
        BitSet atPoint = new BitSet();
        ChoicePoint[] byEvent = new ChoicePoint[events.size()];
        for (ChoicePoint p : points) {
            if (p.event < events.size() && p.current != null) {
                atPoint.set(p.event);
                byEvent[p.event] = p;
            }
        }
        List<DporEvent> all = new ArrayList<>(events);
        all.addAll(waiting.pending(newest, processOf));
        for (RaceAnalysis.Reversal r : new RaceAnalysis(all, events.size(), e::sharedByProcesses).reversals(atPoint)) {
            ChoicePoint p = byEvent[r.at()];
            r.sequence().rootAt(p.names);
            if (!coveredBySleeper(p, r.sequence())) {
                p.tree.insert(r.sequence());
            }
        }
    }

    /**
     * Whether a thread asleep at {@code p} is a weak initial of {@code v} (rooted at {@code p}). A sleeper touches only
     * objects of the point's state, so comparing it with {@code v} named against the point is comparing it live.
     */
    private static boolean coveredBySleeper(ChoicePoint p, WakeupSequence v) {
        for (ChoicePoint.Asleep s : p.sleep) {
            if (v.weakInitialRooted(s.thread(), s.footprint(), null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The branch of the deepest point is done: its thread falls asleep there. Goes up to the deepest point with a
     * sequence left; says whether there is one.
     */
    private boolean backtrack() {
        while (!points.isEmpty()) {
            ChoicePoint p = points.get(points.size() - 1);
            WakeupTree.Node done = p.current;
            if (done != null) {
                p.tree.remove(done);
                if (p.event < events.size()) {
                    // Named when it ran, by the run that ran it.
                    p.sleep.add(new ChoicePoint.Asleep(done.thread, done.footprint != null ? done.footprint
                            : RootedFootprint.of(events.get(p.event).footprint(), p.names, true)));
                }
                p.current = null;
            }
            if (p.tree.first() != null && stop == null) {
                return true;
            }
            points.remove(points.size() - 1);
        }
        return false;
    }

    @Override
    public void ended(Execution e, Execution.Op last) {
        String resumed = null;
        if (last != null) {
            resumed = waiting.of(last.thread());
            waiting.note(last.thread(), e.finishedEvents());
        }
        if (last != null && !last.blockedSilently()) {
            record(e, last, resumed);
        }
    }

    @Override
    public int choose(Execution e, List<SimThread> runnable, Execution.Op finished) {
        int choice = decide(e, runnable, finished);
        if (finished == null && previousAtStart != 0) {
            // The first choice of a run on a copy: the operation before it ran in the run that made the copy.
            finished = new Execution.Op(previousAtStart, null, false);
        }
        if (Execution.preempts(choice, runnable, finished)) {
            preemptions++;
        }
        return choice;
    }

    private int decide(Execution e, List<SimThread> runnable, Execution.Op finished) {
        String resumed = null;
        if (finished != null) {
            resumed = waiting.of(finished.thread());
            waiting.note(finished.thread(), e.finishedEvents());
        }
        if (finished != null && !finished.blockedSilently()) {
            record(e, finished, resumed);
        }
        // The operation just recorded was chosen among the threads known before; new ones show up now.
        for (SimThread t : runnable) {
            newest = Math.max(newest, t.id());
        }
        if (finished != null && finished.blockedSilently() && !replaying) {
            return silentWait(e, runnable, finished);
        }
        if (target != null && target.kept == null) {
            // Replaying: each point on the way is walked where it was first reached, before its silent waits.
            while (nextToWalk < points.size() && points.get(nextToWalk).base == planned) {
                points.get(nextToWalk++).names = Footprint.of(e.walk(registry));
            }
        }
        if (planned < plan.size()) {
            int c = plan.get(planned++);
            if (!Execution.canRun(runnable, c)) {
                throw new IllegalStateException("replay diverges at " + (planned - 1) + " of " + plan);
            }
            replaying = true;
            return c;
        }
        replaying = false;
        if (target != null) {
            ChoicePoint t = target;
            target = null;
            pointSleep = t.liveSleep();
            return decideAt(t, runnable);
        }
        return position(e, runnable, finished);
    }

    /** The operation that ended is one: note it, and what stays asleep after it. */
    private void record(Execution e, Execution.Op op, String resumed) {
        List<TraceEvent> happened = e.finishedEvents();
        int process = processOf.getOrDefault(op.thread(), 0);
        int forked = -1;
        for (TraceEvent t : happened) {
            if (t instanceof TraceEvent.ThreadStarted s) {
                processOf.put(s.started(), process);
            } else if (t instanceof TraceEvent.Forked f) {
                processOf.put(f.childThread(), f.childPid());
                forked = f.childPid();
            } else if (t instanceof TraceEvent.Spawned s) {
                processOf.put(s.childThread(), s.childPid());
            }
        }
        events.add(new DporEvent(op.thread(), op.footprint(), DporEvent.locksOf(happened), newest, resumed,
                DporEvent.ends(happened), process, forked));
        if (replaying) {
            return;
        }
        if (deciding != null) {
            ChoicePoint p = deciding;
            deciding = null;
            p.current.footprint = RootedFootprint.of(op.footprint(), p.names, true);
            following = p.current;
            followingRoot = p;
            live = Sleeper.stillAsleep(pointSleep, op);
        } else {
            live = Sleeper.stillAsleep(live, op);
        }
    }

    /** The thread chosen could not go on and did nothing: it was not able to run here. */
    private int silentWait(Execution e, List<SimThread> runnable, Execution.Op finished) {
        int thread = finished.thread();
        if (deciding == null) {
            return position(e, runnable, finished);
        }
        ChoicePoint p = deciding;
        p.path.add(thread);
        WakeupTree.Node failed = p.current;
        p.tree.remove(failed);
        p.current = null;
        if (failed.footprint != null) {
            infeasible++;
        }
        return decideAt(p, runnable);
    }

    /** A new position on the way down: a point if two or more threads could run. */
    private int position(Execution e, List<SimThread> runnable, Execution.Op finished) {
        if (runnable.size() >= 2) {
            KeptPoint kept = keep(e, finished);
            if (restart) {
                return Execution.ABANDON;
            }
            Footprint.Names names = kept != null ? kept.inMakingRun() : Footprint.of(e.walk(registry));
            List<ChoicePoint.Asleep> named = new ArrayList<>();
            for (Sleeper s : live) {
                named.add(new ChoicePoint.Asleep(s.thread(), RootedFootprint.of(s.footprint(), names, true)));
            }
            WakeupTree tree = following == null ? new WakeupTree()
                    : WakeupTree.rerooted(following, followingRoot.names, names);
            ChoicePoint p = new ChoicePoint(e.choices(), events.size(), named, tree, names, kept);
            points.add(p);
            pointSleep = live;
            return decideAt(p, runnable);
        }
        int only = runnable.get(0).id();
        if (following != null) {
            following = following.child(only);
        }
        deciding = null;
        if (Sleeper.isAsleep(live, only)) {
            sleepBlocked++;
            return Execution.ABANDON;
        }
        return only;
    }

    /**
     * A copy of the machine where the run is, for a new point; null when runs replay. When a copy cannot be made,
     * the search is to start again replaying ({@link #restart}): the points above keep copies it cannot do without.
     */
    private KeptPoint keep(Execution e, Execution.Op finished) {
        if (!copying) {
            return null;
        }
        Execution.Snapshot snapshot;
        try {
            snapshot = e.snapshot(plans);
        } catch (MachineCopier.NotCopyable refused) {
            restart = true;
            return null;
        }
        int previous = finished != null ? finished.thread() : previousAtStart;
        Footprint.Names above = points.isEmpty() ? null : points.get(points.size() - 1).names;
        return new KeptPoint(snapshot, events, waiting.copy(), processOf, newest, preemptions, previous, above);
    }

    /** At a point: the leftmost sequence of its wakeup tree, or else the first thread awake. */
    private int decideAt(ChoicePoint p, List<SimThread> runnable) {
        for (WakeupTree.Node c = p.tree.first(); c != null; c = p.tree.first()) {
            if (!Execution.canRun(runnable, c.thread)) {
                p.tree.remove(c);
                infeasible++;
            } else if (Sleeper.isAsleep(pointSleep, c.thread)) {
                p.tree.remove(c);
                redundant++;
            } else {
                p.current = c;
                deciding = p;
                return c.thread;
            }
        }
        int pick = -1;
        for (SimThread t : runnable) {
            if (!Sleeper.isAsleep(pointSleep, t.id()) && (pick < 0 || t.id() < pick)) {
                pick = t.id();
            }
        }
        if (pick < 0) {
            sleepBlocked++;
            deciding = null;
            return Execution.ABANDON;
        }
        p.current = p.tree.add(pick);
        deciding = p;
        return pick;
    }
}
