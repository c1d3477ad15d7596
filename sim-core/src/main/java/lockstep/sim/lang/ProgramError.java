package lockstep.sim.lang;

/**
 * A program that cannot run: a syntax error, or a construct outside the scenario language. Carries the file, the
 * 1-based line and column, and the message without position; {@link #getMessage()} is {@code file:line:col: message}.
 */
public final class ProgramError extends SourceError {
    private static final long serialVersionUID = 1L;

    public ProgramError(String fileName, int line, int col, String reason) {
        super(fileName, line, col, reason);
    }

    /** A {@code SyntaxError: message} at {@code line}:{@code col}, as the checks after the parse report them. */
    static ProgramError syntaxError(String fileName, int line, int col, String message) {
        return new ProgramError(fileName, line, col, "SyntaxError: " + message);
    }
}
