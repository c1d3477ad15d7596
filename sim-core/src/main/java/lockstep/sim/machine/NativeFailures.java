package lockstep.sim.machine;

import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.RecursionGuard;
import lockstep.sim.runtime.Types;

/**
 * The last line of defence where the machine calls a native: a Java exception that escapes one (never expected: a
 * native raises Python exceptions) becomes Python's {@code SystemError}, so the run ends with a traceback instead of
 * a crash, and a Java stack overflow from deep recursion inside natives becomes {@code RecursionError}.
 * <p>
 * Only the Java platform's exceptions are turned: the project's own ({@code PyRaise}, the machine's out-of-steps,
 * the explorer's and the inspector's abandonment, a replay's divergence) are control flow and pass through.
 */
final class NativeFailures {
    private NativeFailures() {}

    /**
     * What to throw for {@code e}, escaped from the native {@code nativeName}: the project's own control flow as it
     * is, anything else as {@code SystemError: native 'name' failed inside the simulator: ClassCastException}.
     */
    static RuntimeException of(String nativeName, RuntimeException e) {
        if (e.getClass().getName().startsWith("lockstep.")) {
            return e;
        }
        return Errors.raise(Types.SYSTEM_ERROR,
                "native '" + nativeName + "' failed inside the simulator: " + e.getClass().getSimpleName());
    }

    /** A Java stack overflow inside a native: Python's plain {@code RecursionError}. */
    static PyRaise recursionError() {
        return RecursionGuard.overflow("");
    }
}
