package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import lockstep.sim.runtime.SyncObject;

/**
 * What optimal DPOR keeps at a choice point for the runs that go on from there instead of from the start: a copy of
 * the machine ({@link Execution.Snapshot}, never run itself: every run goes on from a copy of it) and what the search
 * knew of the run at that point — its operations so far, the locks its threads wait for, their processes.
 *
 * <p>Naming: the point's name for an object of its state is that object in the run that made the point (the copy's
 * map holds exactly those objects; identity is all a name needs, so the run may go on changing them). A run on a copy
 * of the point names through the copy's map and its own; a run below names the points above through each point's
 * names for the one above, as the making run had them. An object that existed at a point above and is gone by the
 * point a run went on from keeps, in the operations before, the identity it had in the last run that knew it: it is
 * named from the deepest point whose making run held it.
 */
final class KeptPoint {
    final Execution.Snapshot snapshot;
    /**
     * The run's operations before the point, their objects the making run's: renamed for each run that goes on from
     * the copy. Objects gone by then keep their identity: no later run touches them, yet the operations before
     * still conflict on them.
     */
    final List<DporEvent> prefix;
    final Map<Integer, String> waits;
    final Map<Integer, Integer> processOf;
    final int newest;
    final int preemptions;
    /** The thread whose operation ended last before the point, or 0. */
    final int previous;
    /** How the making run named the point above; null at the first point. */
    private final Footprint.Names above;
    /** The keys of the synchronization objects at the point, found when first asked. */
    private Set<String> keys;

    /**
     * Keeps {@code snapshot}, taken from a run whose operations so far are {@code events}; {@code above} is how that
     * run names the point above (null at the first point).
     */
    KeptPoint(Execution.Snapshot snapshot, List<DporEvent> events, Map<Integer, String> waits,
              Map<Integer, Integer> processOf, int newest, int preemptions, int previous, Footprint.Names above) {
        this.snapshot = snapshot;
        this.prefix = List.copyOf(events);
        this.waits = new TreeMap<>(waits);
        this.processOf = new TreeMap<>(processOf);
        this.newest = newest;
        this.preemptions = preemptions;
        this.previous = previous;
        this.above = above;
    }

    /** {@code events} with each object renamed by {@code to} (null: kept as it was). */
    static List<DporEvent> renamed(List<DporEvent> events, UnaryOperator<Object> to) {
        List<DporEvent> out = new ArrayList<>(events.size());
        for (DporEvent e : events) {
            List<Footprint.Entry> entries = new ArrayList<>(e.footprint().entries.size());
            for (Footprint.Entry en : e.footprint().entries) {
                Object t = en.target();
                Object r = t instanceof String ? null : to.apply(t);
                entries.add(r == null ? en : new Footprint.Entry(r, en.name(), en.kind()));
            }
            Footprint f = new Footprint(entries, e.footprint().readsClock, e.footprint().global);
            out.add(new DporEvent(e.thread(), f, e.locks(), e.newest(), e.resumes(), e.ends(), e.process(),
                    e.forked()));
        }
        return out;
    }

    /** Whether {@code o} is an object of the point's state as the making run had it: one of the point's names. */
    boolean holds(Object o) {
        return snapshot.copies().containsKey(o);
    }

    /** How the run that made the copy names the point's objects. */
    Footprint.Names inMakingRun() {
        IdentityHashMap<Object, Object> copies = snapshot.copies();
        return new Names() {
            @Override
            public Object stored(Object live) {
                return holds(live) ? live : null;
            }

            @Override
            public Object live(Object stored) {
                return stored;
            }
        };
    }

    /**
     * A run on a copy of the point ({@code resumed}: the kept copy's objects to the run's): how it names the point's
     * objects, and its operations before the point.
     */
    Resumed resumedBy(IdentityHashMap<Object, Object> resumed) {
        IdentityHashMap<Object, Object> copies = snapshot.copies();
        IdentityHashMap<Object, Object> toStored = new IdentityHashMap<>(copies.size());
        for (Map.Entry<Object, Object> c : copies.entrySet()) {
            Object mine = resumed.get(c.getValue());
            if (mine != null) {
                toStored.put(mine, c.getKey());
            }
        }
        Footprint.Names names = new Names() {
            @Override
            public Object stored(Object live) {
                return toStored.get(live);
            }

            @Override
            public Object live(Object stored) {
                return stored instanceof String ? stored : resumed.get(copies.get(stored));
            }
        };
        return new Resumed(names, renamed(prefix, o -> {
            Object copy = copies.get(o);
            return copy == null ? null : resumed.get(copy);
        }));
    }

    /** How a run on a copy names the point's objects, and its operations before the point. */
    record Resumed(Footprint.Names names, List<DporEvent> events) {}

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
                for (int m = anchor; m > index; m--) {
                    if (name == null && chain[m].holds(live)) {
                        // An operation before the anchor touched it, in the run that made point m, and it was gone
                        // by the point below: it still has that run's identity.
                        name = live;
                    }
                    if (name != null) {
                        name = chain[m].above.stored(name);
                    }
                }
                return name != null || !chain[index].holds(live) ? name : live;
            }

            @Override
            public Object storedKey(String key) {
                return at.keys().contains(key) ? key : null;
            }

            @Override
            public Object live(Object stored) {
                throw new UnsupportedOperationException("a point above is named from live objects only");
            }
        };
    }

    private Set<String> keys() {
        if (keys == null) {
            keys = new java.util.HashSet<>();
            for (Object o : snapshot.copies().keySet()) {
                if (o instanceof SyncObject sync) {
                    keys.add(sync.key());
                }
            }
        }
        return keys;
    }

    /** Names whose keys are the point's synchronization keys. */
    private abstract class Names implements Footprint.Names {
        @Override
        public Object storedKey(String key) {
            return keys().contains(key) ? key : null;
        }
    }
}
