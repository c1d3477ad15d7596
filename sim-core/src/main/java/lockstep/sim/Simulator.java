package lockstep.sim;

import lockstep.sim.lang.ProgramError;

/** The simulator's front door: compile a program once, run it with options. */
public final class Simulator {
    private Simulator() {}

    /**
     * Parses and compiles a program, rejecting anything outside the scenario language.
     *
     * @throws ProgramError naming the file, line and column
     */
    public static Program compile(String fileName, String source) throws ProgramError {
        throw new UnsupportedOperationException("not yet");
    }

    /** Runs a program to its end, a deadlock, an uncaught exception or the step limit. Never throws for program faults. */
    public static RunResult run(Program program, RunOptions options) {
        throw new UnsupportedOperationException("not yet");
    }
}
