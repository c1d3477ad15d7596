package lockstep.sim.lang;

import java.util.List;

/**
 * The parser's position in the token list. It remembers the furthest token ever looked at, because that is where
 * CPython reports a plain "invalid syntax", and it builds the parser's error messages.
 */
final class TokenCursor {
    /**
     * Looks at tokens a parse may take, per token and in all: trying every reading of nested brackets, as a
     * backtracking parser does, can take time exponential in their depth (a few hundred garbled characters took
     * 40 seconds). An ordinary program takes at most some 15 looks per token.
     */
    static final long LOOKS_PER_TOKEN = 200;
    static final long LOOKS_AT_LEAST = 200_000;

    private final String fileName;
    private final List<Token> tokens;
    private final String messagePrefix;
    private int pos;
    private int furthest;
    private int fetched;
    private ProgramError lastGeneric;
    private final long maxLooks;
    private long looks;
    private ProgramError tooComplex;

    /** {@code messagePrefix} is "f-string: " inside f-string replacement fields, else empty. */
    TokenCursor(String fileName, List<Token> tokens, String messagePrefix) {
        this.fileName = fileName;
        this.tokens = tokens;
        this.messagePrefix = messagePrefix;
        this.maxLooks = LOOKS_PER_TOKEN * tokens.size() + LOOKS_AT_LEAST;
    }

    /** The current token. Looking at a tokenizer ERROR token raises its error, as in CPython. */
    Token peek() throws ProgramError {
        return at(pos);
    }

    /** The token {@code ahead} places after the current one. */
    Token peek(int ahead) throws ProgramError {
        return at(pos + ahead);
    }

    private Token at(int index) throws ProgramError {
        if (++looks > maxLooks) {
            if (tooComplex == null) {
                tooComplex = errorAtFurthest("too complex to parse: the brackets here can be read in too many ways");
            }
            throw tooComplex; // final, like a tokenizer error: no speculation goes on past it
        }
        int i = Math.min(index, tokens.size() - 1);
        if (i > furthest) {
            furthest = i;
        }
        if (i > fetched) {
            fetched = i;
        }
        Token t = tokens.get(i);
        if (t.kind() == TokenKind.ERROR) {
            throw t.error();
        }
        return t;
    }

    Token next() throws ProgramError {
        Token t = peek();
        pos++;
        return t;
    }

    /** The token just consumed (the last token of whatever was parsed last). */
    Token previous() {
        return tokens.get(Math.max(pos - 1, 0));
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    Token furthestToken() {
        return tokens.get(furthest);
    }

    int furthestIndex() {
        return furthest;
    }

    /** The furthest token ever looked at, second-pass looks included (CPython's rule for unclosed brackets). */
    Token fetchedToken() {
        return tokens.get(fetched);
    }

    /** Forgets how far a speculative look went (CPython's second-pass looks do not move its error location). */
    void restoreFurthest(int index) {
        furthest = index;
    }

    /** Whether {@code e} came from looking at the tokenizer's ERROR token (speculation must not swallow it). */
    boolean isTokenizerError(ProgramError e) {
        Token last = tokens.get(tokens.size() - 1);
        return last.kind() == TokenKind.ERROR && e == last.error() || e == tooComplex;
    }

    /** The token at an absolute index, without counting as a look. */
    Token tokenAt(int index) {
        return tokens.get(Math.min(index, tokens.size() - 1));
    }

    boolean atOp(String op) throws ProgramError {
        return peek().isOp(op);
    }

    boolean atKeyword(String keyword) throws ProgramError {
        return peek().isKeyword(keyword);
    }

    /** Consumes the operator if it is next. */
    boolean acceptOp(String op) throws ProgramError {
        if (peek().isOp(op)) {
            pos++;
            return true;
        }
        return false;
    }

    Token expectOp(String op) throws ProgramError {
        if (!peek().isOp(op)) {
            throw invalidSyntax();
        }
        return next();
    }

    Token expectKeyword(String keyword) throws ProgramError {
        if (!peek().isKeyword(keyword)) {
            throw invalidSyntax();
        }
        return next();
    }

    Token expectName() throws ProgramError {
        if (!Keywords.isPlainName(peek())) {
            throw invalidSyntax();
        }
        return next();
    }

    // ---- errors ----

    /** CPython's generic error: at the furthest token looked at, an indentation error if that was INDENT/DEDENT. */
    ProgramError invalidSyntax() {
        Token t = furthestToken();
        if (t.kind() == TokenKind.INDENT) {
            lastGeneric = new ProgramError(fileName, t.line(), Math.max(t.errorCol(), 1),
                    "IndentationError: unexpected indent");
        } else if (t.kind() == TokenKind.DEDENT) {
            lastGeneric = new ProgramError(fileName, t.line(), Math.max(t.errorCol(), 1),
                    "IndentationError: unexpected unindent");
        } else {
            lastGeneric = errorAtToken(t, "invalid syntax");
        }
        return lastGeneric;
    }

    /**
     * Whether {@code e} is the plain "the input does not fit" failure, which a speculative parse may backtrack from.
     * Any other error is final, as in CPython, where specific messages abort the whole parse.
     */
    boolean isGenericFailure(ProgramError e) {
        return e == lastGeneric;
    }

    /** A syntax error located where CPython puts errors raised "at the last token": the furthest one looked at. */
    ProgramError errorAtFurthest(String message) {
        return errorAtToken(furthestToken(), message);
    }

    ProgramError errorAtToken(Token t, String message) {
        return syntaxError(t.line(), t.errorCol(), message);
    }

    ProgramError errorAt(Expr e, String message) {
        return syntaxError(e.line(), e.col(), message);
    }

    ProgramError syntaxError(int line, int col, String message) {
        return new ProgramError(fileName, line, Math.max(col, 1), "SyntaxError: " + messagePrefix + message);
    }

    ProgramError indentationErrorAtFurthest(String message) {
        Token t = furthestToken();
        return new ProgramError(fileName, t.line(), Math.max(t.errorCol(), 1), "IndentationError: " + message);
    }

    /** A construct Python accepts but the scenario language does not. */
    ProgramError unsupported(int line, int col, String what) {
        return new ProgramError(fileName, line, col, "unsupported: " + what + " is outside the scenario language");
    }

    ProgramError unsupported(Token t, String what) {
        return unsupported(t.line(), t.col(), what);
    }
}
