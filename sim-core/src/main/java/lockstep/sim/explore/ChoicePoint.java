package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * A point of the execution in progress where two or more threads could run, as optimal DPOR keeps it while the
 * search is below it: how to get back there, the threads asleep there and the wakeup tree of what is still to be run
 * from there.
 */
final class ChoicePoint {
    /** A thread asleep here, with the operation it would do named against this point. */
    record Asleep(int thread, RootedFootprint footprint) {}

    /** The choices from the start to this point, then the silent waits tried here since. */
    final List<Integer> path;
    /** How many of {@link #path}'s choices lead to the point itself: its names are taken there. */
    final int base;
    /** How many operations ran before the point. */
    final int event;
    final List<Asleep> sleep;
    final WakeupTree tree;
    /** The branch being explored from here. */
    WakeupTree.Node current;
    /** How the execution in progress names the objects of this point's state. */
    Footprint.Names names;
    /** The copy of the machine here that runs go on from; null when runs replay from the start. */
    final KeptPoint kept;

    ChoicePoint(List<Integer> path, int event, List<Asleep> sleep, WakeupTree tree, Footprint.Names names,
                KeptPoint kept) {
        this.path = new ArrayList<>(path);
        this.base = path.size();
        this.event = event;
        this.sleep = sleep;
        this.tree = tree;
        this.names = names;
        this.kept = kept;
    }

    /** The sleepers as live footprints of the execution in progress. */
    List<Sleeper> liveSleep() {
        List<Sleeper> out = new ArrayList<>(sleep.size());
        for (Asleep s : sleep) {
            out.add(new Sleeper(s.thread(), s.footprint().live(names)));
        }
        return out;
    }
}
