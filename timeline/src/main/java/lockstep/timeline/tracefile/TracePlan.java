package lockstep.timeline.tracefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lockstep.sim.RunResult;
import lockstep.sim.trace.Grain;
import lockstep.sim.trace.NarrationRenderer;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.Operations;
import lockstep.sim.trace.TraceEvent;
import lockstep.timeline.BarList;
import lockstep.timeline.BarState;
import lockstep.timeline.Lane;
import lockstep.timeline.LaneKind;
import lockstep.timeline.TimelineModel;

/**
 * A run as the tracks and items of a trace file, in the order they are written (see {@link #points()}): the states of
 * each thread and task as slices (running, ready, blocked on what, waiting, sleeping; nothing once done), each
 * operation as a slice on its thread's operations track, the markers, races and flows as instants
 * ({@link InstantPlan}), and counters for each process's GIL holder (the holder's thread id, 0 while nobody holds it)
 * and each event loop's ready-queue length. Times are the run's virtual nanoseconds. Names and arguments are English.
 *
 * @param tracks every track, parents first, in the program's order
 * @param items  every slice, instant and counter value
 */
public record TracePlan(List<TraceTrack> tracks, List<TraceItem> items) {
    private static final NarrationRenderer ENGLISH = NarrationRenderer.forLanguage("en");

    public TracePlan {
        tracks = List.copyOf(tracks);
        items = List.copyOf(items);
    }

    /**
     * The plan of {@code run} as {@code model} lays it out, with the slices of {@code groups} (its operations or
     * line steps; null for none).
     */
    public static TracePlan of(RunResult run, TimelineModel model, Operations groups) {
        Set<Integer> grouped = new TreeSet<>();
        if (groups != null) {
            for (Operation op : groups.all()) {
                if (model.threadLane(op.thread()) >= 0) {
                    grouped.add(op.thread());
                }
            }
        }
        Set<Integer> loops = new TreeSet<>();
        for (TraceEvent e : run.trace().events()) {
            if (e instanceof TraceEvent.LoopChanged && model.threadLane(e.thread()) >= 0) {
                loops.add(e.thread());
            }
        }
        TrackPlan tracks = TrackPlan.of(model, groups == null ? Grain.OPERATION : groups.grain(), grouped, loops);
        List<TraceItem> items = new ArrayList<>();
        for (Lane lane : model.lanes()) {
            if (lane.kind() == LaneKind.THREAD || lane.kind() == LaneKind.TASK) {
                addStates(model, lane, tracks.laneTrack(lane.index()), items);
            } else if (lane.kind() == LaneKind.GIL) {
                addGilHolders(model, lane, tracks, items);
            }
        }
        if (groups != null) {
            for (Operation op : groups.all()) {
                if (grouped.contains(op.thread())) {
                    items.add(operationSlice(model, op, tracks.operationsTrack(op.thread())));
                }
            }
        }
        items.addAll(InstantPlan.of(model, tracks, run.trace()));
        for (TraceEvent e : run.trace().events()) {
            if (e instanceof TraceEvent.LoopChanged loop && loops.contains(e.thread())) {
                items.add(new TraceItem.CounterValue(tracks.readyQueueCounter(e.thread()), e.step(),
                        model.nanosAt(e.step()), readyCount(loop.readyQueue())));
            }
        }
        return new TracePlan(tracks.tracks(), items);
    }

    /** A lane's bars as slices: every state but DONE, named with what it waits for or on. */
    private static void addStates(TimelineModel model, Lane lane, long track, List<TraceItem> items) {
        BarList bars = lane.bars();
        for (int i = 0; i < bars.size(); i++) {
            BarState state = bars.state(i);
            if (state == BarState.DONE) {
                continue;
            }
            String word = state.name().toLowerCase(java.util.Locale.ROOT);
            String label = model.label(bars.label(i));
            List<TraceItem.Arg> args = new ArrayList<>();
            args.add(new TraceItem.Arg("state", word));
            if (label != null) {
                args.add(new TraceItem.Arg(state == BarState.SLEEPING ? "for" : "on", label));
            }
            args.add(new TraceItem.Arg("first step", bars.start(i)));
            args.add(new TraceItem.Arg("steps", bars.end(i) - bars.start(i)));
            items.add(new TraceItem.Slice(track, bars.start(i), model.nanosAt(bars.start(i)), bars.end(i),
                    model.nanosAt(bars.end(i)), label == null ? word : word + ": " + label, "state", args));
        }
    }

    private static TraceItem.Slice operationSlice(TimelineModel model, Operation op, long track) {
        List<TraceItem.Arg> args = new ArrayList<>();
        args.add(new TraceItem.Arg("line", (long) op.line()));
        args.add(new TraceItem.Arg("first step", op.first()));
        args.add(new TraceItem.Arg("last step", op.last()));
        args.add(new TraceItem.Arg("micro-ops", (long) op.steps()));
        if (op.task() != null) {
            args.add(new TraceItem.Arg("task", op.task()));
        }
        long end = op.last() + 1;
        return new TraceItem.Slice(track, op.first(), model.nanosAt(op.first()), end, model.nanosAt(end),
                ENGLISH.render(op.narration()), "operation", args);
    }

    /** The GIL's holder from its lane's bars: the thread id while one holds it, 0 between holders. */
    private static void addGilHolders(TimelineModel model, Lane lane, TrackPlan tracks, List<TraceItem> items) {
        long track = tracks.gilCounter(lane.pid());
        BarList bars = lane.bars();
        for (int i = 0; i < bars.size(); i++) {
            int holder = tracks.threadOfColour(bars.owner(i));
            items.add(new TraceItem.CounterValue(track, bars.start(i), model.nanosAt(bars.start(i)),
                    Math.max(holder, 0)));
            if (i + 1 == bars.size() || bars.start(i + 1) != bars.end(i)) {
                items.add(new TraceItem.CounterValue(track, bars.end(i), model.nanosAt(bars.end(i)), 0));
            }
        }
    }

    /** The length of a ready queue shown as {@code [Task-1, Task-2]}. */
    static long readyCount(String queue) {
        String inside = queue.strip();
        if (inside.startsWith("[") && inside.endsWith("]")) {
            inside = inside.substring(1, inside.length() - 1).strip();
        }
        return inside.isEmpty() ? 0 : inside.split(", ", -1).length;
    }

    /** How many of its items are of {@code kind}: slices, instants or counter values. */
    public long count(Class<? extends TraceItem> kind) {
        return items.stream().filter(kind::isInstance).count();
    }

    /** How many flows it has: each starts at one instant and ends at another. */
    public long flows() {
        return items.stream().mapToLong(i -> i instanceof TraceItem.Instant in ? in.flowsOut().size() : 0).sum();
    }

    /** The points of the plan in the order a file lists them: see {@link TracePoints}. */
    public List<TracePoints.Point> points() {
        return TracePoints.of(this);
    }
}
