package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.machine.AccessLog;
import lockstep.sim.machine.StateWalk;

/**
 * What one operation touched: its accesses, each a target (an object of the execution, a synchronization object's
 * key, or one of the markers below), a name within it (null for the whole target) and how. Two operations of
 * different threads are dependent when their footprints conflict; the explorer never swaps dependent neighbours.
 *
 * <p>A footprint is <em>live</em> while its targets are the Java objects of the execution it came from, and
 * <em>canonical</em> when they are numbers of a {@link StateWalk} of the state the operation started from; the
 * canonical form is what carries over to another execution that reaches the same state.
 */
final class Footprint {
    /** Printing, anywhere: output is one stream. */
    static final Object OUTPUT = new Marker("output");
    /** The random generators. */
    static final Object RANDOM = new Marker("random");

    private record Marker(String name) {}

    /** A canonical reference to a marker (negative, never a walk number). */
    private record MarkerIndex(int code) {}

    /** One access. */
    record Entry(Object target, String name, AccessLog.Kind kind) {}

    final List<Entry> entries;
    /** Read the clock: every step of another thread changes what it reads. */
    final boolean readsClock;
    /** Forked, spawned or signalled a process: ordered against everything. */
    final boolean global;

    Footprint(List<Entry> entries, boolean readsClock, boolean global) {
        this.entries = entries;
        this.readsClock = readsClock;
        this.global = global;
    }

    /** Whether this operation and {@code other}'s (of another thread) may not be swapped. */
    boolean conflicts(Footprint other) {
        if (global || other.global || readsClock || other.readsClock) {
            return true;
        }
        for (Entry a : entries) {
            for (Entry b : other.entries) {
                if (a.target == b.target || a.target instanceof String s && s.equals(b.target)) {
                    if (conflicting(a, b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean conflicting(Entry a, Entry b) {
        if (a.kind == AccessLog.Kind.READ && b.kind == AccessLog.Kind.READ
                || a.kind == AccessLog.Kind.UPDATE && b.kind == AccessLog.Kind.UPDATE) {
            return false;
        }
        return a.name == null || b.name == null || a.name.equals(b.name);
    }

    /** Whether the operation changed anything another thread could see (else, if it then blocked, it did nothing). */
    boolean writes() {
        if (global) {
            return true;
        }
        for (Entry e : entries) {
            if (e.kind != AccessLog.Kind.READ) {
                return true;
            }
        }
        return false;
    }

    /**
     * The canonical form against {@code walk} of the state the operation started from: objects the walk did not
     * reach were made by the operation and are dropped.
     */
    Footprint canonical(StateWalk walk) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Object target;
            if (e.target == OUTPUT) {
                target = new MarkerIndex(1);
            } else if (e.target == RANDOM) {
                target = new MarkerIndex(2);
            } else if (e.target instanceof String key) {
                int i = walk.indexOfSyncKey(key);
                target = i < 0 ? null : i;
            } else {
                int i = walk.indexOf(e.target);
                target = i < 0 ? null : i;
            }
            if (target != null) {
                out.add(new Entry(target, e.name, e.kind));
            }
        }
        return new Footprint(out, readsClock, global);
    }

    /** The live form of a canonical footprint in an execution at the same state, walked as {@code walk}. */
    Footprint live(StateWalk walk) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Object target;
            if (e.target instanceof MarkerIndex m) {
                target = m.code == 1 ? OUTPUT : RANDOM;
            } else {
                Object o = walk.objectAt((Integer) e.target);
                target = o instanceof lockstep.sim.runtime.SyncObject s ? s.key() : o;
            }
            out.add(new Entry(target, e.name, e.kind));
        }
        return new Footprint(out, readsClock, global);
    }
}
