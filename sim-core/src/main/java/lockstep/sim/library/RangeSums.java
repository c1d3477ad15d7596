package lockstep.sim.library;

import java.math.BigInteger;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyRange;

/**
 * {@code sum}, {@code min} and {@code max} of a range in closed form: CPython iterates, and the caller charges
 * that, but the answer needs no loop, so a huge range costs the run its steps without costing the JVM its time.
 */
final class RangeSums {
    private RangeSums() {}

    /** {@code sum(r, start)}: n * first + step * n * (n - 1) / 2 + start. */
    static PyInt sum(PyRange r, PyInt start) {
        BigInteger n = BigInteger.valueOf(r.length());
        BigInteger first = BigInteger.valueOf(r.start);
        BigInteger step = BigInteger.valueOf(r.step);
        BigInteger pairs = n.multiply(n.subtract(BigInteger.ONE)).shiftRight(1);
        return PyInt.of(n.multiply(first).add(step.multiply(pairs)).add(start.toBig()));
    }

    /** The position of 0 in {@code r} (where {@code all} stops), or -1. */
    static long indexOfZero(PyRange r) {
        long n = r.length();
        if (n == 0 || r.start % r.step != 0) {
            return -1;
        }
        long at = -r.start / r.step;
        return at >= 0 && at < n ? at : -1;
    }

    /** {@code max(r)} when {@code largest}, else {@code min(r)}, of a range that is not empty. */
    static PyInt extreme(PyRange r, boolean largest) {
        long last = r.start + (r.length() - 1) * r.step;
        boolean rising = r.step > 0;
        return PyInt.of(largest == rising ? last : r.start);
    }
}
