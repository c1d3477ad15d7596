package lockstep.sim.scenario;

/**
 * A scenario file that cannot be loaded: unreadable, too large, malformed, or with an unknown key or a value of the
 * wrong type. Carries the file, the 1-based line and column, and the reason; {@link #getMessage()} is
 * {@code file:line:col: reason}, the same shape as {@link lockstep.sim.lang.ProgramError}. An error about the file as
 * a whole (it cannot be read) has line and column 0 and the message {@code file: reason}.
 */
public final class ScenarioError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final int col;
    private final String reason;

    public ScenarioError(String fileName, int line, int col, String reason) {
        super(line > 0 ? fileName + ":" + line + ":" + col + ": " + reason : fileName + ": " + reason);
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

    /** The message without the position, e.g. {@code unknown key 'progam' (expected one of: ...)}. */
    /** An error about the whole file, with no position. */
    public static ScenarioError ofFile(String fileName, String reason) {
        return new ScenarioError(fileName, 0, 0, reason);
    }

    public String reason() {
        return reason;
    }
}
