package lockstep.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.trace.Segment;

/**
 * What the layout learns about one thread while it reads the trace: when it ran (segments), the moments its state
 * changed while it did not run (marks), its markers and its tasks. {@link #bars} turns that into bars.
 */
final class ThreadTrack {
    /** A state change at a step boundary; {@code order} breaks ties between changes at the same boundary. */
    record Mark(long step, long order, BarState state, int label) {}

    /** A lane's bars and its state after the last step. */
    record Bars(BarList list, BarState finalState, int finalLabel) {}

    private static final Comparator<Mark> BY_STEP = Comparator.comparingLong(Mark::step).thenComparingLong(Mark::order);

    final int id;
    final int pid;
    final String name;
    final long birth;
    final int colorIndex;
    final List<Segment> segments = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    final MarkerList markers = new MarkerList();
    final Map<String, TaskTrack> tasks = new LinkedHashMap<>();
    /** The step since which the thread waits (BLOCK without its end yet), or -1. */
    long waitSince = -1;
    BarState waitState;
    long end = -1;
    int lane = -1;

    ThreadTrack(int id, int pid, String name, long birth, int colorIndex) {
        this.id = id;
        this.pid = pid;
        this.name = name;
        this.birth = birth;
        this.colorIndex = colorIndex;
    }

    void mark(long step, long order, BarState state, int label) {
        marks.add(new Mark(step, order, state, label));
    }

    boolean aliveAt(long step) {
        return birth <= step && (end < 0 || step <= end);
    }

    /**
     * The bars from birth to {@code total}: RUNNING over its segments and, between them, the state of the latest
     * mark — READY after a segment that no mark ends otherwise (preempted). With several cores a thread that runs in
     * two consecutive ticks has the other cores' steps between its own; that gap is running too (no mark, and the
     * next segment starts when the last one ended in virtual time).
     */
    Bars bars(long total, long stepNanos) {
        marks.sort(BY_STEP);
        BarList bars = new BarList();
        long cur = birth;
        BarState state = BarState.READY;
        int label = -1;
        int mi = 0;
        int si = 0;
        long previousEnd = -1;
        long previousEndNanos = -1;
        while (cur < total) {
            while (mi < marks.size() && marks.get(mi).step() <= cur) {
                state = marks.get(mi).state();
                label = marks.get(mi).label();
                mi++;
            }
            if (state == BarState.DONE) {
                bars.add(cur, total, BarState.DONE, -1, -1);
                break;
            }
            if (si < segments.size() && segments.get(si).firstStep() <= cur) {
                Segment g = segments.get(si++);
                long segmentEnd = g.firstStep() + g.stepCount();
                bars.add(cur, segmentEnd, BarState.RUNNING, -1, -1);
                cur = Math.max(cur, segmentEnd);
                previousEnd = segmentEnd;
                previousEndNanos = g.startNanos() + g.stepCount() * stepNanos;
                state = BarState.READY;
                label = -1;
                continue;
            }
            long next = total;
            if (si < segments.size()) {
                next = Math.min(next, segments.get(si).firstStep());
            }
            if (mi < marks.size()) {
                next = Math.min(next, marks.get(mi).step());
            }
            BarState shown = state;
            if (state == BarState.READY && cur == previousEnd && si < segments.size()
                    && next == segments.get(si).firstStep() && segments.get(si).startNanos() == previousEndNanos) {
                shown = BarState.RUNNING;
            }
            bars.add(cur, next, shown, -1, label);
            cur = next;
        }
        while (mi < marks.size() && marks.get(mi).step() <= total) {
            state = marks.get(mi).state();
            label = marks.get(mi).label();
            mi++;
        }
        return new Bars(bars, state, label);
    }
}
