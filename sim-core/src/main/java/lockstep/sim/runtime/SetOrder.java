package lockstep.sim.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The order in which CPython shows a set of ints: the slots of its open-addressing hash table. Reproduced by
 * inserting the items, in insertion order, into a simulated table with CPython's probing and resizing. Sets
 * holding anything else keep insertion order (CPython's order for strings changes with every process anyway).
 */
public final class SetOrder {
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    private SetOrder() {}

    static List<PyObject> cpythonOrder(Collection<PyObject> items) {
        for (PyObject o : items) {
            if (!(o instanceof PyInt)) {
                return new ArrayList<>(items);
            }
        }
        PyObject[] table = new PyObject[8];
        long[] hashes = new long[8];
        int used = 0;
        for (PyObject o : items) {
            long h = Hashes.ofInt((PyInt) o);
            insert(table, hashes, o, h);
            used++;
            int mask = table.length - 1;
            if ((long) used * 5 >= (long) mask * 3) {
                int newSize = 8;
                int minUsed = used > 50000 ? used * 2 : used * 4;
                while (newSize <= minUsed) {
                    newSize <<= 1;
                }
                PyObject[] newTable = new PyObject[newSize];
                long[] newHashes = new long[newSize];
                for (int i = 0; i < table.length; i++) {
                    if (table[i] != null) {
                        insert(newTable, newHashes, table[i], hashes[i]);
                    }
                }
                table = newTable;
                hashes = newHashes;
            }
        }
        List<PyObject> order = new ArrayList<>(used);
        for (PyObject o : table) {
            if (o != null) {
                order.add(o);
            }
        }
        return order;
    }

    /** Puts {@code o} in the first free slot CPython's probe sequence reaches (no deleted slots in the table). */
    public static void insert(PyObject[] table, long[] hashes, PyObject o, long hash) {
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = 0; j <= probes; j++) {
                if (table[i + j] == null) {
                    table[i + j] = o;
                    hashes[i + j] = hash;
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
