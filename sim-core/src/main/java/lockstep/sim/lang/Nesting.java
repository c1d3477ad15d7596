package lockstep.sim.lang;

/**
 * Counts how deeply the parser has recursed into nested expressions (unary operators, {@code not}, {@code **},
 * lambdas, conditional expressions), so pathological input fails with a ProgramError instead of overflowing the
 * stack. Brackets are limited separately by the tokenizer and indentation by CPython's own limit.
 */
final class Nesting {
    static final int MAX_DEPTH = 100;

    private final String fileName;
    private int depth;

    Nesting(String fileName) {
        this.fileName = fileName;
    }

    void enter(Token at) throws ProgramError {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new ProgramError(fileName, at.line(), at.col(),
                    "SyntaxError: too deeply nested (more than " + MAX_DEPTH + " levels)");
        }
    }

    void exit() {
        depth--;
    }

    int depth() {
        return depth;
    }

    /** Restores the depth after a speculative parse that may have failed part-way. */
    void reset(int savedDepth) {
        depth = savedDepth;
    }
}
