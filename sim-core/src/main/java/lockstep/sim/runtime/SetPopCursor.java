package lockstep.sim.runtime;

import java.util.Collection;
import java.util.HashSet;

/**
 * What {@code set.pop()} needs to answer as CPython does: a simulation of the set's hash table (for sets of
 * ints; others keep insertion order, as CPython's order for them varies from run to run anyway) and the search
 * finger, which pops advance, so that emptying a set yields its items in table order. Adds and removals made
 * between pops are noticed by the size changing, then replayed on the table: removed items leave dummies,
 * added ones are inserted with CPython's probing, filling and resizing. Kept in the set (a fork copies
 * it with the set).
 */
public final class SetPopCursor {
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return Types.OBJECT;
        }
    };

    /** The table's slots: an item, {@link #DUMMY}, or null; with the items' hashes. */
    private PyObject[] keys;
    private long[] hashes;
    private int fill;
    private int used;
    private int finger;
    /** Whether {@link #keys} simulates a hash table (all items ints) or is in insertion order. */
    private boolean hashed;
    /** The set's size when last seen; another size means it changed meanwhile. */
    private int size = -1;

    /** The next item {@code set.pop()} removes from {@code s}, the set this cursor belongs to (not empty). */
    public PyObject pop(PySet s) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (keys == null || attempt > 0) {
                rebuild(s);
            } else if (size != s.items.size()) {
                replayChanges(s);
            }
            int n = keys.length;
            for (int k = 0; k < n; k++) {
                int i = hashed ? (finger + k) & (n - 1) : (finger + k) % n;
                PyObject x = keys[i];
                if (x != null && x != DUMMY && s.items.remove(x)) {
                    keys[i] = DUMMY;
                    used--;
                    finger = i + 1;
                    size = s.items.size();
                    return x;
                }
            }
        }
        throw new IllegalStateException("set.pop found no item in a non-empty set");
    }

    /** The cursor of the set's copy in a forked child: the same table and finger, over the copied items. */
    SetPopCursor copyFor(ObjectCopier copier) {
        SetPopCursor copy = new SetPopCursor();
        if (keys != null) {
            copy.keys = new PyObject[keys.length];
            for (int i = 0; i < keys.length; i++) {
                copy.keys[i] = keys[i] == null || keys[i] == DUMMY ? keys[i] : copier.copy(keys[i]);
            }
        }
        copy.hashes = hashes == null ? null : hashes.clone();
        copy.fill = fill;
        copy.used = used;
        copy.finger = finger;
        copy.hashed = hashed;
        copy.size = size;
        return copy;
    }

    /** A fresh table: the items added in insertion order to an empty set, as {@code set(items)} builds it. */
    private void rebuild(PySet s) {
        hashed = allInts(s.items);
        if (!hashed) {
            keys = s.items.toArray(new PyObject[0]);
            finger = 0;
            size = s.items.size();
            return;
        }
        keys = new PyObject[8];
        hashes = new long[8];
        fill = 0;
        used = 0;
        for (PyObject x : s.items) {
            add(x);
        }
        size = s.items.size();
    }

    private void replayChanges(PySet s) {
        if (!hashed || !allInts(s.items)) {
            rebuild(s);
            return;
        }
        HashSet<PyObject> present = new HashSet<>();
        for (int i = 0; i < keys.length; i++) {
            PyObject x = keys[i];
            if (x != null && x != DUMMY) {
                if (s.items.contains(x)) {
                    present.add(x);
                } else {
                    keys[i] = DUMMY;
                    used--;
                }
            }
        }
        for (PyObject x : s.items) {
            if (!present.contains(x)) {
                add(x);
            }
        }
        size = s.items.size();
    }

    /** CPython's {@code set_add_entry} for a new key: dummies are passed over, not reused. */
    private void add(PyObject x) {
        long h = hash((PyInt) x);
        SetOrder.insert(keys, hashes, x, h);
        fill++;
        used++;
        int mask = keys.length - 1;
        if ((long) fill * 5 >= (long) mask * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    private void resize(int minUsed) {
        int newSize = 8;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        PyObject[] newKeys = new PyObject[newSize];
        long[] newHashes = new long[newSize];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                SetOrder.insert(newKeys, newHashes, keys[i], hashes[i]);
            }
        }
        keys = newKeys;
        hashes = newHashes;
        fill = used;
    }

    private static boolean allInts(Collection<PyObject> items) {
        for (PyObject o : items) {
            if (!(o instanceof PyInt)) {
                return false;
            }
        }
        return true;
    }

    private static long hash(PyInt n) {
        return Hashes.ofInt(n);
    }
}
