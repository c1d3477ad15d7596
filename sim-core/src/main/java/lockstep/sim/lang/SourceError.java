package lockstep.sim.lang;

/**
 * An error at a place in a source file — a program's ({@link ProgramError}) or a scenario file's
 * ({@code ScenarioError}): the file, the 1-based line and column, and the reason without the position.
 * {@link #getMessage()} is {@code file:line:col: reason}, or {@code file: reason} for an error about the whole file,
 * which has line and column 0.
 */
public abstract class SourceError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final int col;
    private final String reason;

    protected SourceError(String fileName, int line, int col, String reason) {
        super(line > 0 ? fileName + ":" + line + ":" + col + ": " + reason : fileName + ": " + reason);
        this.fileName = fileName;
        this.line = line;
        this.col = col;
        this.reason = reason;
    }

    public final String fileName() {
        return fileName;
    }

    public final int line() {
        return line;
    }

    public final int col() {
        return col;
    }

    /** The message without the position, e.g. {@code SyntaxError: invalid syntax}. */
    public final String reason() {
        return reason;
    }
}
