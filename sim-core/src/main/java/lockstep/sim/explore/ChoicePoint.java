package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.machine.StateWalk;

/**
 * A point of the execution in progress where two or more threads could run, as optimal DPOR keeps it while the
 * search is below it: how to get back there, the threads asleep there and the wakeup tree of what is still to be run
 * from there.
 */
final class ChoicePoint {
    /** A thread asleep here, with the operation it would do, named against this point's walk. */
    record Sleeper(int thread, Footprint footprint) {}

    /** The choices from the start to this point, then the silent waits tried here since. */
    final List<Integer> path;
    /** How many of {@link #path}'s choices lead to the point itself: its walk is taken there. */
    final int base;
    /** How many operations ran before the point. */
    final int event;
    final List<Sleeper> sleep;
    final WakeupTree tree;
    /** The branch being explored from here. */
    WakeupTree.Node current;
    /** The walk of this point in the execution in progress. */
    StateWalk walk;

    ChoicePoint(List<Integer> path, int event, List<Sleeper> sleep, WakeupTree tree, StateWalk walk) {
        this.path = new ArrayList<>(path);
        this.base = path.size();
        this.event = event;
        this.sleep = sleep;
        this.tree = tree;
        this.walk = walk;
    }

    /** The sleepers as live footprints of the execution in progress. */
    List<Sleeper> liveSleep() {
        List<Sleeper> out = new ArrayList<>(sleep.size());
        for (Sleeper s : sleep) {
            out.add(new Sleeper(s.thread(), s.footprint().live(Footprint.of(walk))));
        }
        return out;
    }
}
