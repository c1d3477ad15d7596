package lockstep.sim.runtime;

/** How many items iterating a value will give, when that is known before taking them: what a drain charges first. */
public final class Lengths {
    private Lengths() {}

    /** The number of items {@code o} gives ({@link WorkMeter#ENDLESS} for an endless iterator), or -1 if unknown. */
    public static long known(PyObject o) {
        long n = ofBuiltin(o);
        if (n >= 0) {
            return n;
        }
        if (o instanceof PyIterator it) {
            return it.lengthHint();
        }
        return -1;
    }

    /** {@code len(o)} of a built-in container, string or range, which runs no program code; else -1. */
    static long ofBuiltin(PyObject o) {
        if (o instanceof PyList l) {
            return l.items.size();
        }
        if (o instanceof PyTuple t) {
            return t.items.length;
        }
        if (o instanceof PyStr s) {
            return s.value.length();
        }
        if (o instanceof PyDict d) {
            return d.map.size();
        }
        if (o instanceof PySet s) {
            return s.items.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        if (o instanceof DictView v) {
            return v.dict.map.size();
        }
        return -1;
    }

    /**
     * Charges draining {@code o} when its length is known, before any item is taken (an endless iterator reaches the
     * step limit here), and returns the count to charge item by item instead: null when that was done now.
     */
    public static ItemCount chargeDrain(CallContext ctx, PyObject o, long bytesEach) {
        long known = known(o);
        if (known >= 0) {
            ctx.work().build(known, bytesEach);
            return null;
        }
        return new ItemCount(ctx, bytesEach);
    }

    /**
     * The count for a native that takes items of {@code o} until it may stop early ({@code any}, {@code all}): a
     * step each thousand items (an endless iterator also charges its items itself, {@link WorkMeter#endlessItem}).
     */
    public static ItemCount scan(CallContext ctx, PyObject o) {
        return new ItemCount(ctx, 0);
    }
}
