package lockstep.sim.runtime;

import java.math.BigInteger;

/**
 * {@code hash()} as CPython 3.11 computes it ({@code Python/pyhash.c}, {@code tupleobject.c}, {@code setobject.c}):
 * numbers modulo 2**61 - 1 so that equal numbers hash alike, tuples with xxHash, frozensets with shuffled XOR, and
 * every object compared by identity from its address ({@code _Py_HashPointer}: the address rotated right by 4 bits),
 * the address being the process's object id. Strings hash with Java's string hash: CPython randomizes theirs.
 */
public final class Hashes {
    private static final int BITS = 61;
    private static final long MODULUS = (1L << BITS) - 1;
    private static final long INFINITY = 314159;
    private static final long XX_PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XX_PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XX_PRIME_5 = 0x27D4EB2F165667C5L;

    private Hashes() {}

    /** The hash of a hashable object (the caller checks that it is hashable). */
    public static long of(CallContext ctx, PyObject o) {
        if (o instanceof PyInt i) {
            return ofInt(i);
        }
        if (o instanceof PyFloat f) {
            return Double.isNaN(f.value) ? ofAddress(ctx, o) : ofDouble(f.value);
        }
        if (o instanceof PyStr s) {
            return notMinusOne(s.value.hashCode());
        }
        if (o instanceof PyTuple t) {
            return ofTuple(ctx, t.items);
        }
        if (o instanceof PySet s && s.frozen) {
            return ofFrozenSet(ctx, s);
        }
        if (o instanceof PyRange r) {
            return ofRange(ctx, r);
        }
        if (o instanceof PyInstance inst) {
            Long user = UserKeys.userHash(inst);
            if (user != null) {
                return user;
            }
        }
        if (o instanceof PyBoundMethod m) {
            return notMinusOne(ofAddress(ctx, m.self) ^ of(ctx, m.function));
        }
        return ofAddress(ctx, o);
    }

    /** CPython's {@code hash(int)}: the value modulo 2**61 - 1, keeping the sign, with -1 mapped to -2. */
    public static long ofInt(PyInt n) {
        long h;
        if (n.big == null) {
            long a = Math.abs(n.value % MODULUS);
            h = n.value < 0 ? -a : a;
        } else {
            BigInteger r = n.big.abs().mod(BigInteger.valueOf(MODULUS));
            h = n.big.signum() < 0 ? -r.longValue() : r.longValue();
        }
        return notMinusOne(h);
    }

    /** {@code _Py_HashPointer} of the object's address in the calling process. */
    private static long ofAddress(CallContext ctx, PyObject o) {
        return notMinusOne(Long.rotateRight(ctx.objectIds().idOf(o), 4));
    }

    /** {@code _Py_HashDouble} for a finite or infinite value: the rational value modulo 2**61 - 1. */
    static long ofDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INFINITY : -INFINITY;
        }
        if (v == 0) {
            return 0;
        }
        int sign = v < 0 ? -1 : 1;
        double m = Math.abs(v);
        // frexp: m in [0.5, 1), v = m * 2**e; subnormals are scaled into the normal range first.
        int e = 0;
        if (Math.getExponent(m) < Double.MIN_EXPONENT) {
            m *= 0x1p54;
            e = -54;
        }
        int exponent = Math.getExponent(m) + 1;
        m = Math.scalb(m, -exponent);
        e += exponent;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        return notMinusOne(x * sign);
    }

    /** {@code tuplehash}: xxHash's round over the items' hashes. */
    static long ofTuple(CallContext ctx, PyObject[] items) {
        long acc = XX_PRIME_5;
        for (PyObject item : items) {
            long lane = of(ctx, item);
            acc += lane * XX_PRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XX_PRIME_1;
        }
        acc += items.length ^ (XX_PRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** {@code frozenset_hash}: the items' shuffled hashes XORed, then the size mixed in and dispersed. */
    private static long ofFrozenSet(CallContext ctx, PySet s) {
        long hash = 0;
        for (PyObject item : s.items) {
            hash ^= shuffleBits(of(ctx, item));
        }
        hash ^= (s.items.size() + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** {@code range_hash}: the tuple (len, start, step), with None for what does not matter. */
    private static long ofRange(CallContext ctx, PyRange r) {
        long length = r.length();
        PyObject start = length == 0 ? PyNone.NONE : PyInt.of(r.start);
        PyObject step = length <= 1 ? PyNone.NONE : PyInt.of(r.step);
        return ofTuple(ctx, new PyObject[] {PyInt.of(length), start, step});
    }

    /** CPython never returns -1 from a hash function: -1 signals an error in C. */
    private static long notMinusOne(long h) {
        return h == -1 ? -2 : h;
    }
}
