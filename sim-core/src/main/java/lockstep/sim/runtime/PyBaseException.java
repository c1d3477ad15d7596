package lockstep.sim.runtime;

import java.util.ArrayList;
import java.util.List;

/** An exception object: an instance of BaseException or a subclass, with its args and where it was raised. */
public final class PyBaseException extends PyInstance {
    public PyTuple args = PyTuple.EMPTY;
    /** {@code raise ... from cause}; null when none. */
    public PyBaseException cause;
    /** The exception being handled when this one was raised; null when none. */
    public PyBaseException context;
    /**
     * {@code __suppress_context__}: set by {@code raise ... from ...} (also {@code from None}) and on the groups
     * split and except* derive, as CPython's PyException_SetCause sets it; the context is then not printed.
     */
    public boolean suppressContext;
    /** Where it passed on its way up, innermost last, as CPython prints it. */
    public final List<TracebackEntry> traceback = new ArrayList<>();
    /** For a NameError the interpreter raised: the names its frame could see, for "Did you mean"; else null. */
    public Suggestions.NameScope nameScope;

    public PyBaseException(PyType type) {
        super(type);
    }

    /** One line of a traceback. */
    public record TracebackEntry(String fileName, int line, String function) {}
}
