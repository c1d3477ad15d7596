package lockstep.sim.runtime;

/** The program's standard output and error, as natives write to them. */
public interface Output {
    /** Writes program output. */
    void print(String text);

    /** Writes to the program's standard error (a library's log message). */
    default void writeError(String text) {
    }

    /**
     * The program writes {@code text} to its standard error ({@code sys.stderr.write}, a logging handler): it joins
     * the error output and the trace records it, marked as stderr, where it happened.
     */
    default void writeStderr(String text) {
        writeError(text);
    }

    /** An exception's traceback as CPython prints it, ending with its last line (no final newline). */
    default String formatTraceback(PyBaseException e) {
        return e.type().name;
    }

    /** Line {@code line} of the program's source as written, or empty when it has none: what a warning shows. */
    default String programLine(int line) {
        return "";
    }

    /** Reports an exception that ended a thread other than the main one, as CPython's excepthook prints it. */
    void reportThreadException(String threadName, PyBaseException exception);

    /** Reports an exception that ended a multiprocessing process's target, headed {@code Process <name>:}. */
    default void reportProcessException(String processName, PyBaseException exception) {
        reportThreadException(processName, exception);
    }
}
