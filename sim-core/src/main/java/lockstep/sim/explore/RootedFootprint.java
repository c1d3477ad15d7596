package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.machine.AccessLog;

/**
 * A footprint named against one choice point's state, for comparing events of different executions in a wakeup
 * tree. A target is the point's name for the object ({@link Footprint.Names}: its number in a walk of the state, the
 * same in every execution that replays to the point, or its counterpart in the point's kept copy of the machine, the
 * same in every execution that goes on from that copy), a synchronization object's key, a marker, or {@link #NEW}:
 * an object that did not exist at the point. Objects made after the point have no name that holds across executions,
 * so all of them are taken as one object — two accesses to new objects conflict whenever their names and kinds would
 * on one object. That only ever adds dependence, which makes a wakeup tree keep a sequence it could have merged,
 * never drop one it needs.
 */
final class RootedFootprint {
    private record Marker(String name) {}

    /** Printing. */
    static final Object OUTPUT = new Marker("output");
    /** The random generators. */
    static final Object RANDOM = new Marker("random");
    /** Any object made after the point. */
    static final Object NEW = new Marker("new");
    private final Object[] targets;
    private final String[] names;
    private final AccessLog.Kind[] kinds;
    private final boolean readsClock;
    private final boolean global;

    private RootedFootprint(Object[] targets, String[] names, AccessLog.Kind[] kinds, boolean readsClock,
                            boolean global) {
        this.targets = targets;
        this.names = names;
        this.kinds = kinds;
        this.readsClock = readsClock;
        this.global = global;
    }

    /** Conflicts with every operation: stands for an operation not known yet. */
    static RootedFootprint unknown() {
        return new RootedFootprint(new Object[0], new String[0], new AccessLog.Kind[0], false, true);
    }

    /**
     * {@code live} named by {@code names}, the point's. With {@code ownNew}, every object the point does not hold was
     * made by the operation itself (it starts at the point, or nothing before it in its sequence made what it
     * touches): nobody else can touch it, so it is dropped. Otherwise it becomes {@link #NEW}.
     */
    static RootedFootprint of(Footprint live, Footprint.Names names, boolean ownNew) {
        List<Footprint.Entry> entries = live.entries;
        Object[] targets = new Object[entries.size()];
        String[] accessNames = new String[entries.size()];
        AccessLog.Kind[] kinds = new AccessLog.Kind[entries.size()];
        int n = 0;
        for (Footprint.Entry e : entries) {
            Object target = targetOf(e.target(), names);
            if (target == NEW && ownNew) {
                continue;
            }
            targets[n] = target;
            accessNames[n] = e.name();
            kinds[n] = e.kind();
            n++;
        }
        return new RootedFootprint(java.util.Arrays.copyOf(targets, n), java.util.Arrays.copyOf(accessNames, n),
                java.util.Arrays.copyOf(kinds, n), live.readsClock, live.global);
    }

    private static Object targetOf(Object target, Footprint.Names names) {
        if (target == Footprint.OUTPUT) {
            return OUTPUT;
        }
        if (target == Footprint.RANDOM) {
            return RANDOM;
        }
        Object stored = target instanceof String key ? names.storedKey(key) : names.stored(target);
        return stored == null ? NEW : stored;
    }

    /** The same accesses named by {@code to}, from {@code from}: both names of points of the run in progress. */
    RootedFootprint reroot(Footprint.Names from, Footprint.Names to) {
        Object[] moved = new Object[targets.length];
        for (int i = 0; i < targets.length; i++) {
            Object t = targets[i];
            if (!(t instanceof Marker)) {
                t = targetOf(from.live(t), to);
            }
            moved[i] = t;
        }
        return new RootedFootprint(moved, names, kinds, readsClock, global);
    }

    /**
     * The live footprint, in the run in progress, of an operation named by {@code names} with nothing new in it (a
     * thread asleep at the point).
     */
    Footprint live(Footprint.Names in) {
        List<Footprint.Entry> out = new ArrayList<>(targets.length);
        for (int i = 0; i < targets.length; i++) {
            Object t = targets[i] == OUTPUT ? Footprint.OUTPUT : targets[i] == RANDOM ? Footprint.RANDOM
                    : in.live(targets[i]);
            if (t != null) {
                out.add(new Footprint.Entry(t, names[i], kinds[i]));
            }
        }
        return new Footprint(out, readsClock, global);
    }

    /** Whether this operation and {@code other}'s (of another thread) may not be swapped, as {@link Footprint}. */
    boolean conflicts(RootedFootprint other) {
        if (global || other.global || readsClock || other.readsClock) {
            return true;
        }
        for (int a = 0; a < targets.length; a++) {
            for (int b = 0; b < other.targets.length; b++) {
                if (same(targets[a], other.targets[b])
                        && Footprint.accessesConflict(kinds[a], names[a], other.kinds[b], other.names[b])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Walk numbers and keys are values; a kept copy's objects are themselves. */
    private static boolean same(Object a, Object b) {
        return a == b || (a instanceof Integer || a instanceof String) && a.equals(b);
    }
}
