package lockstep.sim.runtime;

/** The Java carrier of a Python exception being raised. Has no Java stack trace: it is control flow. */
public final class PyRaise extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final transient PyBaseException exception;

    public PyRaise(PyBaseException exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    @Override
    public String getMessage() {
        return exception.type().name + ": " + Ops.exceptionMessage(exception);
    }
}
