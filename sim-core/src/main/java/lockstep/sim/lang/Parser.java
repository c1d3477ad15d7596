package lockstep.sim.lang;

import java.util.List;

/**
 * The front end of the scenario language: parses Python 3.11 source (the subset that tutorial programs use) into a
 * {@link Module}, or fails with a {@link ProgramError} whose message and position follow CPython 3.11's where that is
 * reasonably achievable.
 */
public final class Parser {
    private Parser() {}

    /**
     * Parses a whole program.
     *
     * @throws ProgramError a syntax error ({@code SyntaxError: ...}, {@code IndentationError: ...},
     *     {@code TabError: ...}) or a construct outside the scenario language ({@code unsupported: ...}), with its
     *     1-based line and column
     */
    public static Module parse(String fileName, String source) throws ProgramError {
        int[] src = SourceText.codePoints(fileName, source);
        Tokenizer.Result tokens = Tokenizer.tokenize(fileName, src);
        ParseContext ctx = new ParseContext(fileName, src, new Nesting(fileName));
        TokenCursor in = new TokenCursor(fileName, tokens.tokens(), "");
        List<Stmt> body;
        try {
            body = new StatementParser(in, new ExpressionParser(in, ctx)).module();
        } catch (ProgramError e) {
            throw preferUnclosedBracket(e, in, tokens);
        } catch (StackOverflowError e) {
            // The nesting limits should make this unreachable; it is a last line of defence.
            Token t = in.furthestToken();
            throw new ProgramError(fileName, t.line(), t.col(), "SyntaxError: too deeply nested");
        }
        TreeDepth.check(fileName, body);
        new ScopeChecker(fileName).check(body);
        new ContextChecker(fileName).check(body);
        return new Module(fileName, source, body);
    }

    /**
     * Like CPython, a parse error after a line holding a bracket that is never closed is reported as that bracket:
     * the bracket is the likelier mistake. Errors the tokenizer raised itself are kept.
     */
    private static ProgramError preferUnclosedBracket(ProgramError e, TokenCursor in, Tokenizer.Result tokens) {
        ProgramError unclosed = tokens.unclosedBracket();
        Token last = tokens.tokens().get(tokens.tokens().size() - 1);
        if (unclosed == null || e == last.error() || in.furthestToken().line() <= unclosed.line()) {
            return e;
        }
        return unclosed;
    }

    /**
     * Where an f-string field's expression is: {@code src[from, to)}, starting on {@code line} (whose first
     * character is at {@code lineStart}), just after the field's '{' at {@code braceLine}:{@code braceCol}.
     */
    record FieldSource(int from, int to, int line, int lineStart, int braceLine, int braceCol) {}

    /**
     * Parses the expression of an f-string replacement field, keeping source positions. CPython parses the text
     * wrapped in parentheses, so a bare tuple or generator expression there starts at the '{'.
     */
    static Expr parseFieldExpression(ParseContext ctx, FieldSource field, int outerLevel) throws ProgramError {
        Tokenizer.Result tokens = Tokenizer.tokenizeExpression(ctx.fileName(), ctx.src(), field.from(), field.to(),
                field.line(), field.lineStart(), outerLevel);
        TokenCursor in = new TokenCursor(ctx.fileName(), tokens.tokens(), "f-string: ");
        ExpressionParser parser = new ExpressionParser(in, ctx);
        Expr value;
        ExpressionParser.Sequence sequence = parser.starExpressionSequence();
        if (sequence.isTuple()) {
            value = new Expr.TupleExpr(List.copyOf(sequence.elts()), field.braceLine(), field.braceCol());
        } else if (in.atKeyword("for") || in.atKeyword("async")) {
            value = new Expr.GeneratorExp(sequence.elts().get(0), parser.forIfClauses(), field.braceLine(),
                    field.braceCol());
        } else {
            value = sequence.elts().get(0);
        }
        if (in.peek().kind() != TokenKind.ENDMARKER) {
            throw in.invalidSyntax();
        }
        return value;
    }
}
