package lockstep.sim;

import lockstep.sim.lang.ProgramError;

/** The state a run ended in, against which expressions from a scenario's {@code expect} are evaluated. */
public interface FinalState {
    /**
     * Evaluates a Python expression over the main module's final globals and returns it as a plain Java value
     * (see {@link RunResult#globals()}; other objects as their {@code repr}).
     *
     * @throws ProgramError when the expression does not parse or is outside the language
     * @throws IllegalArgumentException when evaluating it raises; the message is the Python exception line
     */
    Object evaluate(String expression) throws ProgramError;
}
