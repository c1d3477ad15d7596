package lockstep.sim.runtime;

/**
 * How deep Java code of the runtime recurses through containers on behalf of one thread — a comparison of nested
 * lists, the repr of nested tuples — as CPython's {@code Py_EnterRecursiveCall} counts it: past the limit the
 * program gets {@code RecursionError} instead of the Java stack overflowing. A fixed count, so where the error comes
 * is the same in every JVM whatever its stack size.
 */
public final class RecursionGuard {
    /** CPython's default recursion limit. */
    public static final int LIMIT = 1000;

    /** CPython's suffixes of the message, naming what recursed. */
    public static final String IN_COMPARISON = " in comparison";
    public static final String IN_REPR = " while getting the repr of an object";
    public static final String IN_CALL = " while calling a Python object";

    private int depth;

    /** One level deeper; raises {@code RecursionError: maximum recursion depth exceeded<where>} past the limit. */
    public void enter(String where) {
        if (depth >= LIMIT) {
            throw overflow(where);
        }
        depth++;
    }

    /**
     * The same error when the Java stack runs out first (compiled code may use large frames): where it comes may
     * then depend on the JVM, what it says does not.
     */
    public static PyRaise overflow(String where) {
        return Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
    }

    /** Back one level: called in a {@code finally} after each {@link #enter}. */
    public void exit() {
        depth--;
    }
}
