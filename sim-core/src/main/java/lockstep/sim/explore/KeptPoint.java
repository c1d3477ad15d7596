package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lockstep.sim.runtime.SyncObject;

/**
 * What optimal DPOR keeps at a choice point for the runs that go on from there instead of from the start: a copy of
 * the machine ({@link Execution.Snapshot}, never run itself: every run goes on from a copy of it) and what the search
 * knew of the run at that point — its operations so far, the locks its threads wait for, their processes.
 *
 * <p>Naming: the point's name for an object is the copy's counterpart of it. A run on a copy of this point names
 * through the copy's map; a run below names the points above through {@link #up}, each point's objects to the names
 * of the point above (an object that the run touches and that existed at a point above exists here too: nothing
 * unreachable becomes reachable again).
 */
final class KeptPoint {
    final Execution.Snapshot snapshot;
    /**
     * The run's operations before the point, their objects renamed as the copy's. Objects gone by then keep the
     * making run's identity: no later run touches them, yet the operations before still conflict on them.
     */
    final List<DporEvent> prefix;
    final Map<Integer, String> waits;
    final Map<Integer, Integer> processOf;
    final int newest;
    final int preemptions;
    /** The thread whose operation ended last before the point, or 0. */
    final int previous;
    /** Each of the copy's objects to the name the point above gives it; empty at the first point. */
    private final IdentityHashMap<Object, Object> up = new IdentityHashMap<>();
    /** The keys of the synchronization objects at the point. */
    private final Set<String> keys = new java.util.HashSet<>();
    /** The copy's objects to the making run's, when first needed. */
    private IdentityHashMap<Object, Object> back;

    /**
     * Keeps {@code snapshot}, taken from a run whose operations so far are {@code events}; {@code above} is how that
     * run names the point above (null at the first point).
     */
    KeptPoint(Execution.Snapshot snapshot, List<DporEvent> events, Map<Integer, String> waits,
              Map<Integer, Integer> processOf, int newest, int preemptions, int previous, Footprint.Names above) {
        this.snapshot = snapshot;
        this.waits = new TreeMap<>(waits);
        this.processOf = new TreeMap<>(processOf);
        this.newest = newest;
        this.preemptions = preemptions;
        this.previous = previous;
        IdentityHashMap<Object, Object> copies = snapshot.copies();
        for (Map.Entry<Object, Object> c : copies.entrySet()) {
            if (c.getKey() instanceof SyncObject sync) {
                keys.add(sync.key());
            }
            if (above != null) {
                Object name = above.stored(c.getKey());
                if (name != null) {
                    up.put(c.getValue(), name);
                }
            }
        }
        this.prefix = renamed(events, copies);
    }

    /** {@code events} with each object {@code to} maps renamed; the rest as they were. */
    static List<DporEvent> renamed(List<DporEvent> events, Map<Object, Object> to) {
        List<DporEvent> out = new ArrayList<>(events.size());
        for (DporEvent e : events) {
            List<Footprint.Entry> entries = new ArrayList<>(e.footprint().entries.size());
            for (Footprint.Entry en : e.footprint().entries) {
                Object t = en.target();
                Object r = t instanceof String ? null : to.get(t);
                entries.add(r == null ? en : new Footprint.Entry(r, en.name(), en.kind()));
            }
            Footprint f = new Footprint(entries, e.footprint().readsClock, e.footprint().global);
            out.add(new DporEvent(e.thread(), f, e.locks(), e.newest(), e.resumes(), e.ends(), e.process(),
                    e.forked()));
        }
        return out;
    }

    /** How the run that made the copy names the point's objects. */
    Footprint.Names inMakingRun() {
        IdentityHashMap<Object, Object> copies = snapshot.copies();
        return new Names() {
            @Override
            public Object stored(Object live) {
                return copies.get(live);
            }

            @Override
            public Object live(Object stored) {
                if (stored instanceof String) {
                    return stored;
                }
                if (back == null) {
                    back = inverse(copies);
                }
                return back.get(stored);
            }
        };
    }

    /** How a run on a copy of the point names its objects: {@code resumed} maps the kept copy's to the run's. */
    Footprint.Names inResumedRun(IdentityHashMap<Object, Object> resumed) {
        IdentityHashMap<Object, Object> toStored = inverse(resumed);
        return new Names() {
            @Override
            public Object stored(Object live) {
                return toStored.get(live);
            }

            @Override
            public Object live(Object stored) {
                return stored instanceof String ? stored : resumed.get(stored);
            }
        };
    }

    /**
     * How a run names the objects of the point {@code index} of its path, above the point {@code anchor} whose names
     * {@code known} the run has: through each point's names for the one above ({@code chain}: the path's kept
     * copies). Only naming live objects is asked of it.
     */
    static Footprint.Names above(KeptPoint[] chain, int index, int anchor, Footprint.Names known) {
        KeptPoint at = chain[index];
        return new Footprint.Names() {
            @Override
            public Object stored(Object live) {
                Object name = known.stored(live);
                for (int m = anchor; m > index && name != null; m--) {
                    name = chain[m].up.get(name);
                }
                return name;
            }

            @Override
            public Object storedKey(String key) {
                return at.keys.contains(key) ? key : null;
            }

            @Override
            public Object live(Object stored) {
                throw new UnsupportedOperationException("a point above is named from live objects only");
            }
        };
    }

    private static IdentityHashMap<Object, Object> inverse(IdentityHashMap<Object, Object> map) {
        IdentityHashMap<Object, Object> out = new IdentityHashMap<>(map.size());
        for (Map.Entry<Object, Object> e : map.entrySet()) {
            out.put(e.getValue(), e.getKey());
        }
        return out;
    }

    /** Names whose keys are the point's synchronization keys. */
    private abstract class Names implements Footprint.Names {
        @Override
        public Object storedKey(String key) {
            return keys.contains(key) ? key : null;
        }
    }
}
