package lockstep.sim.explore;

import java.util.List;

/**
 * A sequence of operations of the execution in progress to run from one of its choice points: the reversal of a
 * race, {@code notdep(e, E).proc(e')} in the terms of Abdulla et al. Its operations are compared with each other
 * live (they are of one execution), and named against the point's state ({@link RootedFootprint}) to be compared
 * with the operations already in the point's wakeup tree and those of the threads asleep there, which may come from
 * other executions.
 */
final class WakeupSequence {
    final int[] threads;
    final Footprint[] live;
    private RootedFootprint[] rooted;

    WakeupSequence(List<Integer> threads, List<Footprint> live) {
        this.threads = threads.stream().mapToInt(Integer::intValue).toArray();
        this.live = live.toArray(new Footprint[0]);
    }

    int size() {
        return threads.length;
    }

    /**
     * Names the operations against the point ({@code names}, the point's in the run in progress). An operation with
     * nothing before it in the sequence that it depends on can only touch objects of the point's state or ones it
     * makes itself, which nobody else touches (the race's first operation and what follows it are not in the
     * sequence: nothing in it depends on them).
     */
    void rootAt(Footprint.Names names) {
        rooted = new RootedFootprint[threads.length];
        for (int k = 0; k < threads.length; k++) {
            // The last operation is the race's second: it may touch what the first made, which it now precedes.
            boolean ownNew = k < threads.length - 1 && firstDependent(k, null) < 0;
            rooted[k] = RootedFootprint.of(live[k], names, ownNew);
        }
    }

    RootedFootprint rooted(int k) {
        return rooted[k];
    }

    /** The first operation of {@code thread} not removed, or -1. */
    int firstOf(int thread, boolean[] removed) {
        for (int k = 0; k < threads.length; k++) {
            if (threads[k] == thread && (removed == null || !removed[k])) {
                return k;
            }
        }
        return -1;
    }

    /** An operation before {@code k}, not removed, that {@code k} may not pass: of its thread, or conflicting. */
    private int firstDependent(int k, boolean[] removed) {
        for (int m = 0; m < k; m++) {
            if ((removed == null || !removed[m])
                    && (threads[m] == threads[k] || live[m].conflicts(live[k]))) {
                return m;
            }
        }
        return -1;
    }

    /**
     * Whether {@code thread}, whose next operation at the point is {@code next} (named against the point: a wakeup
     * tree's node, or a thread asleep there), is a weak initial of what is left of the sequence: its first operation
     * in it depends on nothing before, or it has none and {@code next} commutes with all of it.
     */
    boolean weakInitialRooted(int thread, RootedFootprint next, boolean[] removed) {
        int k = firstOf(thread, removed);
        if (k >= 0) {
            return firstDependent(k, removed) < 0;
        }
        for (int m = 0; m < threads.length; m++) {
            if ((removed == null || !removed[m]) && next.conflicts(rooted[m])) {
                return false;
            }
        }
        return true;
    }
}
