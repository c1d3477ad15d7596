package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import lockstep.sim.machine.AccessLog;

/**
 * The races of one execution and the sequences that reverse them (optimal DPOR's analysis of a finished run).
 * Operation i happens before j when a chain of same-thread or conflicting pairs leads from i to j; i and j race when
 * they are of different threads, conflict, and nothing happening between them orders them. The reversal is run from
 * the point before i: every later operation that does not happen after i, in order, then j's thread.
 *
 * <p>Locks make some races impossible to reverse: a release and the acquisition it let through. For those, as in
 * Nidhugg, the acquisition races instead with the previous acquisition of the same lock by another thread: taking
 * the lock in the other order. Where the reversal asks for a lock still held, its last operation is what the thread
 * does before asking, then the wait (left out if that changes nothing: a silent wait is no operation); which lock is
 * held where is replayed from the operations' own lock actions.
 */
final class RaceAnalysis {
    /** A sequence to insert at the choice point before operation {@code at}. */
    record Reversal(int at, WakeupSequence sequence) {}

    private final List<DporEvent> events;
    private final int real;
    /** Per operation, the operations that happen before it. */
    private final BitSet[] before;
    /** Per operation, the earlier operations of other threads it conflicts with. */
    private final BitSet[] conflicts;
    private final java.util.function.Predicate<String> sharedByProcesses;
    /** Per operation, who holds which lock just before it (process/key to thread), worked out when first needed. */
    private final List<Map<String, Integer>> holdersBefore = new ArrayList<>();

    /**
     * {@code events} are the run's operations, then ({@code real} onwards) the acquisitions that threads left waiting
     * would make: those only end races, they are in no reversal's middle. {@code sharedByProcesses} tells the locks
     * that are one lock in every process (multiprocessing locks); any other lock's key names it within its process,
     * as a fork copies it.
     */
    RaceAnalysis(List<DporEvent> events, int real, java.util.function.Predicate<String> sharedByProcesses) {
        this.events = events;
        this.real = real;
        this.sharedByProcesses = sharedByProcesses;
        int n = events.size();
        before = new BitSet[n];
        conflicts = conflicts(events);
        for (int j = 0; j < n; j++) {
            before[j] = new BitSet();
            DporEvent b = events.get(j);
            int waker = waker(j);
            if (waker >= 0) {
                before[j].set(waker);
                before[j].or(before[waker]);
            }
            for (int i = j - 1; i >= 0; i--) {
                DporEvent a = events.get(i);
                boolean dependent = conflicts[j].get(i);
                if ((dependent || a.thread() == b.thread()) && !before[j].get(i)) {
                    before[j].set(i);
                    before[j].or(before[i]);
                }
            }
        }
    }

    /** The operations that accessed one name of one target (null: the whole target), by kind. */
    private static final class Accesses {
        final BitSet reads = new BitSet();
        final BitSet writes = new BitSet();
        final BitSet updates = new BitSet();

        /** Adds the operations whose access here conflicts with one of kind {@code kind}. */
        void conflictingWith(AccessLog.Kind kind, BitSet into) {
            into.or(writes);
            if (kind != AccessLog.Kind.READ) {
                into.or(reads);
            }
            if (kind != AccessLog.Kind.UPDATE) {
                into.or(updates);
            }
        }

        void add(AccessLog.Kind kind, int event) {
            (kind == AccessLog.Kind.READ ? reads : kind == AccessLog.Kind.UPDATE ? updates : writes).set(event);
        }
    }

    /**
     * Per operation, the earlier operations of other threads whose footprints conflict with its own (the relation of
     * {@link Footprint#conflicts}: one object, or equal synchronization keys, kinds not both reads nor both updates,
     * names equal or one of them the whole target; clock reads and process operations conflict with everything),
     * found through the accesses so far by target, name and kind rather than pair by pair.
     */
    private static BitSet[] conflicts(List<DporEvent> events) {
        int n = events.size();
        BitSet[] out = new BitSet[n];
        BitSet orderedAll = new BitSet();
        Map<Object, Map<String, Accesses>> byObject = new java.util.IdentityHashMap<>();
        Map<Object, Map<String, Accesses>> byKey = new java.util.HashMap<>();
        Map<Integer, BitSet> byThread = new java.util.TreeMap<>();
        for (int j = 0; j < n; j++) {
            DporEvent b = events.get(j);
            Footprint f = b.footprint();
            BitSet c = new BitSet();
            out[j] = c;
            boolean all = f.global || f.readsClock;
            if (all) {
                c.set(0, j);
            } else {
                c.or(orderedAll);
                for (Footprint.Entry e : f.entries) {
                    Map<String, Accesses> names = (e.target() instanceof String ? byKey : byObject).get(e.target());
                    if (names == null) {
                        continue;
                    }
                    if (e.name() == null) {
                        for (Accesses a : names.values()) {
                            a.conflictingWith(e.kind(), c);
                        }
                    } else {
                        Accesses same = names.get(e.name());
                        Accesses whole = names.get(null);
                        if (same != null) {
                            same.conflictingWith(e.kind(), c);
                        }
                        if (whole != null) {
                            whole.conflictingWith(e.kind(), c);
                        }
                    }
                }
            }
            // Operations of the same thread are ordered by the thread, not by conflict.
            BitSet own = byThread.get(b.thread());
            if (own != null) {
                c.andNot(own);
            }
            if (all) {
                orderedAll.set(j);
            }
            for (Footprint.Entry e : f.entries) {
                (e.target() instanceof String ? byKey : byObject)
                        .computeIfAbsent(e.target(), t -> new java.util.HashMap<>())
                        .computeIfAbsent(e.name(), x -> new Accesses()).add(e.kind(), j);
            }
            byThread.computeIfAbsent(b.thread(), t -> new BitSet()).set(j);
        }
        return out;
    }

    /** The reversals of every race, for the operations that start at a choice point ({@code atPoint}). */
    List<Reversal> reversals(BitSet atPoint) {
        List<Reversal> out = new ArrayList<>();
        for (int j = 0; j < events.size(); j++) {
            BitSet indirect = new BitSet();
            for (int k = before[j].nextSetBit(0); k >= 0; k = before[j].nextSetBit(k + 1)) {
                indirect.or(before[k]);
            }
            BitSet direct = (BitSet) conflicts[j].clone();
            direct.andNot(indirect);
            for (int i = direct.nextSetBit(0); i >= 0; i = direct.nextSetBit(i + 1)) {
                if (atPoint.get(i)) {
                    List<Integer> notdep = notDependent(i);
                    Footprint last = reversed(i, notdep, j);
                    if (last != null) {
                        out.add(new Reversal(i, sequence(notdep, j, last)));
                    }
                }
            }
            lockRaces(j, direct, atPoint, out);
        }
        return out;
    }

    /** The lock races of {@code j}: each lock it takes, against the previous taker of another thread. */
    private void lockRaces(int j, BitSet direct, BitSet atPoint, List<Reversal> out) {
        DporEvent b = events.get(j);
        List<String> released = new ArrayList<>();
        for (DporEvent.LockAction action : b.locks()) {
            if (!action.acquire()) {
                released.add(action.key());
                continue;
            }
            if (released.contains(action.key())) {
                continue;
            }
            int a = lastAcquisition(action.key(), j);
            if (a < 0 || events.get(a).thread() == b.thread() || direct.get(a) || !atPoint.get(a)) {
                continue;
            }
            // The reversal runs j's thread right after what does not depend on a: its next operation there is j,
            // or the first of its operations that came to depend on a (taken as it was, to take its own locks).
            int next = j;
            for (int k = a + 1; k < j; k++) {
                if (events.get(k).thread() == b.thread() && before[k].get(a)) {
                    next = k;
                    break;
                }
            }
            List<Integer> notdep = notDependent(a);
            Footprint last = reversed(a, notdep, next);
            if (last != null) {
                out.add(new Reversal(a, sequence(notdep, next, last)));
            }
        }
    }

    /**
     * For an operation whose thread was waiting, the one that let it go on: the last release of the lock it waited
     * for, or, if nothing released that (a process it waited for), the last operation in which a thread ended; -1
     * if none. Their footprints need not conflict, yet the second happens after the first.
     */
    private int waker(int j) {
        DporEvent b = events.get(j);
        if (b.resumes() == null) {
            return -1;
        }
        int ended = -1;
        for (int k = Math.min(j, real) - 1; k >= 0; k--) {
            DporEvent a = events.get(k);
            if (a.thread() == b.thread()) {
                continue;
            }
            for (DporEvent.LockAction l : a.locks()) {
                if (!l.acquire() && l.key().equals(b.resumes())) {
                    return k;
                }
            }
            if (ended < 0 && a.ends()) {
                ended = k;
            }
        }
        return ended;
    }

    /** The operation that made {@code thread} (it first shows up after it), or -1 if it was there from the start. */
    private int creation(int thread) {
        for (int k = 0; k < real; k++) {
            if (events.get(k).newest() >= thread) {
                return k - 1;
            }
        }
        return real - 1;
    }

    private int lastAcquisition(String key, int j) {
        for (int k = j - 1; k >= 0; k--) {
            for (DporEvent.LockAction l : events.get(k).locks()) {
                if (l.acquire() && l.key().equals(key)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** The operations after {@code i} that do not happen after it, in order. */
    private List<Integer> notDependent(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = i + 1; k < real; k++) {
            if (!before[k].get(i)) {
                out.add(k);
            }
        }
        return out;
    }

    private WakeupSequence sequence(List<Integer> notdep, int j, Footprint last) {
        List<Integer> threads = new ArrayList<>();
        List<Footprint> live = new ArrayList<>();
        for (int k : notdep) {
            threads.add(events.get(k).thread());
            live.add(events.get(k).footprint());
        }
        threads.add(events.get(j).thread());
        live.add(last);
        return new WakeupSequence(threads, live);
    }

    /**
     * What j's thread does first after the point before {@code i} and the operations {@code notdep}: j as it was;
     * or, when a lock j takes is held there, what j did before it asked for the lock, then waiting for it — an
     * operation only if it changed something; null when it cannot run (not yet made, or it would only wait).
     */
    private Footprint reversed(int i, List<Integer> notdep, int j) {
        DporEvent b = events.get(j);
        int made = creation(b.thread());
        if (made >= i && before[made].get(i) || made == i) {
            // j's thread is made by i, or by what depends on i.
            return null;
        }
        Map<String, Integer> holders = new java.util.TreeMap<>(holdersBefore(i));
        for (int k : notdep) {
            apply(holders, events.get(k));
        }
        if (b.resumes() != null && holders.containsKey(held(b.resumes(), b))) {
            // The thread was waiting for that lock: it still is.
            return null;
        }
        List<Footprint.Entry> taken = new ArrayList<>();
        for (DporEvent.LockAction l : b.locks()) {
            if (l.acquire() && holders.containsKey(held(l, b))) {
                return waitingFor(b.footprint(), l.key(), taken);
            }
            apply(holders, l, b);
            taken.add(new Footprint.Entry(l.key(), null, AccessLog.Kind.WRITE));
        }
        return b.footprint();
    }

    /** Who holds which lock just before operation {@code i}: read only, shared between the reversals. */
    private Map<String, Integer> holdersBefore(int i) {
        if (holdersBefore.isEmpty()) {
            holdersBefore.add(new java.util.TreeMap<>());
        }
        while (holdersBefore.size() <= i) {
            int k = holdersBefore.size() - 1;
            Map<String, Integer> next = new java.util.TreeMap<>(holdersBefore.get(k));
            apply(next, events.get(k));
            holdersBefore.add(next);
        }
        return holdersBefore.get(i);
    }

    /**
     * The operation that asks for the lock {@code key} and waits: the accesses of {@code f} before the first to the
     * lock (the access log's are in program order) and the locks {@code taken} before it, then the wait; null if
     * those change nothing (a silent wait).
     */
    private static Footprint waitingFor(Footprint f, String key, List<Footprint.Entry> taken) {
        List<Footprint.Entry> before = new ArrayList<>();
        boolean writes = !taken.isEmpty();
        for (Footprint.Entry e : f.entries) {
            if (key.equals(e.target())) {
                if (!writes) {
                    return null;
                }
                before.addAll(taken);
                before.add(new Footprint.Entry(key, null, AccessLog.Kind.READ));
                return new Footprint(before, f.readsClock, f.global);
            }
            before.add(e);
            writes |= e.kind() != AccessLog.Kind.READ;
        }
        return null;
    }

    /** Applies {@code e}'s lock actions; a fork gives the child a copy of its parent's locks, held as they were. */
    private void apply(Map<String, Integer> holders, DporEvent e) {
        for (DporEvent.LockAction l : e.locks()) {
            apply(holders, l, e);
        }
        if (e.forked() >= 0) {
            String parent = e.process() + "/";
            for (Map.Entry<String, Integer> h : new ArrayList<>(holders.entrySet())) {
                if (h.getKey().startsWith(parent)) {
                    holders.put(e.forked() + "/" + h.getKey().substring(parent.length()), h.getValue());
                }
            }
        }
    }

    private void apply(Map<String, Integer> holders, DporEvent.LockAction l, DporEvent e) {
        if (l.acquire()) {
            holders.put(held(l, e), e.thread());
        } else {
            holders.remove(held(l, e));
        }
    }

    private String held(DporEvent.LockAction l, DporEvent e) {
        return held(l.key(), e);
    }

    /**
     * A lock as the holders know it: its key within the process of the thread acting on it, or its key alone for a
     * lock that is one in every process (a fork then copies nothing of it).
     */
    private String held(String key, DporEvent e) {
        return sharedByProcesses.test(key) ? "*/" + key : e.process() + "/" + key;
    }
}
