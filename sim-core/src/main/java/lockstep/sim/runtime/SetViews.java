package lockstep.sim.runtime;

import java.util.LinkedHashSet;
import lockstep.sim.lang.BinaryOperator;

/**
 * {@code dict.keys()} and {@code dict.items()} as the sets they behave like in CPython ({@code dictviews_*}): they
 * compare with sets and views, and {@code & | - ^} with any iterable on either side make a new {@code set} from
 * the left operand's items combined with the right operand's.
 */
public final class SetViews {
    private SetViews() {}

    /** A keys or items view; values views are not set-like. */
    public static boolean isSetView(PyObject o) {
        return o instanceof DictView v && v.kind != DictView.Kind.VALUES;
    }

    /** Both are sets or set-like views and at least one is a view: they compare as sets. */
    static boolean comparable(PyObject a, PyObject b) {
        return (isSetView(a) || isSetView(b)) && (isSetView(a) || a instanceof PySet)
                && (isSetView(b) || b instanceof PySet);
    }

    /** The items of a set or a set-like view. */
    static LinkedHashSet<PyObject> items(PyObject o) {
        return o instanceof PySet s ? s.items : ((DictView) o).asSet();
    }

    /** {@code a <= b} and friends between sets and set-like views. */
    static boolean compare(PyObject a, PyObject b, String op) {
        LinkedHashSet<PyObject> x = items(a);
        LinkedHashSet<PyObject> y = items(b);
        return switch (op) {
            case "<=" -> y.containsAll(x);
            case "<" -> x.size() < y.size() && y.containsAll(x);
            case ">=" -> x.containsAll(y);
            default -> x.size() > y.size() && x.containsAll(y);
        };
    }

    /** {@code a op b} for a set operator when either side is a set-like view, else null. */
    static PyObject binary(CallContext ctx, BinaryOperator op, PyObject a, PyObject b) {
        if (!(isSetView(a) || isSetView(b)) || !isSetOperator(op)) {
            return null;
        }
        LinkedHashSet<PyObject> r = hashable(ctx, a);
        LinkedHashSet<PyObject> other = hashable(ctx, b);
        switch (op) {
            case BIT_OR -> r.addAll(other);
            case BIT_AND -> r.retainAll(other);
            case SUB -> r.removeAll(other);
            default -> {
                for (PyObject o : other) {
                    if (!r.remove(o)) {
                        r.add(o);
                    }
                }
            }
        }
        return new PySet(r, false);
    }

    private static boolean isSetOperator(BinaryOperator op) {
        return op == BinaryOperator.BIT_OR || op == BinaryOperator.BIT_AND || op == BinaryOperator.SUB
                || op == BinaryOperator.BIT_XOR;
    }

    private static LinkedHashSet<PyObject> hashable(CallContext ctx, PyObject iterable) {
        LinkedHashSet<PyObject> r = new LinkedHashSet<>();
        for (PyObject o : Items.toList(ctx, iterable)) {
            r.add(Ops.checkHashable(o));
        }
        return r;
    }
}
