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
                    if (accessesConflict(a.kind, a.name, b.kind, b.name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether two accesses to one target, of kinds {@code ka} and {@code kb} to names {@code na} and {@code nb} (null:
     * the whole target), conflict: not two reads, not two commuting updates, and the same name or a whole target.
     */
    static boolean accessesConflict(AccessLog.Kind ka, String na, AccessLog.Kind kb, String nb) {
        if (ka == AccessLog.Kind.READ && kb == AccessLog.Kind.READ
                || ka == AccessLog.Kind.UPDATE && kb == AccessLog.Kind.UPDATE) {
            return false;
        }
        return na == null || nb == null || na.equals(nb);
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
     * How objects are named at a point of a run that other runs go on from: by their numbers in a walk of that
     * state (runs replayed from the start), or as the objects of a stored copy of the machine (runs resumed from it).
     */
    interface Names {
        /** The stored name of a live object, or null when it has none (the operation made it). */
        Object stored(Object live);

        /** The stored name of a synchronization object's key. */
        Object storedKey(String key);

        /** The live target (an object, or a synchronization object's key) of a stored name. */
        Object live(Object stored);
    }

    /** Names in a run on the stored machine itself: every object is its own name. */
    static final Names SAME = new Names() {
        @Override
        public Object stored(Object live) {
            return live;
        }

        @Override
        public Object storedKey(String key) {
            return key;
        }

        @Override
        public Object live(Object stored) {
            return stored;
        }
    };

    /** Names by number in a walk of the state. */
    static Names of(StateWalk walk) {
        return new Names() {
            @Override
            public Object stored(Object live) {
                int i = walk.indexOf(live);
                return i < 0 ? null : i;
            }

            @Override
            public Object storedKey(String key) {
                int i = walk.indexOfSyncKey(key);
                return i < 0 ? null : i;
            }

            @Override
            public Object live(Object stored) {
                Object o = walk.objectAt((Integer) stored);
                return o instanceof lockstep.sim.runtime.SyncObject s ? s.key() : o;
            }
        };
    }

    /**
     * Names as objects of a stored machine: {@code toStored} maps the run's objects to the copy's (null: found by
     * searching {@code toLive}), {@code toLive} the copy's to the run's (may be null when not needed). Keys stay
     * keys: a copy keeps them.
     */
    static Names of(java.util.Map<Object, Object> toStored, java.util.Map<Object, Object> toLive) {
        return new Names() {
            /** The keys of the synchronization objects the stored machine holds, found when first asked. */
            private java.util.Set<String> keys;

            @Override
            public Object stored(Object live) {
                if (toStored != null) {
                    return toStored.get(live);
                }
                // A run resumed from the copy names a few objects per operation: a scan beats building the inverse.
                for (java.util.Map.Entry<Object, Object> e : toLive.entrySet()) {
                    if (e.getValue() == live) {
                        return e.getKey();
                    }
                }
                return null;
            }

            @Override
            public Object storedKey(String key) {
                // A key the stored machine does not hold is an object made since, which another run may have made
                // under the same key: it is dropped, as an object made by the operation is.
                if (keys == null) {
                    keys = new java.util.HashSet<>();
                    for (Object o : (toStored != null ? toStored : toLive).keySet()) {
                        if (o instanceof lockstep.sim.runtime.SyncObject sync) {
                            keys.add(sync.key());
                        }
                    }
                }
                return keys.contains(key) ? key : null;
            }

            @Override
            public Object live(Object stored) {
                return stored instanceof String ? stored : toLive.get(stored);
            }
        };
    }

    /**
     * The canonical form under {@code names} of the state the operation started from: objects without a name were
     * made by the operation and are dropped.
     */
    Footprint canonical(Names names) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Object target;
            if (e.target == OUTPUT) {
                target = new MarkerIndex(1);
            } else if (e.target == RANDOM) {
                target = new MarkerIndex(2);
            } else if (e.target instanceof String key) {
                target = names.storedKey(key);
            } else {
                target = names.stored(e.target);
            }
            if (target != null) {
                out.add(new Entry(target, e.name, e.kind));
            }
        }
        return new Footprint(out, readsClock, global);
    }

    /** The live form of a canonical footprint in a run at the same state, named by {@code names}. */
    Footprint live(Names names) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Object target = e.target instanceof MarkerIndex m ? (m.code == 1 ? OUTPUT : RANDOM) : names.live(e.target);
            if (target != null) {
                out.add(new Entry(target, e.name, e.kind));
            }
        }
        return new Footprint(out, readsClock, global);
    }
}
