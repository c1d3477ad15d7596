package lockstep.timeline;

import java.util.List;
import lockstep.sim.trace.Narration;

/**
 * The deadlock that ended a run, drawn at {@code step}: who waits for what, held by whom. The edges of a wait-for
 * cycle come first, in cycle order; {@code cycle} tells whether there is one.
 */
public record DeadlockMark(long step, boolean cycle, List<Edge> edges) {
    /**
     * A waiting thread's lane, the object it waits for, and the lane of the thread holding it (-1 when nobody does);
     * {@code orphaned} when the holder does not exist in the waiter's process (a lock copied by fork). The object's
     * name is narration, rendered in the painter's language ({@link TimelineTexts#render}).
     */
    public record Edge(int waiterLane, Narration object, int holderLane, String holder, boolean orphaned,
                       boolean inCycle) {}
}
