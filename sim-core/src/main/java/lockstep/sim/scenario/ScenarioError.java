package lockstep.sim.scenario;

import lockstep.sim.lang.SourceError;

/**
 * A scenario file that cannot be loaded: unreadable, too large, malformed, or with an unknown key or a value of the
 * wrong type. Carries the file, the 1-based line and column, and the reason (for example
 * {@code unknown key 'progam' (expected one of: ...)}); {@link #getMessage()} is {@code file:line:col: reason}, the
 * same shape as {@link lockstep.sim.lang.ProgramError}. An error about the file as a whole (it cannot be read) has
 * line and column 0 and the message {@code file: reason}.
 */
public final class ScenarioError extends SourceError {
    private static final long serialVersionUID = 1L;

    public ScenarioError(String fileName, int line, int col, String reason) {
        super(fileName, line, col, reason);
    }

    /** An error about the whole file, with no position. */
    public static ScenarioError ofFile(String fileName, String reason) {
        return new ScenarioError(fileName, 0, 0, reason);
    }
}
