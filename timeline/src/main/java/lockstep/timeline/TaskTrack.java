package lockstep.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * One asyncio task inside its thread: RUNNING from its start or resumption to its next yield (it is the task its
 * thread's event loop runs), WAITING while suspended at an {@code await}, DONE after its end.
 */
final class TaskTrack {
    final String name;
    final long birth;
    final List<ThreadTrack.Mark> marks = new ArrayList<>();
    /** What the task said it awaits when it last yielded (a task's name), or null. */
    String awaits;
    int lane = -1;

    TaskTrack(String name, long birth) {
        this.name = name;
        this.birth = birth;
    }

    ThreadTrack.Bars bars(long total) {
        BarList bars = new BarList();
        long cur = birth;
        BarState state = BarState.READY;
        int label = -1;
        for (ThreadTrack.Mark mark : marks) {
            bars.add(cur, Math.min(total, mark.step()), state, -1, label);
            cur = Math.max(cur, mark.step());
            state = mark.state();
            label = mark.label();
        }
        bars.add(cur, total, state, -1, label);
        return new ThreadTrack.Bars(bars, state, label);
    }
}
