package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.Simulator;
import lockstep.sim.ThreadState;
import lockstep.sim.machine.AccessLog;
import lockstep.sim.machine.CopyPlans;
import lockstep.sim.machine.Machine;
import lockstep.sim.machine.MachineCopier;
import lockstep.sim.machine.SchedulerPolicy;
import lockstep.sim.machine.SimProcess;
import lockstep.sim.machine.SimThread;
import lockstep.sim.machine.StateWalk;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operations;
import lockstep.sim.trace.Step;
import lockstep.sim.trace.StepListener;
import lockstep.sim.trace.TraceEvent;

/**
 * One run of the program with the explorer as its scheduler. The run is cut into operations (or micro-ops, or GIL
 * slices); at the end of each, the {@link Chooser} is told what the operation touched and picks the thread that runs
 * the next one, or abandons the run. Every choice is kept, in order, so that the same list replays the same run.
 */
final class Execution implements SchedulerPolicy {
    /** Decides at each choice point. */
    interface Chooser {
        /**
         * Picks the thread (by id, one of {@code runnable}) for the next operation, or {@link #ABANDON}.
         * {@code finished} is the operation that just ended, null before the first.
         */
        int choose(Execution execution, List<SimThread> runnable, Op finished);

        /** The run ended; {@code last} is its last operation (null if none ran). */
        default void ended(Execution execution, Op last) {
        }
    }

    /** What a chooser returns to stop the run where it stands. */
    static final int ABANDON = -1;

    /**
     * An operation that ended.
     *
     * @param thread          who ran it
     * @param footprint       what it touched (live)
     * @param blockedSilently it ended waiting and changed nothing another thread could see: it never happened, the
     *                        thread was simply not able to go on
     */
    record Op(int thread, Footprint footprint, boolean blockedSilently) {}

    /** Thrown through the machine to end a run the chooser abandoned. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    /**
     * A point of a run kept for later: a copy of its machine, never run itself, the operation grouping's state and
     * the choices that led there. {@code copies} maps the run's objects to the copy's, at the time it was taken.
     */
    record Snapshot(Machine machine, Operations.Recorder operations, List<Integer> choices,
                    java.util.IdentityHashMap<Object, Object> copies, List<Op> history) {}

    private final Program program;
    private final RunOptions watchedOptions;
    private final Operations.Recorder operations;
    private final Machine machine;
    private final AccessLog log;
    private final Chooser chooser;
    private final Grain grain;
    private final boolean gilSlices;
    private final List<Integer> choices = new ArrayList<>();
    private final List<TraceEvent> opEvents = new ArrayList<>();
    private final List<SimProcess> registered = new ArrayList<>();
    private SimThread current;
    private boolean closed;
    private long opSteps;
    private int outputAtStart;
    private long clockReadsAtStart;
    private long randomAtStart;
    private long[] idsAtStart = new long[0];
    private long signalsAtStart;
    private RunResult result;

    Execution(Program program, RunOptions run, ExploreOptions options, Chooser chooser) {
        this(program, run, options, chooser, (Machine) null);
    }

    /** A run on {@code kept} (a snapshot's machine, never run, handed over whole), or on a new machine if null. */
    private Execution(Program program, RunOptions run, ExploreOptions options, Chooser chooser, Machine kept) {
        this.program = program;
        this.chooser = chooser;
        this.grain = options.grain();
        this.gilSlices = options.gilSwitchesOnly() || run.policy() == SchedulingPolicy.GIL;
        this.operations = Operations.recorder(Grain.OPERATION, (thread, last) -> {
            if (current != null && thread == current.id()) {
                closed = true;
            }
        });
        RunOptions watched = run.withPolicy(SchedulingPolicy.RR).withCores(1).withStepListener(new StepListener() {
            @Override
            public void onStep(Step step) {
                if (!gilSlices && grain == Grain.OPERATION) {
                    operations.onStep(step);
                }
                steppedBy(step);
            }

            @Override
            public boolean narrated() {
                return false;
            }
        });
        this.watchedOptions = watched;
        if (kept == null) {
            this.machine = Simulator.prepare(program, watched, this);
        } else {
            kept.adopt(this, watched.stepListener());
            this.machine = kept;
        }
        this.log = new AccessLog(machine);
    }

    /**
     * A run that goes on from {@code from} (a point of an earlier run) rather than from the start; {@link
     * #resumedCopies()} then maps the snapshot's objects to this run's. With {@code consume}, the snapshot is needed
     * no more and its machine runs itself, uncopied.
     */
    Execution(Program program, RunOptions run, ExploreOptions options, Chooser chooser, Snapshot from,
              CopyPlans plans, boolean consume) {
        this(program, run, options, chooser, consume ? from.machine() : null);
        MachineCopier copier = new MachineCopier(plans);
        if (!consume) {
            copier.copyMachine(from.machine(), machine);
        }
        copier.copyInPlace(from.operations(), operations);
        choices.addAll(from.choices());
        resumedCopies = consume ? null : copier.copies();
    }

    private java.util.IdentityHashMap<Object, Object> resumedCopies;

    /**
     * For a run resumed from a copy of a snapshot, each of the snapshot's objects to this run's copy of it; null for
     * a run from the start or on the snapshot's own machine.
     */
    java.util.IdentityHashMap<Object, Object> resumedCopies() {
        return resumedCopies;
    }

    /**
     * Keeps this point of the run (between two operations, while the chooser decides) for later runs to go on from.
     * Throws {@link MachineCopier.NotCopyable} when the machine holds something no copy can reproduce.
     */
    Snapshot snapshot(CopyPlans plans) {
        Machine stored = Simulator.prepare(program, watchedOptions, this);
        MachineCopier copier = new MachineCopier(plans);
        copier.copyMachine(machine, stored);
        Operations.Recorder storedOperations = Operations.recorder(Grain.OPERATION, (thread, last) -> { });
        copier.copyInPlace(operations, storedOperations);
        return new Snapshot(stored, storedOperations, List.copyOf(choices), copier.copies(),
                history == null ? List.of() : List.copyOf(history));
    }

    /** Runs to the end, or until the chooser abandons. */
    Execution run() {
        Machine.Outcome outcome;
        try {
            outcome = machine.run();
        } catch (Abandoned e) {
            return this;
        }
        result = Simulator.resultOf(program, machine, outcome);
        Op last = current == null ? null : finish(false);
        if (last != null && history != null) {
            history.add(last);
        }
        chooser.ended(this, last);
        return this;
    }

    /** Every operation, in order, when set before the run (for tests). */
    List<Op> history;

    /** The run's result, once it ended; null when abandoned. */
    RunResult result() {
        return result;
    }

    /** Whether thread {@code id} is among {@code runnable}. */
    static boolean canRun(List<SimThread> runnable, int id) {
        for (SimThread t : runnable) {
            if (t.id() == id) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether choosing {@code choice} after {@code finished} is a preemption: switching away from a thread that could
     * have gone on.
     */
    static boolean preempts(int choice, List<SimThread> runnable, Op finished) {
        return choice != ABANDON && finished != null && choice != finished.thread()
                && canRun(runnable, finished.thread());
    }

    /** Every choice made so far, in order (one per operation). */
    List<Integer> choices() {
        return choices;
    }

    /**
     * The trace events of the operation that just ended, in order: valid while the chooser is told of it (in
     * {@link Chooser#choose} and {@link Chooser#ended}). Optimal DPOR reads which locks it took and released.
     */
    List<TraceEvent> finishedEvents() {
        return List.copyOf(opEvents);
    }

    /** The steps the run has taken so far. */
    long steps() {
        return machine.steps();
    }

    /** The virtual clock now, in nanoseconds. */
    long clock() {
        return machine.clockNanos();
    }

    /** Whether the lock with {@code key} is one lock in every process (a multiprocessing lock). */
    boolean sharedByProcesses(String key) {
        return machine.sharedByProcesses(key);
    }

    /** Whether a wake-up, timeout or alarm is pending now. */
    boolean timersPending() {
        return machine.timersPending();
    }

    /** Walks the machine's state now (between two operations). */
    StateWalk walk(StateWalk.Registry registry) {
        return new StateWalk(registry).walk(machine);
    }

    private void steppedBy(Step step) {
        if (current != null && step.thread() == current.id()) {
            opSteps++;
            opEvents.addAll(step.events());
            if (grain == Grain.MICRO_OP) {
                closed = true;
            }
        }
    }

    @Override
    public SimThread choose(List<SimThread> runnable, SimThread previous) {
        if (current != null && runnable.contains(current) && !operationOver()) {
            return current;
        }
        Op finished = current == null ? null : finish(runnable.contains(current));
        if (finished != null && history != null) {
            history.add(finished);
        }
        registerThreading();
        int id = chooser.choose(this, runnable, finished);
        if (id == ABANDON) {
            throw new Abandoned();
        }
        for (SimThread t : runnable) {
            if (t.id() == id) {
                begin(t);
                choices.add(id);
                return t;
            }
        }
        throw new IllegalStateException("thread " + id + " cannot run at choice " + choices.size() + " (runnable: "
                + runnable.stream().map(SimThread::id).toList() + ", finished: " + finished + ")");
    }

    private boolean operationOver() {
        if (gilSlices) {
            return opSteps > 0 && machine.atEvalBreaker(current);
        }
        return closed;
    }

    @Override
    public long sliceSteps(SimThread chosen) {
        return 1;
    }

    private void begin(SimThread t) {
        current = t;
        closed = false;
        opSteps = 0;
        opEvents.clear();
        log.take();
        outputAtStart = machine.outputLength();
        clockReadsAtStart = machine.clockReads();
        randomAtStart = machine.randomUses();
        List<SimProcess> processes = machine.processes();
        idsAtStart = new long[processes.size()];
        for (int i = 0; i < idsAtStart.length; i++) {
            idsAtStart[i] = processes.get(i).objectSpace().handedOut();
        }
        signalsAtStart = signals();
    }

    /** Ends the current operation and says what it touched. */
    private Op finish(boolean canGoOn) {
        List<Footprint.Entry> entries = new ArrayList<>();
        for (AccessLog.Access a : log.take()) {
            entries.add(new Footprint.Entry(a.target(), a.name(), a.kind()));
        }
        boolean global = signals() != signalsAtStart;
        for (TraceEvent e : opEvents) {
            if (e instanceof TraceEvent.Acquired a) {
                entries.add(new Footprint.Entry(a.object().key(), null, AccessLog.Kind.WRITE));
            } else if (e instanceof TraceEvent.Released r) {
                entries.add(new Footprint.Entry(r.object().key(), null, AccessLog.Kind.WRITE));
            } else if (e instanceof TraceEvent.Blocked b && b.object() != null) {
                entries.add(new Footprint.Entry(b.object().key(), null, AccessLog.Kind.READ));
            } else if (e instanceof TraceEvent.Forked || e instanceof TraceEvent.Spawned
                    || e instanceof TraceEvent.ForkServerStarted) {
                global = true;
            }
        }
        if (machine.outputLength() != outputAtStart) {
            entries.add(new Footprint.Entry(Footprint.OUTPUT, null, AccessLog.Kind.WRITE));
        }
        if (machine.randomUses() != randomAtStart) {
            entries.add(new Footprint.Entry(Footprint.RANDOM, null, AccessLog.Kind.WRITE));
        }
        List<SimProcess> processes = machine.processes();
        for (int i = 0; i < idsAtStart.length; i++) {
            if (processes.get(i).objectSpace().handedOut() != idsAtStart[i]) {
                entries.add(new Footprint.Entry(processes.get(i).objectSpace(), null, AccessLog.Kind.WRITE));
            }
        }
        Footprint footprint = new Footprint(entries, machine.clockReads() != clockReadsAtStart, global);
        ThreadState state = current.state();
        boolean waiting = !canGoOn && (state == ThreadState.BLOCKED || state == ThreadState.WAITING);
        return new Op(current.id(), footprint, waiting && !footprint.writes());
    }

    private long signals() {
        long sum = 0;
        for (SimProcess p : machine.processes()) {
            sum = sum * 31 + p.signalState();
        }
        return sum;
    }

    /**
     * Threading's tables of threads are bookkeeping no program orders itself by: adding or removing a thread there
     * commutes with adding or removing another (see {@link AccessLog#registry}).
     */
    private void registerThreading() {
        for (SimProcess p : machine.processes()) {
            if (registered.contains(p)) {
                continue;
            }
            PyModule threading = p.module("threading");
            if (threading != null) {
                log.registry(threading.dict.get("_active"));
                log.registry(threading.dict.get("_limbo"));
                registered.add(p);
            }
        }
    }
}
