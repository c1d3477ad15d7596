package lockstep.sim.inspect;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.machine.Machine;
import lockstep.sim.Schedule;
import lockstep.sim.machine.SimThread;

/**
 * A run that stops between two steps and goes on when asked, so stepping forward costs only the steps made. The
 * machine runs on its own thread ({@link Handoff}) and waits inside a {@link Machine.Probe}; pictures are taken
 * there, between steps. A replay that reaches the end of its schedule ends the run at that point.
 *
 * <p>Not thread-safe: one caller at a time.
 */
final class PausedRun implements AutoCloseable {
    /** Go on to {@code step} (or the end), taking pictures from {@code collectFrom} on. */
    private record Request(long step, long collectFrom) {}

    /** Pictures taken, oldest first; the last is at the requested step, or at the end when {@code finished}. */
    private record Report(List<Snapshot> snapshots, boolean finished) {}

    /** How often, in steps, a long way to the requested step looks whether the caller gave up. */
    private static final long CHECK_STEPS = 1 << 20;

    private final Machine machine;
    /** What the run's threads read and hold, told by the machine (prepared with it as a watcher); null if not. */
    private final HeldReads reads;
    private final Handoff<Request, Report> handoff;
    private Request current;
    private List<Snapshot> collected = new ArrayList<>();
    private boolean finished;
    private Snapshot last;

    /** Starts {@code machine} (prepared, not yet run); it makes no step before the first {@link #advanceTo}. */
    PausedRun(Machine machine) {
        this(machine, null);
    }

    /** As {@link #PausedRun(Machine)}, for a machine prepared with {@code reads} watching it. */
    PausedRun(Machine machine, HeldReads reads) {
        this.machine = machine;
        this.reads = reads;
        this.handoff = new Handoff<>("lockstep-inspect", h -> work());
        handoff.start();
    }

    /** The step count of the last picture, or -1 before the first request. */
    long step() {
        return last == null ? -1 : last.step();
    }

    /** True once the run has ended: {@link #step()} is then its last step. */
    boolean finished() {
        return finished;
    }

    /**
     * Runs on to {@code step} steps (never back: at least {@link #step()}), or to the end of the run if it comes
     * first, and returns the pictures after each step from {@code collectFrom} on, the last at the step reached.
     */
    List<Snapshot> advanceTo(long step, long collectFrom) {
        if (finished || step == step()) {
            return List.of(last);
        }
        if (step < step()) {
            throw new IllegalArgumentException("a paused run cannot go back from " + step() + " to " + step);
        }
        Report report;
        try {
            report = handoff.call(new Request(step, Math.max(step() + 1, Math.min(collectFrom, step))));
        } catch (IllegalStateException e) {
            finished = true;
            throw e;
        }
        finished = report.finished();
        last = report.snapshots().get(report.snapshots().size() - 1);
        return report.snapshots();
    }

    /** Stops the run; its thread ends. */
    @Override
    public void close() {
        handoff.abandon();
    }

    // ------------------------------------------------------------------ on the machine's thread

    private void work() {
        current = handoff.firstRequest();
        machine.setProbe(this::reached, Math.min(current.collectFrom(), CHECK_STEPS));
        try {
            machine.run();
        } catch (Schedule.Divergence e) {
            // The replayed schedule has run out (or cannot be followed): the run ends where it stopped.
        }
        collected.add(SnapshotBuilder.build(machine, true, reads));
        handoff.finish(new Report(collected, true));
    }

    /**
     * The probe: takes pictures while collecting, and at the requested step hands them over and waits. On the way
     * there it is called every {@link #CHECK_STEPS} steps to see whether the caller gave up.
     */
    private long reached(SimThread next) {
        long steps = machine.steps();
        handoff.checkAbandoned();
        if (steps < current.collectFrom()) {
            return Math.min(current.collectFrom(), steps + CHECK_STEPS);
        }
        collected.add(SnapshotBuilder.build(machine, false, reads));
        if (steps < current.step()) {
            return steps + 1;
        }
        Report report = new Report(collected, false);
        collected = new ArrayList<>();
        current = handoff.reply(report);
        return Math.min(current.collectFrom(), steps + CHECK_STEPS);
    }
}
