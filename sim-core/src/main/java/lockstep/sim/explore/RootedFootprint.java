package lockstep.sim.explore;

import java.util.List;
import lockstep.sim.machine.AccessLog;
import lockstep.sim.machine.StateWalk;
import lockstep.sim.runtime.SyncObject;

/**
 * A footprint named against one choice point's state, for comparing events of different executions in a wakeup
 * tree. A target is the canonical number the point's {@link StateWalk} gives the object (the same in every execution
 * that reaches the point), a marker, or {@link #NEW}: an object that did not exist at the point. Objects made after
 * the point have no name that holds across executions, so all of them are taken as one object — two accesses to new
 * objects conflict whenever their names and kinds would on one object. That only ever adds dependence, which makes a
 * wakeup tree keep a sequence it could have merged, never drop one it needs.
 */
final class RootedFootprint {
    /** Printing. */
    static final int OUTPUT = -1;
    /** The random generators. */
    static final int RANDOM = -2;
    /** Any object made after the point. */
    static final int NEW = -3;
    private final int[] targets;
    private final String[] names;
    private final AccessLog.Kind[] kinds;
    private final boolean readsClock;
    private final boolean global;

    private RootedFootprint(int[] targets, String[] names, AccessLog.Kind[] kinds, boolean readsClock,
                            boolean global) {
        this.targets = targets;
        this.names = names;
        this.kinds = kinds;
        this.readsClock = readsClock;
        this.global = global;
    }

    /** Conflicts with every operation: stands for an operation not known yet. */
    static RootedFootprint unknown() {
        return new RootedFootprint(new int[0], new String[0], new AccessLog.Kind[0], false, true);
    }

    /**
     * {@code live} named against {@code walk}, the state of the point. With {@code ownNew}, every object the walk did
     * not reach was made by the operation itself (it starts at the point, or nothing before it in its sequence made
     * what it touches): nobody else can touch it, so it is dropped. Otherwise it becomes {@link #NEW}.
     */
    static RootedFootprint of(Footprint live, StateWalk walk, boolean ownNew) {
        List<Footprint.Entry> entries = live.entries;
        int[] targets = new int[entries.size()];
        String[] names = new String[entries.size()];
        AccessLog.Kind[] kinds = new AccessLog.Kind[entries.size()];
        int n = 0;
        for (Footprint.Entry e : entries) {
            int target = targetOf(e.target(), walk);
            if (target == NEW && ownNew) {
                continue;
            }
            targets[n] = target;
            names[n] = e.name();
            kinds[n] = e.kind();
            n++;
        }
        return new RootedFootprint(java.util.Arrays.copyOf(targets, n), java.util.Arrays.copyOf(names, n),
                java.util.Arrays.copyOf(kinds, n), live.readsClock, live.global);
    }

    private static int targetOf(Object target, StateWalk walk) {
        if (target == Footprint.OUTPUT) {
            return OUTPUT;
        }
        if (target == Footprint.RANDOM) {
            return RANDOM;
        }
        int i = target instanceof String key ? walk.indexOfSyncKey(key) : walk.indexOf(target);
        return i < 0 ? NEW : i;
    }

    /** The same accesses named against {@code to}, from {@code from}: both walks of points of one execution. */
    RootedFootprint reroot(StateWalk from, StateWalk to) {
        int[] moved = new int[targets.length];
        for (int i = 0; i < targets.length; i++) {
            int t = targets[i];
            if (t >= 0) {
                Object o = from.objectAt(t);
                t = targetOf(o instanceof SyncObject s ? s.key() : o, to);
            }
            moved[i] = t;
        }
        return new RootedFootprint(moved, names, kinds, readsClock, global);
    }

    /** Whether this operation and {@code other}'s (of another thread) may not be swapped, as {@link Footprint}. */
    boolean conflicts(RootedFootprint other) {
        if (global || other.global || readsClock || other.readsClock) {
            return true;
        }
        for (int a = 0; a < targets.length; a++) {
            for (int b = 0; b < other.targets.length; b++) {
                if (targets[a] == other.targets[b] && conflicting(kinds[a], names[a], other.kinds[b], other.names[b])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Footprint's rule for two accesses to one target. */
    private static boolean conflicting(AccessLog.Kind ka, String na, AccessLog.Kind kb, String nb) {
        if (ka == AccessLog.Kind.READ && kb == AccessLog.Kind.READ
                || ka == AccessLog.Kind.UPDATE && kb == AccessLog.Kind.UPDATE) {
            return false;
        }
        return na == null || nb == null || na.equals(nb);
    }
}
