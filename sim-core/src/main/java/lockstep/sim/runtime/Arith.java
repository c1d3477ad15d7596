package lockstep.sim.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import lockstep.sim.lang.BinaryOperator;

/** Arithmetic, bitwise and sequence operators with CPython's results and messages. */
public final class Arith {
    /** Ints above this many bits are refused (MemoryError) rather than computed for minutes. */
    private static final int MAX_INT_BITS = 1 << 20;

    private Arith() {}

    public static PyObject binary(CallContext ctx, BinaryOperator op, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (x.big != null || y.big != null || op == BinaryOperator.POW) {
                ctx.work().charge(digitsHandled(op, x, y));
            }
            PyObject r = intOp(op, x, y);
            if (r != null) {
                return r;
            }
        } else if (Ops.isNumber(a) && Ops.isNumber(b)) {
            PyObject r = floatOp(op, toDouble(a), toDouble(b));
            if (r != null) {
                return r;
            }
        } else {
            boolean derived = a instanceof PyDict d && d.ownSpecial("__" + dunderName(op) + "__") != null
                    || b instanceof PyDict e && e.ownSpecial("__r" + dunderName(op) + "__") != null;
            if (!derived && reflectsFirst(op, a, b)) {
                // A built-in left operand does not know a program class: CPython asks the right one first.
                PyObject r = ctx.call(b.type().lookup("__r" + dunderName(op) + "__"), b, a);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                PyObject builtin = otherOp(ctx, op, a, b);
                if (builtin != null) {
                    return builtin;
                }
                throw unsupported(op, a, b);
            }
            PyObject r = derived ? null : otherOp(ctx, op, a, b);
            if (r != null) {
                return r;
            }
        }
        return dunder(ctx, op, a, b);
    }

    /** A built-in on the left and a program class on the right that defines the reflected method. */
    private static boolean reflectsFirst(BinaryOperator op, PyObject a, PyObject b) {
        return !(a instanceof PyInstance) && b instanceof PyInstance && !(b instanceof PyBaseException)
                && b.type().lookup("__r" + dunderName(op) + "__") != null;
    }

    private static PyRaise unsupported(BinaryOperator op, PyObject a, PyObject b) {
        return Errors.typeError("unsupported operand type(s) for " + op.symbol + ": '" + a.type().name + "' and '"
                + b.type().name + "'");
    }

    /** {@code a op= b}: lists extend in place; program classes may define {@code __iadd__} and friends. */
    public static PyObject inPlace(CallContext ctx, BinaryOperator op, PyObject a, PyObject b) {
        if (op == BinaryOperator.ADD && a instanceof PyList l) {
            List<PyObject> more = Items.toList(ctx, b);
            ctx.work().build((long) l.items.size() + more.size(), WorkMeter.SLOT_BYTES);
            l.items.addAll(more);
            return a;
        }
        if (op == BinaryOperator.MUL && a instanceof PyList l && b instanceof PyInt n) {
            List<PyObject> once = new ArrayList<>(l.items);
            ArrayList<PyObject> repeated = repeat(ctx, once, n);
            l.items.clear();
            l.items.addAll(repeated);
            return a;
        }
        if (a instanceof PyInstance && !(a instanceof PyBaseException)) {
            PyObject m = a.type().lookup("__i" + dunderName(op) + "__");
            if (m != null) {
                return ctx.call(m, a, b);
            }
        }
        if (a instanceof PyDict d && d.ownSpecial("__i" + dunderName(op) + "__") != null) {
            return ctx.call(d.ownSpecial("__i" + dunderName(op) + "__"), a, b);
        }
        return binary(ctx, op, a, b);
    }

    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        PyInt i = (PyInt) o;
        if (i.big != null) {
            double d = i.big.doubleValue();
            if (Double.isInfinite(d)) {
                throw Errors.overflow("int too large to convert to float");
            }
            return d;
        }
        return i.value;
    }

    /**
     * The 30-bit digits (CPython's) an operation on big ints handles, from the operands' sizes, before it is done:
     * both operands', or for a power the result's.
     */
    private static long digitsHandled(BinaryOperator op, PyInt x, PyInt y) {
        long xBits = x.big != null ? x.big.bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs(x.value));
        long yBits = y.big != null ? y.big.bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs(y.value));
        if (op == BinaryOperator.POW) {
            if (y.big != null || y.value < 0 || x.big == null && Math.abs(x.value) < 2) {
                return 0; // a float, 0 or 1, or refused as too large
            }
            return WorkMeter.times(xBits, y.value) / 30;
        }
        return (xBits + yBits) / 30;
    }

    private static PyObject intOp(BinaryOperator op, PyInt x, PyInt y) {
        boolean small = x.big == null && y.big == null;
        long a = x.value;
        long b = y.value;
        switch (op) {
            case ADD:
                if (small) {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                }
                return PyInt.of(x.toBig().add(y.toBig()));
            case SUB:
                if (small) {
                    long r = a - b;
                    if (((a ^ b) & (a ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                }
                return PyInt.of(x.toBig().subtract(y.toBig()));
            case MUL:
                if (small) {
                    long hi = Math.multiplyHigh(a, b);
                    long lo = a * b;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return PyInt.of(lo);
                    }
                }
                return bounded(x.toBig().multiply(y.toBig()));
            case DIV:
                if (y.signum() == 0) {
                    throw Errors.zeroDivision("division by zero");
                }
                if (small && Math.abs(a) < (1L << 53) && Math.abs(b) < (1L << 53)) {
                    return new PyFloat((double) a / (double) b);
                }
                return new PyFloat(trueDivide(x.toBig(), y.toBig()));
            case FLOOR_DIV:
                if (y.signum() == 0) {
                    throw Errors.zeroDivision("integer division or modulo by zero");
                }
                if (small && !(a == Long.MIN_VALUE && b == -1)) {
                    return PyInt.of(Math.floorDiv(a, b));
                }
                return PyInt.of(floorDiv(x.toBig(), y.toBig()));
            case MOD:
                if (y.signum() == 0) {
                    throw Errors.zeroDivision("integer modulo by zero");
                }
                if (small) {
                    return PyInt.of(Math.floorMod(a, b));
                }
                return PyInt.of(x.toBig().subtract(floorDiv(x.toBig(), y.toBig()).multiply(y.toBig())));
            case POW:
                return intPow(x, y);
            case LSHIFT: {
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (y.big != null || b > MAX_INT_BITS) {
                    throw Errors.memoryError("");
                }
                if (small && b < 62 && Math.abs(a) < (1L << (62 - b))) {
                    return PyInt.of(a << b);
                }
                return PyInt.of(x.toBig().shiftLeft((int) b));
            }
            case RSHIFT: {
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (y.big != null) {
                    return PyInt.of(x.signum() < 0 ? -1 : 0);
                }
                if (small) {
                    return PyInt.of(a >> Math.min(b, 63));
                }
                return PyInt.of(x.toBig().shiftRight((int) Math.min(b, Integer.MAX_VALUE)));
            }
            case BIT_AND:
                return small ? boolOrInt(x, y, a & b) : PyInt.of(x.toBig().and(y.toBig()));
            case BIT_OR:
                return small ? boolOrInt(x, y, a | b) : PyInt.of(x.toBig().or(y.toBig()));
            case BIT_XOR:
                return small ? boolOrInt(x, y, a ^ b) : PyInt.of(x.toBig().xor(y.toBig()));
            default:
                return null;
        }
    }

    /** {@code True & False} is a bool; any other int operand gives an int. */
    private static PyInt boolOrInt(PyInt x, PyInt y, long r) {
        return x instanceof PyBool && y instanceof PyBool ? PyBool.of(r != 0) : PyInt.of(r);
    }

    private static PyObject bounded(BigInteger r) {
        if (r.bitLength() > MAX_INT_BITS) {
            throw Errors.memoryError("int too large for the simulator");
        }
        return PyInt.of(r);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static double trueDivide(BigInteger a, BigInteger b) {
        double r = new java.math.BigDecimal(a).divide(new java.math.BigDecimal(b), java.math.MathContext.DECIMAL128)
                .doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return r;
    }

    private static PyObject intPow(PyInt x, PyInt y) {
        if (y.signum() < 0) {
            double base = toDouble(x);
            if (base == 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(base, toDouble(y)));
        }
        if (y.big != null) {
            if (x.big == null && (x.value == 0 || x.value == 1)) {
                return x;
            }
            throw Errors.memoryError("int too large for the simulator");
        }
        long e = y.value;
        BigInteger base = x.toBig();
        if ((long) base.bitLength() * e > MAX_INT_BITS && base.abs().compareTo(BigInteger.ONE) > 0) {
            throw Errors.memoryError("int too large for the simulator");
        }
        if (x.big == null) {
            long r = 1;
            long b = x.value;
            boolean fits = true;
            for (long i = 0; i < e; i++) {
                long hi = Math.multiplyHigh(r, b);
                long lo = r * b;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                    fits = false;
                    break;
                }
                r = lo;
                if (r == 0 || r == 1 && b == 1) {
                    break;
                }
            }
            if (fits) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(base.pow((int) e));
    }

    private static PyObject floatOp(BinaryOperator op, double a, double b) {
        switch (op) {
            case ADD:
                return new PyFloat(a + b);
            case SUB:
                return new PyFloat(a - b);
            case MUL:
                return new PyFloat(a * b);
            case DIV:
                if (b == 0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return new PyFloat(a / b);
            case FLOOR_DIV:
                if (b == 0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                return new PyFloat(floatFloorDiv(a, b));
            case MOD:
                if (b == 0) {
                    throw Errors.zeroDivision("float modulo");
                }
                return new PyFloat(floatMod(a, b));
            case POW:
                return floatPow(a, b);
            default:
                return null;
        }
    }

    /** CPython's float modulo: the result has the sign of the divisor. */
    public static double floatMod(double a, double b) {
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    public static double floatFloorDiv(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    private static PyObject floatPow(double a, double b) {
        if (a == 0 && b < 0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.floor(b)) {
            throw Errors.valueError("math domain error");
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.overflow("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    private static PyObject otherOp(CallContext ctx, BinaryOperator op, PyObject a, PyObject b) {
        switch (op) {
            case ADD:
                if (a instanceof PyStr x) {
                    if (b instanceof PyStr y) {
                        checkSize((long) x.value.length() + y.value.length());
                        ctx.work().build((long) x.value.length() + y.value.length(), WorkMeter.STR_CHAR_BYTES);
                        return PyStr.of(x.value + y.value);
                    }
                    throw Errors.typeError("can only concatenate str (not \"" + b.type().name + "\") to str");
                }
                if (a instanceof PyList x) {
                    if (b instanceof PyList y) {
                        ctx.work().build((long) x.items.size() + y.items.size(), WorkMeter.SLOT_BYTES);
                        ArrayList<PyObject> r = new ArrayList<>(x.items.size() + y.items.size());
                        r.addAll(x.items);
                        r.addAll(y.items);
                        return new PyList(r, true);
                    }
                    throw Errors.typeError("can only concatenate list (not \"" + b.type().name + "\") to list");
                }
                if (a instanceof PyTuple x) {
                    if (b instanceof PyTuple y) {
                        ctx.work().build((long) x.items.length + y.items.length, WorkMeter.SLOT_BYTES);
                        PyObject[] r = new PyObject[x.items.length + y.items.length];
                        System.arraycopy(x.items, 0, r, 0, x.items.length);
                        System.arraycopy(y.items, 0, r, x.items.length, y.items.length);
                        return PyTuple.of(r);
                    }
                    throw Errors.typeError("can only concatenate tuple (not \"" + b.type().name + "\") to tuple");
                }
                return null;
            case MUL: {
                PyObject r = null;
                if (b instanceof PyInt n && !(a instanceof PyInt)) {
                    r = repeatSequence(ctx, a, n);
                } else if (a instanceof PyInt n && !(b instanceof PyInt)) {
                    r = repeatSequence(ctx, b, n);
                } else if (isSequence(a) && !(b instanceof PyInstance)) {
                    throw Errors.typeError("can't multiply sequence by non-int of type '" + b.type().name + "'");
                } else if (isSequence(b) && !(a instanceof PyInstance)) {
                    throw Errors.typeError("can't multiply sequence by non-int of type '" + a.type().name + "'");
                }
                return r;
            }
            case MOD:
                if (a instanceof PyStr s) {
                    return PyStr.of(Formatting.percent(ctx, s.value, b));
                }
                return null;
            case BIT_OR:
            case BIT_AND:
            case SUB:
            case BIT_XOR:
                if (a instanceof PySet x && b instanceof PySet y) {
                    return setOp(op, x, y);
                }
                if (op == BinaryOperator.BIT_OR && a instanceof PyDict x && b instanceof PyDict y) {
                    LinkedHashMap<PyObject, PyObject> m = new LinkedHashMap<>(x.map);
                    m.putAll(y.map);
                    return new PyDict(m);
                }
                return SetViews.binary(ctx, op, a, b);
            default:
                return null;
        }
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    private static PyObject setOp(BinaryOperator op, PySet x, PySet y) {
        LinkedHashSet<PyObject> r = new LinkedHashSet<>(x.items);
        switch (op) {
            case BIT_OR -> r.addAll(y.items);
            case BIT_AND -> r.retainAll(y.items);
            case SUB -> r.removeAll(y.items);
            default -> {
                for (PyObject o : y.items) {
                    if (!r.remove(o)) {
                        r.add(o);
                    }
                }
            }
        }
        return new PySet(r, x.frozen);
    }

    private static PyObject repeatSequence(CallContext ctx, PyObject seq, PyInt n) {
        if (n.big != null && (seq instanceof PyStr || seq instanceof PyList || seq instanceof PyTuple)) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long count = n.big != null ? (n.big.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, n.value);
        if (seq instanceof PyStr s) {
            if (s.value.isEmpty() || count == 0) {
                return PyStr.of("");
            }
            if (count > Long.MAX_VALUE / s.value.length()) {
                throw Errors.overflow("repeated string is too long");
            }
            long length = WorkMeter.times(count, s.value.length());
            ctx.work().build(length, WorkMeter.STR_CHAR_BYTES);
            checkSize(length);
            return PyStr.of(s.value.repeat((int) count));
        }
        if (seq instanceof PyList l) {
            return new PyList(repeat(ctx, l.items, n), true);
        }
        if (seq instanceof PyTuple t) {
            return PyTuple.of(repeat(ctx, t.asList(), n));
        }
        return null;
    }

    private static ArrayList<PyObject> repeat(CallContext ctx, List<PyObject> items, PyInt n) {
        long count = n.big != null ? (n.big.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, n.value);
        if (items.isEmpty() || count == 0) {
            return new ArrayList<>();
        }
        ctx.work().build(WorkMeter.times(count, items.size()), WorkMeter.SLOT_BYTES);
        checkSize(count * items.size());
        ArrayList<PyObject> r = new ArrayList<>((int) (count * items.size()));
        for (long i = 0; i < count; i++) {
            r.addAll(items);
        }
        return r;
    }

    private static void checkSize(long n) {
        if (n > Items.MAX_ITEMS || n < 0) {
            throw Errors.memoryError("");
        }
    }

    private static PyObject dunder(CallContext ctx, BinaryOperator op, PyObject a, PyObject b) {
        String name = dunderName(op);
        if (a instanceof PyInstance && !(a instanceof PyBaseException)) {
            PyObject m = a.type().lookup("__" + name + "__");
            PyObject r = m == null ? PyNotImplemented.NOT_IMPLEMENTED : ctx.call(m, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (a instanceof PyDict d && d.ownSpecial("__" + name + "__") != null) {
            return ctx.call(d.ownSpecial("__" + name + "__"), a, b);
        }
        if (b instanceof PyDict d && d.ownSpecial("__r" + name + "__") != null) {
            return ctx.call(d.ownSpecial("__r" + name + "__"), b, a);
        }
        // As CPython: the reflected method is asked only of an operand of another type, and may decline too.
        if (b instanceof PyInstance && !(b instanceof PyBaseException) && b.type() != a.type()) {
            PyObject m = b.type().lookup("__r" + name + "__");
            PyObject r = m == null ? PyNotImplemented.NOT_IMPLEMENTED : ctx.call(m, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw unsupported(op, a, b);
    }

    private static String dunderName(BinaryOperator op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case MATMUL -> "matmul";
            case DIV -> "truediv";
            case FLOOR_DIV -> "floordiv";
            case MOD -> "mod";
            case POW -> "pow";
            case LSHIFT -> "lshift";
            case RSHIFT -> "rshift";
            case BIT_OR -> "or";
            case BIT_XOR -> "xor";
            case BIT_AND -> "and";
        };
    }

    public static PyObject negate(CallContext ctx, PyObject a) {
        if (a instanceof PyInt i) {
            if (i.big == null && i.value != Long.MIN_VALUE) {
                return PyInt.of(-i.value);
            }
            return PyInt.of(i.toBig().negate());
        }
        if (a instanceof PyFloat f) {
            return new PyFloat(-f.value);
        }
        return unaryDunder(ctx, a, "__neg__", "-");
    }

    public static PyObject positive(CallContext ctx, PyObject a) {
        if (a instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (a instanceof PyInt || a instanceof PyFloat) {
            return a;
        }
        return unaryDunder(ctx, a, "__pos__", "+");
    }

    public static PyObject invert(CallContext ctx, PyObject a) {
        if (a instanceof PyInt i) {
            return i.big == null ? PyInt.of(~i.value) : PyInt.of(i.big.not());
        }
        return unaryDunder(ctx, a, "__invert__", "~");
    }

    private static PyObject unaryDunder(CallContext ctx, PyObject a, String method, String symbol) {
        if (a instanceof PyDict d && d.ownSpecial(method) != null) {
            return ctx.call(d.ownSpecial(method), a);
        }
        if (a instanceof PyInstance) {
            PyObject m = a.type().lookup(method);
            if (m != null) {
                return ctx.call(m, a);
            }
        }
        throw Errors.typeError("bad operand type for unary " + symbol + ": '" + a.type().name + "'");
    }
}
