package lockstep.sim.machine;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.WorkMeter;

/**
 * How much memory a machine's programs hold alive: every object the {@link StateWalk} reaches from the machine (what
 * no thread, frame, module or timer can reach is garbage), each at about the size CPython would give it. The sizes
 * are estimates in CPython's terms ({@code sys.getsizeof} of an ASCII string, an int, a list's slots, a dict's
 * entries), not the JVM's, so the census says the same on every machine and under every collector. Ints and floats
 * are counted where they are referenced, not once each: telling millions of them apart would cost a lookup each, and
 * one referenced from many places other than one after the other (where the walk knows it) is rare.
 */
final class MemoryCensus {
    /** What an object the census has no closer size for takes: a small instance's header and a few fields. */
    static final long OBJECT_BYTES = 32;
    /** A float: {@code sys.getsizeof(0.0)}. */
    static final long FLOAT_BYTES = 24;
    /** An int below 2**30: {@code sys.getsizeof(1)}; each further 30-bit digit adds 4. */
    static final long INT_BYTES = 28;
    /** The ints made once and shared by every run ({@code PyInt.of}'s cache, CPython's -5 to 256 and more). */
    static final long SHARED_INT_LOW = -5;
    static final long SHARED_INT_HIGH = 1024;

    private MemoryCensus() {
    }

    /** What a census found: the bytes held, in how many objects. */
    record Count(long bytes, int objects) {}

    /**
     * The bytes held by everything {@code machine}'s programs can still reach; {@code expectedObjects} (what the last
     * census met) sizes the walk's tables, which would otherwise grow step by step to millions.
     */
    static Count of(Machine machine, int expectedObjects) {
        StateWalk walk = StateWalk.forCensus(new StateWalk.Registry(expectedObjects)).walk(machine);
        long total = walk.scalarBytes();
        int n = walk.objectCount();
        for (int i = 0; i < n; i++) {
            total += sizeOf(walk.objectAt(i));
        }
        return new Count(total, n);
    }

    /** About what CPython would give {@code o}; a Java container inside a Python value counts only its slots. */
    static long sizeOf(Object o) {
        if (o instanceof PyStr s) {
            return WorkMeter.STR_HEADER_BYTES + s.value.length() * WorkMeter.STR_CHAR_BYTES;
        }
        if (o instanceof PyInt i) {
            // The small ints every run shares (CPython's are static) cost nothing.
            return i.big != null ? INT_BYTES + 4L * ((i.big.bitLength() - 1) / 30)
                    : i.value >= SHARED_INT_LOW && i.value <= SHARED_INT_HIGH ? 0 : INT_BYTES;
        }
        if (o instanceof PyFloat) {
            return FLOAT_BYTES;
        }
        if (o instanceof Map<?, ?> m) {
            return WorkMeter.times(m.size(), WorkMeter.DICT_ENTRY_BYTES);
        }
        if (o instanceof Set<?> s) {
            return WorkMeter.times(s.size(), WorkMeter.SET_ENTRY_BYTES);
        }
        if (o instanceof Collection<?> c) {
            return WorkMeter.times(c.size(), WorkMeter.SLOT_BYTES);
        }
        if (o instanceof CharSequence text) {
            return text.length();
        }
        return o.getClass().isArray() ? arrayBytes(o) : OBJECT_BYTES;
    }

    private static long arrayBytes(Object a) {
        int n = java.lang.reflect.Array.getLength(a);
        Class<?> item = a.getClass().getComponentType();
        long each = item == byte.class || item == boolean.class ? 1
                : item == char.class || item == short.class ? 2
                : item == int.class || item == float.class ? 4 : 8;
        return WorkMeter.times(n, each);
    }
}
