package lockstep.sim.machine;

/**
 * Objects by identity, each with a number: the walk's table of the objects it has met. An {@link
 * java.util.IdentityHashMap} would box every number and probe pairs; this keeps keys and numbers in two arrays, as a
 * walk meets thousands of objects several thousand times a second. Lookups only: nothing iterates it, so the identity
 * hashes it places keys by never decide an order.
 */
final class IdentityIndex {
    private Object[] keys;
    private int[] numbers;
    private int size;

    /** A table for about {@code expected} objects before it grows. */
    IdentityIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new Object[capacity];
        numbers = new int[capacity];
    }

    /** The number of {@code o}, or -1 when it has none. */
    int get(Object o) {
        Object[] k = keys;
        int mask = k.length - 1;
        for (int i = slot(o, mask); ; i = (i + 1) & mask) {
            Object at = k[i];
            if (at == o) {
                return numbers[i];
            }
            if (at == null) {
                return -1;
            }
        }
    }

    /** Gives {@code o}, which has no number yet, the number {@code n}. */
    void put(Object o, int n) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(o, n);
        size++;
    }

    private void insert(Object o, int n) {
        int mask = keys.length - 1;
        int i = slot(o, mask);
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = o;
        numbers[i] = n;
    }

    private void grow() {
        Object[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new Object[oldKeys.length * 2];
        numbers = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldNumbers[i]);
            }
        }
    }

    private static int slot(Object o, int mask) {
        int h = System.identityHashCode(o) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
