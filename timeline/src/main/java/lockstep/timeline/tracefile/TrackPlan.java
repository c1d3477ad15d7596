package lockstep.timeline.tracefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lockstep.sim.trace.Grain;
import lockstep.timeline.Lane;
import lockstep.timeline.LaneGroup;
import lockstep.timeline.LaneKind;
import lockstep.timeline.TimelineModel;

/**
 * The tracks of a trace file, from the timeline's lanes in their order: for each simulated process (in order of
 * appearance) a process track with its GIL counter, then each thread (in order of birth) with, nested in it, its
 * operations, its tasks and its event loop's ready-queue counter. Uuids are derived from pids, thread ids and a task's
 * place in its thread, so they are the same in every export of the run. The cores' lanes have no track: a thread's
 * running slices say where it ran.
 */
final class TrackPlan {
    /** The high byte of a uuid says what it names, the rest which one; 0 is the viewer's root track. */
    private static final long PROCESS = 1L << 56;
    private static final long THREAD = 2L << 56;
    private static final long OPERATIONS = 3L << 56;
    private static final long TASK = 4L << 56;
    private static final long GIL = 5L << 56;
    private static final long READY_QUEUE = 6L << 56;

    private final List<TraceTrack> tracks = new ArrayList<>();
    /** By lane index: the track of a thread or task lane, 0 for other lanes. */
    private final long[] laneTracks;
    /** The thread id of each thread lane's colour, which a GIL bar names its holder by. */
    private final Map<Integer, Integer> threadOfColour = new HashMap<>();

    private TrackPlan(int lanes) {
        laneTracks = new long[lanes];
    }

    /**
     * The tracks of {@code model}: an operations track (named after {@code grain}) for each thread in
     * {@code grouped}, a ready-queue counter for each thread in {@code loops}.
     */
    static TrackPlan of(TimelineModel model, Grain grain, Set<Integer> grouped, Set<Integer> loops) {
        TrackPlan plan = new TrackPlan(model.lanes().size());
        int processRank = 0;
        for (LaneGroup group : model.groups()) {
            if (group.kind() == LaneGroup.Kind.PROCESS) {
                plan.addProcess(model, group, processRank++, grain, grouped, loops);
            }
        }
        return plan;
    }

    private void addProcess(TimelineModel model, LaneGroup group, int rank, Grain grain, Set<Integer> grouped,
                            Set<Integer> loops) {
        int pid = group.pid();
        long process = PROCESS | pid;
        tracks.add(new TraceTrack(process, 0, TraceTrack.Kind.PROCESS, processName(group), pid, -1, rank));
        int taskRank = 0;
        long thread = 0;
        int tid = -1;
        for (int i = group.firstLane(); i < group.endLane(); i++) {
            Lane lane = model.lanes().get(i);
            if (lane.kind() == LaneKind.GIL) {
                tracks.add(new TraceTrack(GIL | pid, process, TraceTrack.Kind.COUNTER, "GIL holder", pid, -1, -1,
                        "thread id"));
            } else if (lane.kind() == LaneKind.THREAD) {
                closeThread(thread, tid, pid, taskRank, loops);
                tid = lane.threadId();
                thread = THREAD | tid;
                threadOfColour.put(lane.colorIndex(), tid);
                laneTracks[i] = thread;
                tracks.add(new TraceTrack(thread, 0, TraceTrack.Kind.THREAD, lane.thread(), pid, tid, lane.index()));
                if (grouped.contains(tid)) {
                    tracks.add(new TraceTrack(OPERATIONS | tid, thread, TraceTrack.Kind.OPERATIONS,
                            grain == Grain.LINE ? "lines" : "operations", pid, tid, 0));
                }
                taskRank = 1;
            } else if (lane.kind() == LaneKind.TASK) {
                long task = TASK | ((long) tid << 24) | taskRank;
                laneTracks[i] = task;
                tracks.add(new TraceTrack(task, thread, TraceTrack.Kind.TASK, lane.task(), pid, tid, taskRank++));
            }
        }
        closeThread(thread, tid, pid, taskRank, loops);
    }

    /** After a thread's tasks: its event loop's ready-queue counter, when it ran one. */
    private void closeThread(long thread, int tid, int pid, int rank, Set<Integer> loops) {
        if (thread != 0 && loops.contains(tid)) {
            tracks.add(new TraceTrack(READY_QUEUE | tid, thread, TraceTrack.Kind.COUNTER, "ready queue", pid, tid,
                    rank, "tasks"));
        }
    }

    private static String processName(LaneGroup group) {
        return switch (group.origin()) {
            case FORK -> "process " + group.pid() + " (forked by " + group.parentPid() + ")";
            case SPAWN -> "process " + group.pid() + " (spawned by " + group.parentPid() + ")";
            default -> "process " + group.pid();
        };
    }

    /** Every track, parents before their children, in the program's order. */
    List<TraceTrack> tracks() {
        return List.copyOf(tracks);
    }

    /** The track of a thread or task lane; 0 for a core or GIL lane. */
    long laneTrack(int lane) {
        return lane < 0 || lane >= laneTracks.length ? 0 : laneTracks[lane];
    }

    long operationsTrack(int tid) {
        return OPERATIONS | tid;
    }

    long gilCounter(int pid) {
        return GIL | pid;
    }

    long readyQueueCounter(int tid) {
        return READY_QUEUE | tid;
    }

    /** The id of the thread drawn in colour {@code colour} (a GIL bar's owner), or -1. */
    int threadOfColour(int colour) {
        return threadOfColour.getOrDefault(colour, -1);
    }
}
