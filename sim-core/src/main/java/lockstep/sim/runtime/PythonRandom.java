package lockstep.sim.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's random number generator: the Mersenne Twister MT19937 seeded the way {@code random.seed(int)} seeds
 * it, with {@code random()}, {@code getrandbits} and {@code randbelow} computed as CPython computes them, so a
 * program that seeds {@code random} prints what CPython prints.
 */
public final class PythonRandom {
    private static final int N = 624;
    private static final int M = 397;
    /** The generator's state; null until the first draw (a machine made only to be overwritten never draws). */
    private int[] mt;
    private int mti = N + 1;
    /** The seed given at construction, applied at the first draw. */
    private long pendingSeed;

    public PythonRandom(long seed) {
        pendingSeed = seed;
    }

    /** {@code random.seed(n)}: the absolute value, split into 32-bit words, least significant first. */
    public void seed(BigInteger n) {
        if (mt == null) {
            mt = new int[N];
        }
        BigInteger a = n.abs();
        List<Integer> key = new ArrayList<>();
        BigInteger mask = BigInteger.valueOf(0xffffffffL);
        do {
            key.add(a.and(mask).intValue());
            a = a.shiftRight(32);
        } while (a.signum() > 0);
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    private void initByArray(List<Integer> key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int keyLength = key.size();
        for (int k = Math.max(N, keyLength); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key.get(j) + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= keyLength) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** The next 32 random bits. */
    public int nextInt32() {
        if (mt == null) {
            seed(BigInteger.valueOf(pendingSeed));
        }
        int y;
        if (mti >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            mti = 0;
        }
        y = mt[mti++];
        y ^= (y >>> 11);
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= (y >>> 18);
        return y;
    }

    /** {@code random.random()}: 53 random bits as a float in [0, 1). */
    public double random() {
        long a = (nextInt32() & 0xffffffffL) >>> 5;
        long b = (nextInt32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code random.getrandbits(k)}. */
    public BigInteger getrandbits(int k) {
        if (k <= 32) {
            return BigInteger.valueOf((nextInt32() & 0xffffffffL) >>> (32 - k));
        }
        BigInteger r = BigInteger.ZERO;
        int shift = 0;
        for (int left = k; left > 0; left -= 32) {
            long word = nextInt32() & 0xffffffffL;
            if (left < 32) {
                word >>>= (32 - left);
            }
            r = r.or(BigInteger.valueOf(word).shiftLeft(shift));
            shift += 32;
        }
        return r;
    }

    /** {@code random._randbelow(n)}: rejection sampling over {@code n.bit_length()} bits, as CPython does. */
    public BigInteger randbelow(BigInteger n) {
        if (n.signum() <= 0) {
            return BigInteger.ZERO;
        }
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    public long randbelow(long n) {
        return randbelow(BigInteger.valueOf(n)).longValue();
    }
}
