package lockstep.sim.runtime.format;

/**
 * A Python-level error raised while formatting: {@link #pythonType()} is the exception class name
 * ({@code ValueError}, {@code TypeError}, {@code KeyError}, {@code IndexError}, {@code OverflowError}, ...) and
 * {@link #getMessage()} is CPython's exact message, i.e. what {@code str(exc)} prints.
 */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public FormatError(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    /** The Python exception type name, e.g. {@code ValueError}. */
    public String pythonType() {
        return pythonType;
    }

    /** {@code ValueError: message}, as the last line of a CPython traceback shows it. */
    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }

    static FormatError valueError(String message) {
        return new FormatError("ValueError", message);
    }

    static FormatError typeError(String message) {
        return new FormatError("TypeError", message);
    }

    static FormatError overflowError(String message) {
        return new FormatError("OverflowError", message);
    }
}
