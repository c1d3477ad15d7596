package lockstep.sim.runtime;

import java.math.BigInteger;

/** A Python int: a {@code long} while it fits, a {@link BigInteger} beyond. Small values are cached. */
public class PyInt extends PyValue {
    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = CACHE_LOW; i <= CACHE_HIGH; i++) {
            CACHE[i - CACHE_LOW] = new PyInt(i, null);
        }
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);

    /** The value when {@link #big} is null. */
    public final long value;
    /** The value when it does not fit a long; null otherwise. */
    public final BigInteger big;

    PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
            return of(v.longValue());
        }
        return new PyInt(0, v);
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public double toDouble() {
        return big != null ? big.doubleValue() : (double) value;
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    @Override
    public PyType type() {
        return Types.INT;
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
