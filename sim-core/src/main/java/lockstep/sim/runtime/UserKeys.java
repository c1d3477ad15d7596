package lockstep.sim.runtime;

/**
 * An instance of a program class as a dict key or set member, as CPython's dict and set treat it: its class's
 * {@code __hash__} gives the hash and its {@code __eq__} decides equality with a key of the same hash (identity
 * first). Java's {@link PyInstance#hashCode} and {@link PyInstance#equals} come here, so every dict and set of the
 * runtime applies the protocol; the methods run on the running thread through the class's
 * {@link PyType#methodContext}. Classes without these methods keep identity, and built-in keys never come here.
 */
final class UserKeys {
    private UserKeys() {}

    /** Whether {@code o} equals {@code other} as a key: by its {@code __eq__} when its class defines one. */
    static boolean keyEquals(PyInstance o, Object other) {
        if (o == other) {
            return true;
        }
        if (!(other instanceof PyObject key) || o instanceof PyBaseException || special(o.type(), "__eq__") == null) {
            return false;
        }
        return Ops.eq(o.type().methodContext, o, key);
    }

    /**
     * The hash {@code hash(o)} gives when {@code o}'s class defines {@code __hash__}, or null when it does not (the
     * instance then hashes by identity).
     */
    static Long userHash(PyInstance o) {
        PyObject method = special(o.type(), "__hash__");
        return method == null ? null : hash(o.type().methodContext, o, method);
    }

    private static long hash(CallContext ctx, PyInstance o, PyObject method) {
        PyObject h = ctx.call(method, o);
        if (!(h instanceof PyInt i)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        return Hashes.ofInt(i);
    }

    /** Whether hashing or comparing {@code o} as a key runs its class's own {@code __hash__} or {@code __eq__}. */
    static boolean custom(PyInstance o) {
        return special(o.type(), "__hash__") != null || special(o.type(), "__eq__") != null;
    }

    /** The class's own special method {@code name}, or null when it has none or inherits {@code object}'s. */
    private static PyObject special(PyType type, String name) {
        if (type.methodContext == null) {
            return null;
        }
        PyObject m = type.lookup(name);
        return m == null || m == PyNone.NONE || m == Types.OBJECT.lookup(name) ? null : m;
    }
}
