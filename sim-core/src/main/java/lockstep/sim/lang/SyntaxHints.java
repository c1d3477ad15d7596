package lockstep.sim.lang;

/**
 * CPython's specific messages for common mistakes ("Perhaps you forgot a comma?", "Maybe you meant '=='...",
 * "Missing parentheses in call to 'print'", ...). CPython finds them in a second parse with extra error rules; here
 * each check runs where the mistake shows, looks ahead with {@link ExpressionParser#lookAhead} when the rule needs to
 * see more, and either throws the message or returns so the parse goes on to CPython's generic error.
 */
final class SyntaxHints {
    private final ExpressionParser p;
    private final TokenCursor in;

    SyntaxHints(ExpressionParser p, TokenCursor in) {
        this.p = p;
        this.in = in;
    }

    /** At ':=' after something other than a bare name: CPython's "cannot use assignment expressions with ...". */
    void assignmentExpressionTarget(Expr e) throws ProgramError {
        if (!p.diagnosing()) {
            return;
        }
        int here = in.mark();
        Boolean valueParses = p.lookAhead(() -> {
            in.next();
            p.expression();
            return true;
        });
        in.reset(here);
        if (Boolean.TRUE.equals(valueParses)) {
            throw in.errorAt(e, "cannot use assignment expressions with " + TargetRules.describe(e));
        }
    }

    /**
     * CPython's invalid_named_expression: {@code if x = 1:} and {@code f() = 1} get messages suggesting '=='.
     * {@code e} was parsed from token {@code startMark} and is followed by '='.
     */
    void mistakenAssignment(int startMark, Expr e) throws ProgramError {
        if (e instanceof Expr.Name && in.tokenAt(startMark + 1).isOp("=")
                && Boolean.TRUE.equals(p.lookAhead(this::assignsBitwiseOr))) {
            throw in.errorAt(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (startsWithDisplayOrSingleton(startMark)) {
            return;
        }
        int here = in.mark();
        Boolean matches = p.lookAhead(() -> {
            in.reset(startMark);
            p.bitwiseOr();
            return in.mark() == here && assignsBitwiseOr();
        });
        in.reset(here);
        if (Boolean.TRUE.equals(matches)) {
            throw in.errorAt(e, "cannot assign to " + TargetRules.describe(e)
                    + " here. Maybe you meant '==' instead of '='?");
        }
    }

    /**
     * After a tuple of targets, another expression without a comma ({@code a, b c = 1}). CPython's rule allows more
     * elements there and reports {@code c = 1} as a mistaken '='; we follow it for the elements just after.
     */
    void missingCommaInTargets() throws ProgramError {
        if (!p.diagnosing()) {
            return;
        }
        int here = in.mark();
        Token culprit = p.lookAhead(() -> {
            while (true) {
                Token t = in.peek();
                if (Keywords.isPlainName(t) && in.peek(1).isOp("=")) {
                    in.next();
                    return assignsBitwiseOr() ? t : null;
                }
                if (!ExpressionParser.startsStarExpression(t)) {
                    return null;
                }
                p.starNamedExpression();
                in.acceptOp(",");
            }
        });
        in.reset(here);
        if (culprit != null) {
            throw in.syntaxError(culprit.line(), culprit.col(),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
    }

    /** At ':': is an annotation expression next? Leaves the position. */
    boolean annotationFollows() throws ProgramError {
        int here = in.mark();
        Boolean found = p.lookAhead(() -> {
            in.next();
            p.expression();
            return true;
        });
        in.reset(here);
        return Boolean.TRUE.equals(found);
    }

    /** At '=': is it followed by a bitwise_or that is not itself followed by '=' or ':='? Leaves the position. */
    private boolean assignsBitwiseOr() throws ProgramError {
        int mark = in.mark();
        in.expectOp("=");
        p.bitwiseOr();
        Token after = in.peek();
        in.reset(mark);
        return !after.isOp("=") && !after.isOp(":=");
    }

    /** CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False'). */
    private boolean startsWithDisplayOrSingleton(int startMark) throws ProgramError {
        Token t = in.tokenAt(startMark);
        if (t.isKeyword("True") || t.isKeyword("False") || t.isKeyword("None")) {
            return true;
        }
        if (!t.isOp("[") && !t.isOp("(")) {
            return false;
        }
        int here = in.mark();
        Expr atom = p.lookAhead(() -> {
            in.reset(startMark);
            return p.atom();
        });
        in.reset(here);
        return t.isOp("[") ? atom instanceof Expr.ListExpr
                : atom instanceof Expr.TupleExpr || atom instanceof Expr.GeneratorExp;
    }

    /**
     * Two expressions side by side. Inside brackets CPython suggests a missing comma; {@code print x} gets the
     * Python 2 hint. Anything else is left to the generic error.
     */
    void juxtaposedExpressions(int startMark, Expr a) throws ProgramError {
        Token next = in.peek();
        if (!Keywords.startsExpression(next)) {
            return;
        }
        Token first = in.tokenAt(startMark);
        boolean legacy = a instanceof Expr.Name n && first.kind() == TokenKind.NAME
                && (n.id().equals("print") || n.id().equals("exec"));
        boolean nameThenString = first.kind() == TokenKind.NAME && in.tokenAt(startMark + 1).kind() == TokenKind.STRING;
        boolean softKeyword = Keywords.looksLikeSoftKeyword(first);
        if (!legacy && !nameThenString && !softKeyword) {
            int here = in.mark();
            Token last = p.lookAhead(() -> {
                p.expression();
                return in.previous();
            });
            in.reset(here);
            if (last != null && last.level() > 0) {
                throw in.errorAt(a, "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        if (legacy && !next.isOp("(")) {
            int here = in.mark();
            Expr b = p.lookAhead(p::starExpressions);
            in.reset(here);
            if (b != null) {
                String name = ((Expr.Name) a).id();
                throw in.errorAt(a, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
            }
        }
    }
}
