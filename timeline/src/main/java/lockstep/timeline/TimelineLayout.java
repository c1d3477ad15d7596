package lockstep.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.Simulator;
import lockstep.sim.analysis.Deadlock;
import lockstep.sim.analysis.Race;
import lockstep.sim.trace.Narration;
import lockstep.sim.trace.Operation;
import lockstep.sim.trace.ObjectNames;
import lockstep.sim.trace.Segment;
import lockstep.sim.trace.Trace;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceEvent.Acquired;
import lockstep.sim.trace.TraceEvent.Blocked;
import lockstep.sim.trace.TraceEvent.Deadlocked;
import lockstep.sim.trace.TraceEvent.ErrorRaised;
import lockstep.sim.trace.TraceEvent.ForkServerStarted;
import lockstep.sim.trace.TraceEvent.Forked;
import lockstep.sim.trace.TraceEvent.GilHandedOver;
import lockstep.sim.trace.TraceEvent.Printed;
import lockstep.sim.trace.TraceEvent.Released;
import lockstep.sim.trace.TraceEvent.Slept;
import lockstep.sim.trace.TraceEvent.Spawned;
import lockstep.sim.trace.TraceEvent.StepLimitReached;
import lockstep.sim.trace.TraceEvent.TaskResumed;
import lockstep.sim.trace.TraceEvent.TaskStarted;
import lockstep.sim.trace.TraceEvent.TaskWoken;
import lockstep.sim.trace.TraceEvent.TaskYielded;
import lockstep.sim.trace.TraceEvent.ThreadEnded;
import lockstep.sim.trace.TraceEvent.ThreadStarted;
import lockstep.sim.trace.TraceEvent.TimedOut;
import lockstep.sim.trace.TraceEvent.Woke;

/**
 * Lays a trace out as a {@link TimelineModel} in one pass over its segments and events (O(segments + events)).
 *
 * <p>Threads are known by their id, so threads that share a name get a lane each. Running comes from the segments;
 * every other state from the typed events: blocked (BLOCKED for a lock, else WAITING), slept (sleeping or I/O; CPU
 * work counts as running), woke and timed out (ready), ended (done). A waiter is ready from the release of what it
 * waits for — the last release of that object before its acquire — which also gives the hand-off (or wake) arrow.
 * Events the layout does not draw (a task woken, the loop's queues) are ignored.
 *
 * <p>Laid out with groups ({@link OperationIndex}: the operation or line grain), the events on internal objects (a
 * library's own locks, {@link lockstep.sim.trace.TraceObject#internal()}) change the threads' states as before but
 * draw no marker and no arrow, and a wait on one is labelled with the operation that waits.
 */
public final class TimelineLayout {
    private final Labels labels = new Labels();
    /** Every thread in order of birth, and by id. */
    private final List<ThreadTrack> threads = new ArrayList<>();
    private final Map<Integer, ThreadTrack> threadsById = new HashMap<>();
    private final Map<Integer, ProcessInfo> processes = new LinkedHashMap<>();
    private final Map<Integer, GilTrack> gils = new TreeMap<>();
    private final Map<String, Release> lastRelease = new HashMap<>();
    private final Map<String, TaskEnd> taskEnds = new HashMap<>();
    private final List<PendingArrow> arrows = new ArrayList<>();
    private long deadlockStep = -1;
    private long stepLimitStep = -1;
    private long total;
    /** The trace read, for its thread table. */
    private Trace trace;
    /** The groups whose internals are folded, or null to draw every event. */
    private final OperationIndex folded;

    private record ProcessInfo(int pid, int parentPid, LaneGroup.Origin origin) {}

    /**
     * A release of an object: where a waiter's wait ends and its arrow starts. {@code wakeShown}: whether a wake it
     * gives is drawn when its object is folded (see {@link #shownWhenFolded}).
     */
    private record Release(long step, long order, ThreadTrack by, int marker, boolean wakeShown) {}

    private record TaskEnd(long step, TaskTrack task) {}

    private record PendingArrow(ArrowKind kind, Object from, long fromStep, Object to, long toStep) {}

    /** Which thread of one process holds its GIL, from when. */
    private static final class GilTrack {
        final BarList bars = new BarList();
        ThreadTrack holder;
        long since;
        /** The last thread that dropped it, and when: where a hand-off arrow starts. */
        ThreadTrack dropped;
        long droppedAt;
    }

    private TimelineLayout(OperationIndex folded) {
        this.folded = folded;
    }

    /**
     * Whether a wake that a release of a folded object gives is still drawn (as an arrow, without a marker of its
     * own): when the program's code made the release (its {@code notify()}, {@code set()}, {@code put()}; the event
     * has a program line) or the release is a thread's end, which its joiners wait for. A library's start-up code
     * waking {@code Thread.start()} is neither.
     */
    private static boolean shownWhenFolded(Released e) {
        return e.line() > 0 || e.object().name() instanceof lockstep.sim.trace.ObjectName.ThreadEnd;
    }

    /** Whether the event's object is a library's own and the layout folds it into the operation. */
    private boolean folds(TraceEvent.ObjectRef object) {
        return folded != null && object != null && trace.isInternal(object.key());
    }

    /** An object's name as narration, rendered by the painter in its language. */
    private Narration objectName(TraceEvent.ObjectRef object) {
        return ObjectNames.narration(object.name(), trace);
    }

    /** Lays out a trace with the run's deadlock (or null) and races, every event drawn. */
    public static TimelineModel build(Trace trace, Deadlock deadlock, List<Race> races) {
        return build(trace, deadlock, races, null);
    }

    /** Lays out a trace with library internals folded into the groups of {@code folded} (null: none folded). */
    static TimelineModel build(Trace trace, Deadlock deadlock, List<Race> races, OperationIndex folded) {
        return new TimelineLayout(folded).layout(trace, deadlock, races);
    }

    private TimelineModel layout(Trace trace, Deadlock deadlock, List<Race> races) {
        this.trace = trace;
        List<Segment> segments = trace.segments();
        List<TraceEvent> events = trace.events();
        total = trace.steps();
        for (TraceEvent e : events) {
            total = Math.max(total, e.step());
        }
        readSegmentsAndEvents(segments, events);
        List<Lane> lanes = new ArrayList<>();
        List<LaneGroup> groups = new ArrayList<>();
        addCoreLanes(segments, lanes, groups);
        addProcessLanes(lanes, groups);
        List<Arrow> resolved = resolveArrows();
        List<RaceMark> raceMarks = raceMarks(races);
        DeadlockMark deadlockMark = deadlockMark(deadlock);
        return new TimelineModel(lanes, groups, resolved, raceMarks, deadlockMark, total, stepLimitStep,
                labels.all(), clockMap(segments, events), folded);
    }

    // ------------------------------------------------------------------ reading the trace

    /** Segments and events merged in step order, so that tracks are born before their first segment. */
    private void readSegmentsAndEvents(List<Segment> segments, List<TraceEvent> events) {
        int si = 0;
        for (int ei = 0; ei < events.size(); ei++) {
            TraceEvent e = events.get(ei);
            while (si < segments.size() && segments.get(si).firstStep() < e.step()) {
                addSegment(segments.get(si++));
            }
            read(e, ei);
        }
        while (si < segments.size()) {
            addSegment(segments.get(si++));
        }
    }

    private void addSegment(Segment g) {
        track(g.thread(), g.firstStep()).segments.add(g);
    }

    private void read(TraceEvent e, long order) {
        if (e instanceof ThreadStarted started) {
            threadStart(started);
        } else if (e instanceof Forked fork) {
            fork(fork);
        } else if (e instanceof Spawned spawn) {
            spawn(spawn);
        } else if (e instanceof ForkServerStarted server) {
            track(e).markers.add(e.step(), MarkerKind.SPAWN, labels.of(String.valueOf(server.pid())));
        } else if (e instanceof Blocked blocked) {
            block(blocked, order);
        } else if (e instanceof Slept slept) {
            sleep(slept, order);
        } else if (e instanceof Woke) {
            track(e).mark(e.step(), order, BarState.READY, -1);
        } else if (e instanceof TimedOut timeout) {
            ThreadTrack t = track(e);
            if (!folds(timeout.object())) {
                t.markers.add(e.step(), MarkerKind.TIMEOUT, labels.of(objectName(timeout.object())));
            }
            t.mark(e.step(), order, BarState.READY, -1);
            t.waitSince = -1;
        } else if (e instanceof Acquired acquired) {
            acquire(acquired, order);
        } else if (e instanceof Released released) {
            ThreadTrack t = track(e);
            int marker = folds(released.object()) ? -1
                    : t.markers.add(e.step(), MarkerKind.RELEASE, labels.of(objectName(released.object())));
            lastRelease.put(released.object().key(), new Release(e.step(), order, t, marker,
                    shownWhenFolded(released)));
        } else if (e instanceof Printed printed) {
            track(e).markers.add(e.step(), MarkerKind.PRINT, labels.of(printed.text()));
        } else if (e instanceof TraceEvent.LostUpdate lost) {
            track(e).markers.add(e.step(), MarkerKind.LOST_UPDATE, labels.of(lost.variable()));
        } else if (e instanceof TraceEvent.GeneratorHandoff handoff) {
            // Into the generator or back out of it, on the lane of the thread that runs both frames.
            String arrow = handoff.handoff().entering() ? "\u2192 " : "\u2190 ";
            track(e).markers.add(e.step(), MarkerKind.GENERATOR, labels.of(arrow + handoff.generator()));
        } else if (e instanceof ErrorRaised error) {
            track(e).markers.add(e.step(), MarkerKind.ERROR, labels.of(error.exceptionType()));
        } else if (e instanceof ThreadEnded) {
            ThreadTrack t = track(e);
            t.mark(e.step(), order, BarState.DONE, -1);
            t.end = e.step();
            releaseGil(t, e.step());
        } else if (e instanceof GilHandedOver) {
            takeGil(e);
        } else if (e instanceof Deadlocked) {
            deadlockStep = e.step();
        } else if (e instanceof StepLimitReached) {
            stepLimitStep = e.step();
        } else if (!(e instanceof TaskWoken) && TraceEvent.taskOf(e) != null) {
            task(e, order, TraceEvent.taskOf(e));
        }
    }

    private void threadStart(ThreadStarted e) {
        if (e.parent() < 0) {
            track(e);
            return;
        }
        ThreadTrack parent = track(e);
        ThreadTrack started = track(e.started(), e.step());
        parent.markers.add(e.step(), MarkerKind.START, labels.of(started.name));
        arrows.add(new PendingArrow(ArrowKind.START, parent, e.step(), started, e.step()));
    }

    private void fork(Forked e) {
        ThreadTrack parent = track(e);
        parent.markers.add(e.step(), MarkerKind.FORK, labels.of(String.valueOf(e.childPid())));
        process(e.childPid(), e.parentPid(), LaneGroup.Origin.FORK);
        ThreadTrack copy = track(e.childThread(), e.step());
        arrows.add(new PendingArrow(ArrowKind.FORK, parent, e.step(), copy, e.step()));
    }

    private void spawn(Spawned e) {
        ThreadTrack parent = track(e);
        parent.markers.add(e.step(), MarkerKind.SPAWN, labels.of(String.valueOf(e.childPid())));
        process(e.childPid(), e.parentPid(), LaneGroup.Origin.SPAWN);
        ThreadTrack main = track(e.childThread(), e.step());
        arrows.add(new PendingArrow(ArrowKind.SPAWN, parent, e.step(), main, e.step()));
    }

    /** Sleeping or I/O gives the GIL back; CPU work counts as running. */
    private void sleep(Slept e, long order) {
        ThreadTrack t = track(e);
        boolean computing = e.pause() == TraceEvent.Pause.COMPUTE;
        t.mark(e.step(), order, computing ? BarState.RUNNING : BarState.SLEEPING,
                labels.of(Durations.seconds(e.nanos() / 1e9)));
        if (!computing) {
            releaseGil(t, e.step());
        }
    }

    private void block(Blocked e, long order) {
        ThreadTrack t = track(e);
        BarState state = e.why() == TraceEvent.Why.LOCK ? BarState.BLOCKED : BarState.WAITING;
        if (folds(e.object())) {
            // Waiting inside a library call: the bar and the marker say which call waits (the step before the
            // event raised it), not which of the library's own locks.
            Operation waiting = folded.at(e.thread(), e.step() - 1);
            int label = labels.of(waiting == null ? null : waiting.narration());
            t.mark(e.step(), order, state, label);
            if (state == BarState.WAITING) {
                t.markers.add(e.step(), MarkerKind.WAIT, label);
            }
            t.waitSince = e.step();
            t.waitState = state;
            releaseGil(t, e.step());
            return;
        }
        Narration object = e.why() == TraceEvent.Why.SHUTDOWN || e.object() == null ? null : objectName(e.object());
        String holder = e.holder() >= 0 ? trace.threadName(e.holder()) : null;
        t.mark(e.step(), order, state,
                labels.of(holder != null ? Narration.joined(" \u2190 ", List.of(object, holder)) : object));
        if (state == BarState.WAITING && object != null) {
            t.markers.add(e.step(), MarkerKind.WAIT, labels.of(object));
        }
        t.waitSince = e.step();
        t.waitState = state;
        releaseGil(t, e.step());
    }

    /** A take; when the thread was waiting, its wait ends and the release that freed the object woke it. */
    private void acquire(Acquired e, long order) {
        ThreadTrack t = track(e);
        boolean fold = folds(e.object());
        if (!fold) {
            t.markers.add(e.step(), MarkerKind.ACQUIRE, labels.of(objectName(e.object())));
        }
        if (t.waitSince < 0) {
            return;
        }
        Release release = lastRelease.get(e.object().key());
        if (release != null && release.by() != t && release.step() >= t.waitSince) {
            boolean signal = t.waitState == BarState.WAITING;
            t.mark(release.step(), release.order(), BarState.READY, -1);
            if (signal && release.marker() >= 0) {
                release.by().markers.setKind(release.marker(), MarkerKind.NOTIFY);
            }
            if (!fold || (signal && release.wakeShown())) {
                arrows.add(new PendingArrow(signal ? ArrowKind.WAKE : ArrowKind.HANDOFF, release.by(),
                        release.step(), t, e.step()));
            }
        }
        t.mark(e.step(), order, BarState.READY, -1);
        t.waitSince = -1;
    }

    private void takeGil(TraceEvent e) {
        ThreadTrack taker = track(e);
        GilTrack gil = gils.computeIfAbsent(taker.pid, pid -> new GilTrack());
        closeGil(gil, e.step());
        gilHandOffArrow(gil, (GilHandedOver) e, taker);
        gil.holder = taker;
        gil.since = e.step();
    }

    /** An arrow from where the GIL's last holder dropped it (it ran out of time, waited, slept, ended) to its taker. */
    private void gilHandOffArrow(GilTrack gil, GilHandedOver e, ThreadTrack taker) {
        if (e.from() >= 0 && gil.dropped != null && gil.dropped.id == e.from() && gil.dropped != taker) {
            arrows.add(new PendingArrow(ArrowKind.GIL, gil.dropped, gil.droppedAt, taker, e.step()));
        }
    }

    /** Blocking, sleeping and ending give the GIL back. */
    private void releaseGil(ThreadTrack t, long step) {
        GilTrack gil = gils.get(t.pid);
        if (gil != null && gil.holder == t) {
            closeGil(gil, step);
        }
    }

    private void closeGil(GilTrack gil, long step) {
        if (gil.holder != null) {
            gil.dropped = gil.holder;
            gil.droppedAt = step;
            gil.bars.add(gil.since, step, BarState.RUNNING, gil.holder.colorIndex, labels.of(gil.holder.name));
            gil.holder = null;
        }
    }

    /**
     * A task's creation and resumption make it run in its thread, its yield and end stop it. A yield may name the
     * task it awaits: when that task has ended, its end points to the resumption.
     */
    private void task(TraceEvent e, long order, String name) {
        ThreadTrack t = track(e);
        TaskTrack task = t.tasks.computeIfAbsent(name, n -> new TaskTrack(n, e.step()));
        if (e instanceof TaskStarted || e instanceof TaskResumed) {
            task.marks.add(new ThreadTrack.Mark(e.step(), order, BarState.RUNNING, -1));
            TaskEnd awaited = task.awaits == null ? null : taskEnds.get(t.pid + "\u0000" + task.awaits);
            if (awaited != null && awaited.step() <= e.step()) {
                arrows.add(new PendingArrow(ArrowKind.AWAIT, awaited.task(), awaited.step(), task, e.step()));
            }
            task.awaits = null;
        } else if (e instanceof TaskYielded yielded) {
            task.awaits = yielded.awaits();
            task.marks.add(new ThreadTrack.Mark(e.step(), order, BarState.WAITING, labels.of(task.awaits)));
        } else {
            task.marks.add(new ThreadTrack.Mark(e.step(), order, BarState.DONE, -1));
            taskEnds.put(t.pid + "\u0000" + name, new TaskEnd(e.step(), task));
        }
    }

    private ThreadTrack track(TraceEvent e) {
        return track(e.thread(), e.step());
    }

    /** The thread's track, born at {@code step} the first time it is seen. */
    private ThreadTrack track(int thread, long step) {
        // Runs of segments and events by one thread: skip the map for them.
        if (lastTrack != null && lastTrack.id == thread) {
            return lastTrack;
        }
        ThreadTrack track = threadsById.get(thread);
        if (track == null) {
            int pid = trace.pidOf(thread);
            process(pid, -1, processes.isEmpty() ? LaneGroup.Origin.MAIN : LaneGroup.Origin.NONE);
            track = new ThreadTrack(thread, pid, trace.threadName(thread), step, threads.size());
            threadsById.put(thread, track);
            threads.add(track);
        }
        lastTrack = track;
        return track;
    }

    private ThreadTrack lastTrack;

    private void process(int pid, int parentPid, LaneGroup.Origin origin) {
        processes.putIfAbsent(pid, new ProcessInfo(pid, parentPid, origin));
    }

    // ------------------------------------------------------------------ lanes

    /** A lane per core, from the segments, when the run used more than one. */
    private void addCoreLanes(List<Segment> segments, List<Lane> lanes, List<LaneGroup> groups) {
        int cores = 0;
        for (Segment g : segments) {
            cores = Math.max(cores, g.core() + 1);
        }
        if (cores <= 1) {
            return;
        }
        BarList[] bars = new BarList[cores];
        long[] previousEnd = new long[cores];
        long[] previousEndNanos = new long[cores];
        int[] previousOwner = new int[cores];
        int[] previousLabel = new int[cores];
        for (int c = 0; c < cores; c++) {
            bars[c] = new BarList();
            previousEnd[c] = -1;
        }
        long stepNanos = Simulator.OP_COST_NANOS;
        for (Segment g : segments) {
            int c = g.core();
            ThreadTrack t = threadsById.get(g.thread());
            int owner = t == null ? -1 : t.colorIndex;
            int label = labels.of(t == null ? trace.threadName(g.thread()) : t.name);
            if (previousEnd[c] >= 0 && g.firstStep() > previousEnd[c] && g.startNanos() == previousEndNanos[c]) {
                // The core ran in the previous tick too: the steps between are the other cores' of that tick.
                bars[c].add(previousEnd[c], g.firstStep(), BarState.RUNNING, previousOwner[c], previousLabel[c]);
            }
            long end = g.firstStep() + g.stepCount();
            bars[c].add(g.firstStep(), end, BarState.RUNNING, owner, label);
            previousEnd[c] = end;
            previousEndNanos[c] = g.startNanos() + g.stepCount() * stepNanos;
            previousOwner[c] = owner;
            previousLabel[c] = label;
        }
        int first = lanes.size();
        for (int c = 0; c < cores; c++) {
            lanes.add(new Lane(lanes.size(), LaneKind.CORE, -1, -1, null, null, c, -1, -1, 0, bars[c], new MarkerList(),
                    null, -1));
        }
        groups.add(new LaneGroup(LaneGroup.Kind.CORES, -1, -1, LaneGroup.Origin.NONE, first, cores));
    }

    /** For each process in order of appearance: its GIL lane, then each thread followed by its tasks. */
    private void addProcessLanes(List<Lane> lanes, List<LaneGroup> groups) {
        long stepNanos = Simulator.OP_COST_NANOS;
        for (ProcessInfo process : processes.values()) {
            int first = lanes.size();
            GilTrack gil = gils.get(process.pid());
            if (gil != null) {
                closeGil(gil, total);
                lanes.add(new Lane(lanes.size(), LaneKind.GIL, process.pid(), -1, null, null, -1, -1, -1, 0, gil.bars,
                        new MarkerList(), null, -1));
            }
            for (ThreadTrack t : threads) {
                if (t.pid != process.pid()) {
                    continue;
                }
                t.lane = lanes.size();
                ThreadTrack.Bars bars = t.bars(total, stepNanos);
                lanes.add(new Lane(t.lane, LaneKind.THREAD, t.pid, t.id, t.name, null, -1, t.colorIndex, -1, t.birth,
                        bars.list(), t.markers, bars.finalState(), bars.finalLabel()));
                for (TaskTrack task : t.tasks.values()) {
                    task.lane = lanes.size();
                    ThreadTrack.Bars taskBars = task.bars(total);
                    lanes.add(new Lane(task.lane, LaneKind.TASK, t.pid, t.id, t.name, task.name, -1, t.colorIndex,
                            t.lane, task.birth, taskBars.list(), new MarkerList(), taskBars.finalState(),
                            taskBars.finalLabel()));
                }
            }
            if (lanes.size() > first) {
                groups.add(new LaneGroup(LaneGroup.Kind.PROCESS, process.pid(), process.parentPid(),
                        process.origin(), first, lanes.size() - first));
            }
        }
    }

    private List<Arrow> resolveArrows() {
        List<Arrow> resolved = new ArrayList<>(arrows.size());
        for (PendingArrow a : arrows) {
            int from = laneOf(a.from());
            int to = laneOf(a.to());
            if (from >= 0 && to >= 0) {
                resolved.add(new Arrow(a.kind(), from, a.fromStep(), to, a.toStep()));
            }
        }
        resolved.sort(java.util.Comparator.comparingLong(Arrow::fromStep));
        return resolved;
    }

    private static int laneOf(Object track) {
        if (track instanceof ThreadTrack t) {
            return t.lane;
        }
        return ((TaskTrack) track).lane;
    }

    // ------------------------------------------------------------------ races, deadlock, clock

    private List<RaceMark> raceMarks(List<Race> races) {
        List<RaceMark> marks = new ArrayList<>();
        if (races == null) {
            return marks;
        }
        for (Race race : races) {
            marks.add(new RaceMark(race.variable(), laneOfThread(race.first().thread()), race.first().step(),
                    race.first().write(), laneOfThread(race.second().thread()), race.second().step(),
                    race.second().write()));
        }
        return marks;
    }

    /** The lane of thread {@code id}, or -1. */
    private int laneOfThread(int id) {
        ThreadTrack t = threadsById.get(id);
        return t == null ? -1 : t.lane;
    }

    /** The deadlock's edges, between the lanes of its threads (known by id: several threads may share a name). */
    private DeadlockMark deadlockMark(Deadlock deadlock) {
        if (deadlock == null) {
            return null;
        }
        long step = deadlockStep >= 0 ? deadlockStep : total;
        List<DeadlockMark.Edge> edges = new ArrayList<>();
        List<String> cycle = deadlock.cycle();
        List<Integer> ids = deadlock.cycleThreads();
        java.util.Set<Integer> inCycle = new java.util.HashSet<>(ids);
        Map<Integer, Deadlock.Waiting> byThread = new HashMap<>();
        for (Deadlock.Waiting w : deadlock.waiting()) {
            byThread.put(w.threadId(), w);
        }
        for (int i = 0; i + 1 < ids.size() && 2 * i + 2 < cycle.size(); i++) {
            Deadlock.Waiting w = byThread.get(ids.get(i));
            Narration what = w != null && w.what() != null ? ObjectNames.narration(w.what(), trace)
                    : Narration.of("object.variable", cycle.get(2 * i + 1));
            edges.add(new DeadlockMark.Edge(laneOfThread(ids.get(i)), what,
                    laneOfThread(ids.get(i + 1)), cycle.get(2 * i + 2), false, true));
        }
        for (Deadlock.Waiting w : deadlock.waiting()) {
            if (inCycle.contains(w.threadId())) {
                continue;
            }
            int holder = w.holder() == null ? -1 : laneOfThread(w.holderId());
            Narration what = w.what() != null ? ObjectNames.narration(w.what(), trace)
                    : Narration.of("object.variable", w.object());
            edges.add(new DeadlockMark.Edge(laneOfThread(w.threadId()), what, holder, w.holder(), w.orphaned(),
                    false));
        }
        return new DeadlockMark(step, !cycle.isEmpty(), edges);
    }

    /** The clock's anchors: segment starts and events, merged in step order (times never go back). */
    private static ClockMap clockMap(List<Segment> segments, List<TraceEvent> events) {
        int n = segments.size() + events.size();
        long[] steps = new long[n];
        long[] nanos = new long[n];
        int si = 0;
        int ei = 0;
        long latest = 0;
        for (int i = 0; i < n; i++) {
            boolean segment = ei >= events.size()
                    || (si < segments.size() && segments.get(si).firstStep() <= events.get(ei).step());
            if (segment) {
                steps[i] = segments.get(si).firstStep();
                nanos[i] = segments.get(si++).startNanos();
            } else {
                steps[i] = events.get(ei).step();
                nanos[i] = events.get(ei++).timeNanos();
            }
            latest = Math.max(latest, nanos[i]);
            nanos[i] = latest;
        }
        return new ClockMap(steps, nanos, Simulator.OP_COST_NANOS);
    }
}
