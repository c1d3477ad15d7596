package lockstep.timeline;

import java.util.List;
import lockstep.sim.RunResult;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.Narration;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;

/**
 * The timeline of one run, laid out once: lanes with their bars and markers, grouped by process (cores first), the
 * arrows between lanes, the races, the deadlock. Everything is in steps; nothing here knows about pixels, colours or
 * a toolkit. Immutable once built by {@link TimelineLayout}, so it may be built off the JavaFX thread and shared.
 *
 * <p>At the micro-op grain it shows every event of the trace. At the operation and line grains it shows what the
 * program did: the events on objects a library made for its own use ({@link lockstep.sim.trace.TraceObject#internal()})
 * are folded into the operation that ran them — no marker, no arrow, a wait's bar labelled with that operation — while
 * the threads' states stay as they were; the groups' ends are ticks on the lanes, and {@link #operationAt} tells the
 * group under a point.
 */
public final class TimelineModel {
    private final List<Lane> lanes;
    private final List<LaneGroup> groups;
    private final List<Arrow> arrows;
    private final long[] arrowReach;
    private final List<RaceMark> races;
    private final DeadlockMark deadlock;
    private final long totalSteps;
    private final long stepLimitStep;
    private static final NarrationRenderer ENGLISH = NarrationRenderer.forLanguage("en");
    private final List<Object> labels;
    private final ClockMap clock;
    private final OperationIndex operations;

    TimelineModel(List<Lane> lanes, List<LaneGroup> groups, List<Arrow> arrows, List<RaceMark> races,
                  DeadlockMark deadlock, long totalSteps, long stepLimitStep, List<?> labels, ClockMap clock,
                  OperationIndex operations) {
        this.lanes = List.copyOf(lanes);
        this.groups = List.copyOf(groups);
        this.arrows = List.copyOf(arrows);
        this.races = List.copyOf(races);
        this.deadlock = deadlock;
        this.totalSteps = totalSteps;
        this.stepLimitStep = stepLimitStep;
        this.labels = List.copyOf(labels);
        this.clock = clock;
        this.operations = operations;
        // Arrows are sorted by their first step; the running maximum of their last step lets a painter skip, by
        // binary search, every arrow that ends before the visible range.
        arrowReach = new long[arrows.size()];
        long reach = Long.MIN_VALUE;
        for (int i = 0; i < arrows.size(); i++) {
            reach = Math.max(reach, arrows.get(i).toStep());
            arrowReach[i] = reach;
        }
    }

    /** Lays out a run at the micro-op grain: its trace, its deadlock and its races, every event drawn. */
    public static TimelineModel of(RunResult run) {
        return of(run, null);
    }

    /**
     * Lays out a run at the grain of {@code groups} (its steps grouped by {@link Operations}, from a replay of the
     * run): library internals folded into the operations at the operation and line grains; null or micro-op groups
     * draw every event.
     */
    public static TimelineModel of(RunResult run, Operations groups) {
        return TimelineLayout.build(run.trace(), run.deadlock(), run.races(), OperationIndex.of(groups));
    }

    /** The grain it is laid out at: library internals are folded at every grain but the micro-op. */
    public Grain grain() {
        return operations == null ? Grain.MICRO_OP : operations.grain();
    }

    /** The run's groups by thread, or null at the micro-op grain. */
    public OperationIndex operations() {
        return operations;
    }

    /**
     * The group (operation or line step) of the thread or task lane {@code lane} at step {@code step}: the one that
     * step belongs to, or the one the thread did last while it does not run; null at the micro-op grain.
     */
    public Operation operationAt(int lane, long step) {
        if (operations == null || lane < 0 || lane >= lanes.size() || lanes.get(lane).threadId() < 0) {
            return null;
        }
        return operations.at(lanes.get(lane).threadId(), step);
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public List<LaneGroup> groups() {
        return groups;
    }

    /** Arrows sorted by {@link Arrow#fromStep()}. */
    public List<Arrow> arrows() {
        return arrows;
    }

    public List<RaceMark> races() {
        return races;
    }

    /** The deadlock that ended the run, or null. */
    public DeadlockMark deadlock() {
        return deadlock;
    }

    /** The length of the step axis: every step of the run. */
    public long totalSteps() {
        return totalSteps;
    }

    /** Where the run stopped at its step limit, or -1. */
    public long stepLimitStep() {
        return stepLimitStep;
    }

    /** A text that bars and markers refer to by index: an object's name, a printed line, a thread's name; English. */
    public String label(int index) {
        return label(index, ENGLISH);
    }

    /** The label at {@code index} in the language of {@code renderer}: object names are narration. */
    public String label(int index, NarrationRenderer renderer) {
        if (index < 0) {
            return null;
        }
        Object label = labels.get(index);
        return label instanceof Narration n ? renderer.render(n) : (String) label;
    }

    /** The virtual time at a step boundary, in nanoseconds. */
    public long nanosAt(long step) {
        return clock.nanosAt(step);
    }

    /** Where the virtual clock jumps without a step (every thread asleep or waiting for a timeout). */
    public ClockMap clock() {
        return clock;
    }

    /** The index of the first arrow that may reach {@code step} or beyond; arrows before it all end earlier. */
    public int firstArrowReaching(double step) {
        int lo = 0;
        int hi = arrowReach.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (arrowReach[mid] >= step) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The lane of the thread with this id, or -1. */
    public int threadLane(int threadId) {
        for (Lane lane : lanes) {
            if (lane.kind() == LaneKind.THREAD && lane.threadId() == threadId) {
                return lane.index();
            }
        }
        return -1;
    }

    /** How many distinct thread colours the model uses. */
    public int threadCount() {
        int n = 0;
        for (Lane lane : lanes) {
            if (lane.kind() == LaneKind.THREAD) {
                n++;
            }
        }
        return n;
    }
}
