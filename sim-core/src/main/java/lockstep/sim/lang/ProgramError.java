package lockstep.sim.lang;

/**
 * A program that cannot run: a syntax error, or a construct outside the scenario language. Carries the file, the
 * 1-based line and column, and the message without position; {@link #getMessage()} is {@code file:line:col: message}.
 */
public final class ProgramError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final int col;
    private final String reason;

    public ProgramError(String fileName, int line, int col, String reason) {
        super(fileName + ":" + line + ":" + col + ": " + reason);
        this.fileName = fileName;
        this.line = line;
        this.col = col;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public int col() {
        return col;
    }

    /** The message without the position, e.g. {@code SyntaxError: invalid syntax}. */
    public String reason() {
        return reason;
    }
}
