package lockstep.timeline.tracefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.trace.Trace;
import lockstep.sim.trace.TraceEvent;
import lockstep.timeline.Arrow;
import lockstep.timeline.ArrowKind;
import lockstep.timeline.Lane;
import lockstep.timeline.LaneKind;
import lockstep.timeline.MarkerKind;
import lockstep.timeline.MarkerList;
import lockstep.timeline.RaceMark;
import lockstep.timeline.TimelineModel;

/**
 * The instants of a trace file: the timeline's markers (acquire, release, notify, print, fork, lost update ...) with
 * their arguments, each race at both of its accesses, and the flows of the timeline's arrows (a hand-off, a wake, a
 * fork, a start, an await, the GIL passing): a flow starts at the instant of its source and ends at the instant of
 * its target — the marker drawn there, or an instant of its own where there is none.
 */
final class InstantPlan {
    private record Place(long track, long step) {}

    private final TimelineModel model;
    private final TrackPlan tracks;
    private final List<TraceItem.Instant> instants = new ArrayList<>();
    /** The first instant at each place, where a flow attaches. */
    private final Map<Place, Integer> firstAt = new HashMap<>();
    /** The run's lost updates by thread and step, for their values. */
    private final Map<Place, TraceEvent.LostUpdate> lostUpdates = new HashMap<>();
    /** The program line of the run's events by thread and step: one micro-op on one line raises them. */
    private final Map<Place, Integer> lines = new HashMap<>();
    private final Trace trace;

    private InstantPlan(TimelineModel model, TrackPlan tracks, Trace trace) {
        this.model = model;
        this.tracks = tracks;
        this.trace = trace;
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvent.LostUpdate lost) {
                lostUpdates.putIfAbsent(new Place(e.thread(), e.step()), lost);
            }
            if (e.line() > 0) {
                lines.putIfAbsent(new Place(e.thread(), e.step()), e.line());
            }
        }
    }

    /** The instants of the model's markers, races and arrows; flow ids count the arrows from 1. */
    static List<TraceItem.Instant> of(TimelineModel model, TrackPlan tracks, Trace trace) {
        InstantPlan plan = new InstantPlan(model, tracks, trace);
        for (Lane lane : model.lanes()) {
            if (lane.kind() == LaneKind.THREAD) {
                plan.addMarkers(lane);
            }
        }
        for (RaceMark race : model.races()) {
            plan.addRace(race.firstLane(), race.firstStep(), race.firstWrite(), race.variable(), race.secondLane());
            plan.addRace(race.secondLane(), race.secondStep(), race.secondWrite(), race.variable(), race.firstLane());
        }
        long flow = 1;
        for (Arrow arrow : model.arrows()) {
            long from = tracks.laneTrack(arrow.fromLane());
            long to = tracks.laneTrack(arrow.toLane());
            if (from != 0 && to != 0) {
                plan.startFlow(from, arrow.fromStep(), arrow.kind(), flow);
                plan.endFlow(to, arrow.toStep(), arrow.kind(), flow);
                flow++;
            }
        }
        return List.copyOf(plan.instants);
    }

    private void addMarkers(Lane lane) {
        long track = tracks.laneTrack(lane.index());
        MarkerList markers = lane.markers();
        for (int i = 0; i < markers.size(); i++) {
            MarkerKind kind = markers.kind(i);
            String label = model.label(markers.label(i));
            long step = markers.step(i);
            List<TraceItem.Arg> args = new ArrayList<>();
            args.add(new TraceItem.Arg("step", step));
            Integer line = lines.get(new Place(lane.threadId(), step));
            if (line != null) {
                args.add(new TraceItem.Arg("line", (long) line));
            }
            if (label != null) {
                boolean pid = (kind == MarkerKind.FORK || kind == MarkerKind.SPAWN) && label.matches("\\d{1,9}");
                args.add(new TraceItem.Arg(argumentName(kind), pid ? (Object) Long.parseLong(label) : label));
            }
            if (kind == MarkerKind.LOST_UPDATE) {
                lostUpdateArgs(lostUpdates.get(new Place(lane.threadId(), step)), args);
            }
            add(new TraceItem.Instant(track, step, model.nanosAt(step), markerName(kind, label), category(kind), args,
                    List.of(), List.of()));
        }
    }

    /** What the marker's label is, as an argument's name. */
    private static String argumentName(MarkerKind kind) {
        return switch (kind) {
            case ACQUIRE, RELEASE, WAIT, NOTIFY, TIMEOUT -> "object";
            case FORK, SPAWN -> "child pid";
            case START -> "thread";
            case PRINT -> "text";
            case ERROR -> "exception";
            case LOST_UPDATE -> "variable";
            case GENERATOR -> "generator";
        };
    }

    private static String markerName(MarkerKind kind, String label) {
        String word = switch (kind) {
            case ACQUIRE -> "acquire";
            case RELEASE -> "release";
            case WAIT -> "wait";
            case NOTIFY -> "notify";
            case FORK -> "fork";
            case SPAWN -> "spawn";
            case START -> "start";
            case PRINT -> "print";
            case TIMEOUT -> "timeout";
            case ERROR -> "error";
            case LOST_UPDATE -> "lost update";
            case GENERATOR -> "generator";
        };
        if (label == null) {
            return word;
        }
        return kind == MarkerKind.PRINT ? word + ": " + shortened(label) : word + " " + label;
    }

    private static String category(MarkerKind kind) {
        return switch (kind) {
            case ACQUIRE, RELEASE, WAIT, NOTIFY, TIMEOUT -> "sync";
            case FORK, SPAWN, START -> "lifecycle";
            case PRINT -> "output";
            case ERROR, LOST_UPDATE -> "problem";
            case GENERATOR -> "generator";
        };
    }

    private static String shortened(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 59) + "\u2026";
    }

    /** What was written over what, by whom: from the trace's lost update at the marker. */
    private void lostUpdateArgs(TraceEvent.LostUpdate lost, List<TraceItem.Arg> args) {
        if (lost == null) {
            return;
        }
        args.add(new TraceItem.Arg("value written", lost.value()));
        args.add(new TraceItem.Arg("read at step", lost.readStep()));
        args.add(new TraceItem.Arg("overwritten value", lost.overwrittenValue()));
        args.add(new TraceItem.Arg("overwritten thread", trace.threadName(lost.overwrittenWriter())));
        args.add(new TraceItem.Arg("overwritten at step", lost.overwrittenStep()));
    }

    private void addRace(int lane, long step, boolean write, String variable, int otherLane) {
        long track = tracks.laneTrack(lane);
        if (track == 0) {
            return;
        }
        List<TraceItem.Arg> args = new ArrayList<>();
        args.add(new TraceItem.Arg("step", step));
        args.add(new TraceItem.Arg("variable", variable));
        args.add(new TraceItem.Arg("access", write ? "write" : "read"));
        if (otherLane >= 0) {
            args.add(new TraceItem.Arg("unordered with", model.lanes().get(otherLane).name()));
        }
        add(new TraceItem.Instant(track, step, model.nanosAt(step), "race on " + variable, "problem", args, List.of(),
                List.of()));
    }

    private void startFlow(long track, long step, ArrowKind kind, long flow) {
        int i = instantAt(track, step, kind);
        instants.set(i, instants.get(i).withFlowOut(flow));
    }

    private void endFlow(long track, long step, ArrowKind kind, long flow) {
        int i = instantAt(track, step, kind);
        instants.set(i, instants.get(i).withFlowIn(flow));
    }

    /** The first instant at a place, made for the flow when nothing else is there. */
    private int instantAt(long track, long step, ArrowKind kind) {
        Integer existing = firstAt.get(new Place(track, step));
        if (existing != null) {
            return existing;
        }
        String name = flowName(kind);
        add(new TraceItem.Instant(track, step, model.nanosAt(step), name, "flow",
                List.of(new TraceItem.Arg("step", step)), List.of(), List.of()));
        return instants.size() - 1;
    }

    private static String flowName(ArrowKind kind) {
        return switch (kind) {
            case HANDOFF -> "hand-off";
            case WAKE -> "wake";
            case FORK -> "fork";
            case SPAWN -> "spawn";
            case START -> "start";
            case AWAIT -> "await";
            case GIL -> "GIL hand-off";
        };
    }

    private void add(TraceItem.Instant instant) {
        firstAt.putIfAbsent(new Place(instant.track(), instant.step()), instants.size());
        instants.add(instant);
    }
}
