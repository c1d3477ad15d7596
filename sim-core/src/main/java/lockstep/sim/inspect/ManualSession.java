package lockstep.sim.inspect;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunStatus;
import lockstep.sim.SchedulingPolicy;
import lockstep.sim.Simulator;
import lockstep.sim.machine.Machine;
import lockstep.sim.Schedule;
import lockstep.sim.machine.SchedulerPolicy;
import lockstep.sim.machine.SimThread;
import lockstep.sim.machine.Traceback;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Operations;

/**
 * Manual scheduling: a person chooses which thread runs next. The session replays a schedule given at the start
 * (possibly empty), then stops at every choice and waits: {@link #step} runs the chosen thread one step,
 * {@link #run} several, {@link #runToNextEvent} until it raises an event (takes or releases a lock, blocks, prints,
 * starts a thread...) or can no longer run, {@link #runStep} to the end of its current step at a {@link Grain} (an
 * operation, a line, a micro-op). Each call returns the next {@link ChoicePoint}. The choices accumulate in
 * a {@link Schedule} ({@link #schedule()}), saved as text with {@link Schedule#toText()}; starting a session with a
 * saved schedule comes back to the same point, and {@link #back()} goes one step back that way.
 *
 * <p>Manual runs use one core and no GIL, whatever {@code options} say (the person is the scheduler); seed and
 * step limit apply. The run goes on a thread of its own that waits at each choice ({@link Handoff}); call
 * {@link #close()} when done. Not for the UI thread: starting replays the schedule given.
 */
public final class ManualSession implements AutoCloseable {
    /** {@link #runToNextEvent} stops after this many steps even if no event came. */
    public static final long MAX_STEPS_TO_EVENT = 10_000;
    /** {@link #runStep} stops after this many micro-ops even if the thread's step at the grain goes on. */
    public static final long MAX_STEPS_PER_GRAIN_STEP = 100_000;

    private final Program program;
    private final RunOptions options;
    private Run run;
    private ChoicePoint current;

    private ManualSession(Program program, RunOptions options) {
        this.program = program;
        this.options = options.withPolicy(SchedulingPolicy.RR).withCores(1);
    }

    /**
     * Starts {@code program}, replays {@code prefix} (may be empty) and stops at the first choice after it.
     *
     * @throws IllegalArgumentException when the prefix names a thread that cannot run where it says
     */
    public static ManualSession start(Program program, RunOptions options, Schedule prefix) {
        ManualSession session = new ManualSession(program, options);
        session.begin(prefix);
        return session;
    }

    /** The first {@code steps} steps of {@code schedule} (its last slice cut short if need be). */
    public static Schedule prefix(Schedule schedule, long steps) {
        Schedule cut = new Schedule();
        long left = steps;
        for (Schedule.Slice s : schedule.slices()) {
            if (left <= 0) {
                break;
            }
            long n = Math.min(left, s.steps());
            cut.add(s.threadId(), n);
            left -= n;
        }
        return cut;
    }

    /** Where the run stands now. */
    public synchronized ChoicePoint current() {
        return current;
    }

    /** The choices so far (a copy). */
    public synchronized Schedule schedule() {
        return copy(current.schedule());
    }

    /** Thread {@code threadId} runs one step. */
    public synchronized ChoicePoint step(int threadId) {
        return run(threadId, 1);
    }

    /** Thread {@code threadId} runs {@code steps} steps, fewer if it blocks, sleeps or ends first. */
    public synchronized ChoicePoint run(int threadId, long steps) {
        return ask(new Request(threadId, Math.max(1, steps), false, null));
    }

    /**
     * Thread {@code threadId} runs until one of its steps raises a trace event, it blocks, sleeps or ends, or
     * {@link #MAX_STEPS_TO_EVENT} steps have run.
     */
    public synchronized ChoicePoint runToNextEvent(int threadId) {
        return ask(new Request(threadId, MAX_STEPS_TO_EVENT, true, null));
    }

    /**
     * Thread {@code threadId} runs to the end of its current step at {@code grain}: its operation (up to something
     * another thread could observe or that could make it wait, as {@link Operations} groups them), its stretch of
     * the program line it is on, or one micro-op. It stops sooner if it blocks, sleeps or ends, or after
     * {@link #MAX_STEPS_PER_GRAIN_STEP} micro-ops. The schedule grows by the micro-ops it ran, so it replays the same
     * at any grain.
     */
    public synchronized ChoicePoint runStep(int threadId, Grain grain) {
        if (grain == Grain.MICRO_OP) {
            return step(threadId);
        }
        ChoicePoint reached = ask(new Request(threadId, MAX_STEPS_PER_GRAIN_STEP, false, grain));
        long end = run.groupEnd;
        if (end >= 0 && end + 1 < reached.snapshot().step()) {
            // A line step is known to be over only once the thread's next step has left the line: go back to
            // just after its last step on the line.
            run.handoff.abandon();
            begin(prefix(reached.schedule(), end + 1));
        }
        return current;
    }

    /** One step back: the schedule without its last step, replayed from the start. At the start, stays there. */
    public synchronized ChoicePoint back() {
        long steps = current.snapshot().step();
        Schedule shorter = prefix(current.schedule(), Math.max(0, steps - 1));
        run.handoff.abandon();
        begin(shorter);
        return current;
    }

    @Override
    public synchronized void close() {
        if (run != null) {
            run.handoff.abandon();
        }
    }

    private ChoicePoint ask(Request request) {
        if (current.finished()) {
            throw new IllegalStateException("the run is over (" + current.status().jsonName() + ")");
        }
        if (!current.canRun(request.threadId())) {
            throw new IllegalArgumentException("thread " + request.threadId() + " cannot run now");
        }
        current = run.handoff.call(request);
        return current;
    }

    private void begin(Schedule prefix) {
        Run next = new Run(copy(prefix));
        next.handoff = new Handoff<>("lockstep-manual", h -> next.work());
        next.handoff.start();
        try {
            current = next.handoff.call(new Request(0, 0, false, null));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof Schedule.Divergence d) {
                throw new IllegalArgumentException("the schedule cannot be followed: " + d.getMessage(), d);
            }
            throw e;
        }
        run = next;
    }

    private static Schedule copy(Schedule s) {
        Schedule c = new Schedule();
        for (Schedule.Slice slice : s.slices()) {
            c.add(slice.threadId(), slice.steps());
        }
        return c;
    }

    /**
     * Run thread {@code threadId} up to {@code steps} steps, stopping at an event when {@code untilEvent}, and at the
     * end of its step at {@code grain} when that is not null.
     */
    private record Request(int threadId, long steps, boolean untilEvent, Grain grain) {}

    /** One run of the machine: replays the prefix, then asks at every choice. Runs on the machine's thread. */
    private final class Run implements SchedulerPolicy {
        private final Schedule prefix;
        private final Machine machine;
        /** What the threads read and hold, for the pictures at each choice. */
        private final HeldReads reads = new HeldReads();
        Handoff<Request, ChoicePoint> handoff;
        private int nextSlice;
        /** Steps left in the prefix's current slice. */
        private long left;
        /** The thread running on its own under the last request, and how long it may go on. */
        private SimThread chosen;
        private long stepsLeft;
        private boolean untilEvent;
        private int eventsAtRequest;
        /** The grain the last request steps at, or null; the step count when it came. */
        private Grain grain;
        private long stepsAtRequest;
        /**
         * The last step of the chosen thread's group at the request's grain, once it has closed; -1 before. Written
         * on the machine's thread, read by the caller after the hand-off that follows.
         */
        volatile long groupEnd = -1;

        Run(Schedule prefix) {
            this.prefix = prefix;
            // Every step is grouped from the start, so the groups open when the person takes over are known.
            Operations.Recorder operations = Operations.recorder(Grain.OPERATION,
                    (t, last) -> ended(Grain.OPERATION, t, last));
            Operations.Recorder lines = Operations.recorder(Grain.LINE, (t, last) -> ended(Grain.LINE, t, last));
            RunOptions grouped = options.withStepListener(step -> {
                operations.onStep(step);
                lines.onStep(step);
                if (options.stepListener() != null) {
                    options.stepListener().onStep(step);
                }
            });
            this.machine = Simulator.prepare(program, grouped, this, reads);
            reads.watch(machine);
        }

        /** A group closed: it ends the request when it is the chosen thread's at the request's grain, begun by it. */
        private void ended(Grain of, int thread, long lastStep) {
            if (of == grain && chosen != null && thread == chosen.id() && lastStep >= stepsAtRequest && groupEnd < 0) {
                groupEnd = lastStep;
            }
        }

        void work() {
            handoff.firstRequest();
            Machine.Outcome outcome = machine.run();
            handoff.finish(choicePoint(List.of(), outcome));
        }

        @Override
        public SimThread choose(List<SimThread> runnable, SimThread previous) {
            if (left > 0 && previous != null && runnable.contains(previous)) {
                return previous;
            }
            if (nextSlice < prefix.slices().size()) {
                Schedule.Slice s = prefix.slices().get(nextSlice++);
                left = s.steps();
                for (SimThread t : runnable) {
                    if (t.id() == s.threadId()) {
                        return t;
                    }
                }
                throw new Schedule.Divergence("slice " + nextSlice + " of the schedule runs thread " + s.threadId()
                        + ", which cannot run at this point");
            }
            left = 0;
            if (chosen != null && stepsLeft > 0 && runnable.contains(chosen) && groupEnd < 0
                    && (!untilEvent || machine.trace().events().size() == eventsAtRequest)) {
                return chosen;
            }
            Request request = handoff.reply(choicePoint(runnable, null));
            for (SimThread t : runnable) {
                if (t.id() == request.threadId()) {
                    chosen = t;
                }
            }
            stepsLeft = request.steps();
            untilEvent = request.untilEvent();
            grain = request.grain();
            stepsAtRequest = machine.steps();
            groupEnd = -1;
            eventsAtRequest = machine.trace().events().size();
            return chosen;
        }

        @Override
        public long sliceSteps(SimThread thread) {
            return left > 0 ? left : 1;
        }

        @Override
        public void ran(SimThread thread, long steps) {
            if (left > 0) {
                left -= steps;
            } else {
                stepsLeft -= Math.max(1, steps);
            }
        }

        private ChoicePoint choicePoint(List<SimThread> runnable, Machine.Outcome outcome) {
            List<ThreadRef> refs = new ArrayList<>();
            for (SimThread t : runnable) {
                refs.add(SnapshotBuilder.ref(t));
            }
            RunStatus status = null;
            String problem = null;
            if (outcome != null) {
                switch (outcome) {
                    case COMPLETED -> status = RunStatus.COMPLETED;
                    case DEADLOCK -> {
                        status = RunStatus.DEADLOCK;
                        problem = machine.deadlock().explanation();
                    }
                    case STEP_LIMIT -> status = RunStatus.STEP_LIMIT;
                    case STALLED -> {
                        status = RunStatus.INTERNAL_ERROR;
                        problem = machine.stall().message();
                    }
                    default -> {
                        status = RunStatus.ERROR;
                        problem = machine.mainException() == null ? null : Traceback.format(machine.mainException(),
                                machine.mainExceptionMessage(), program.source());
                    }
                }
            }
            Snapshot picture = SnapshotBuilder.build(machine, outcome != null, reads);
            return new ChoicePoint(picture, refs, copy(machine.schedule()), machine.output(), machine.trace().copy(),
                    status, problem);
        }
    }
}
