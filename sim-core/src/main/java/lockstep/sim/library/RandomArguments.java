package lockstep.sim.library;

import java.math.BigInteger;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRange;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PythonRandom;
import lockstep.sim.runtime.Types;

/**
 * random's {@code randrange}, {@code randint} and {@code choice} as CPython 3.11's random.py computes them, with its
 * errors: arguments read by {@code _index} (an int, or what {@code int()} makes of a value it equals), a sequence
 * read by {@code len()} and indexing.
 */
final class RandomArguments {
    private RandomArguments() {}

    /**
     * random.py's {@code _index}: an int as it is; otherwise {@code int(value)} (whose TypeError, ValueError or
     * OverflowError the program sees), refused when it differs from the value ({@code 1.5}). CPython warns that
     * an integral float is deprecated there; the simulator takes it without a warning.
     */
    static BigInteger index(CallContext ctx, PyObject value, String which) {
        if (value instanceof PyInt i) {
            return i.toBig();
        }
        PyObject converted = ctx.call(Types.INT, value);
        if (!(converted instanceof PyInt i) || !Ops.eq(ctx, converted, value)) {
            throw Errors.valueError("non-integer " + which + " for randrange()");
        }
        return i.toBig();
    }

    /** {@code randrange(start[, stop[, step]])} over already read bounds; {@code stop} null for one argument. */
    static BigInteger randrange(PythonRandom random, BigInteger start, BigInteger stop, BigInteger step) {
        if (stop == null) {
            if (start.signum() > 0) {
                return random.randbelow(start);
            }
            throw Errors.valueError("empty range for randrange()");
        }
        BigInteger width = stop.subtract(start);
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return start.add(random.randbelow(width));
            }
            throw Errors.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        BigInteger n;
        if (step.signum() > 0) {
            n = floorDiv(width.add(step).subtract(BigInteger.ONE), step);
        } else if (step.signum() < 0) {
            n = floorDiv(width.add(step).add(BigInteger.ONE), step);
        } else {
            throw Errors.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw Errors.valueError("empty range for randrange()");
        }
        return start.add(step.multiply(random.randbelow(n)));
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        return qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** {@code shuffle(x)}: swaps through {@code len()} and item assignment, so a str or tuple is refused as in CPython. */
    static void shuffle(CallContext ctx, PythonRandom random, PyObject x) {
        if (x instanceof PyList list) {
            java.util.List<PyObject> items = list.items;
            for (int i = items.size() - 1; i > 0; i--) {
                int j = (int) random.randbelow(i + 1);
                PyObject t = items.get(i);
                items.set(i, items.get(j));
                items.set(j, t);
            }
            return;
        }
        for (long i = Items.len(ctx, x) - 1; i > 0; i--) {
            PyInt at = PyInt.of(i);
            PyInt other = PyInt.of(random.randbelow(i + 1));
            PyObject a = Items.getItem(ctx, x, at);
            PyObject b = Items.getItem(ctx, x, other);
            Items.setItem(ctx, x, at, b);
            Items.setItem(ctx, x, other, a);
        }
    }

    /** {@code seq[randbelow(len(seq))]}: {@code len()} and indexing decide what may be chosen from. */
    static PyObject choice(CallContext ctx, PythonRandom random, PyObject seq) {
        long n = Items.len(ctx, seq);
        if (n == 0) {
            throw Errors.indexError("Cannot choose from an empty sequence");
        }
        return Items.getItem(ctx, seq, PyInt.of(random.randbelow(BigInteger.valueOf(n))));
    }

    /** {@code sample}'s population must be a sequence: CPython's message for dicts, sets and the rest. */
    static void checkPopulation(PyObject population) {
        boolean sequence = population instanceof PyList || population instanceof PyTuple || population instanceof PyStr
                || population instanceof PyRange || population.type().isSubtypeOf(Deques.DEQUE);
        if (!sequence) {
            throw Errors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
    }
}
