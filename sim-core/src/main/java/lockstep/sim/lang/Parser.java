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
        try {
            List<Stmt> body;
            try {
                body = new StatementParser(in, new ExpressionParser(in, ctx)).module();
            } catch (ProgramError e) {
                throw arbitrate(e, in, tokens);
            }
            TreeDepth.check(fileName, body);
            SymbolTable symbols = SymbolTable.of(fileName, body);
            new ContextChecker(fileName).check(body);
            return new Module(fileName, source, body, symbols);
        } catch (StackOverflowError e) {
            // The nesting limits keep recursion within ordinary thread stacks; this is a last line of defence for
            // callers running on unusually small ones.
            Token t = in.furthestToken();
            throw new ProgramError(fileName, t.line(), Math.max(t.col(), 1), "SyntaxError: too deeply nested");
        }
    }

    /**
     * Chooses between a parser error and the tokenizer's, as CPython does after a failed parse: it tokenizes the rest
     * of the file, and an error the tokenizer raises at once, or else a bracket left open since a line before the
     * furthest token looked at, replaces the parser's error. A plain "unexpected indent" is kept as is: CPython
     * reports it before looking further.
     */
    private static ProgramError arbitrate(ProgramError parserError, TokenCursor in, Tokenizer.Result tokens) {
        if (parserError == tokens.error() || isUnexpectedIndentation(parserError)) {
            return parserError;
        }
        if (tokens.errorWinsLater()) {
            return tokens.error();
        }
        ProgramError unclosed = tokens.unclosedBracket();
        if (unclosed != null && in.fetchedToken().line() > unclosed.line()) {
            return unclosed;
        }
        return parserError;
    }

    private static boolean isUnexpectedIndentation(ProgramError e) {
        return e.reason().equals("IndentationError: unexpected indent")
                || e.reason().equals("IndentationError: unexpected unindent");
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
        try {
            return fieldExpression(in, new ExpressionParser(in, ctx), field);
        } catch (ProgramError e) {
            throw arbitrate(e, in, tokens);
        }
    }

    private static Expr fieldExpression(TokenCursor in, ExpressionParser parser, FieldSource field)
            throws ProgramError {
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
