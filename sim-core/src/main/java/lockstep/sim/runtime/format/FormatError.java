package lockstep.sim.runtime.format;

/** STUB until the format package lands. */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pythonType;

    public FormatError(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    public String pythonType() {
        return pythonType;
    }
}
