package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameter lists of {@code def} and {@code lambda}, with CPython's messages for misplaced '/', '*', '**' and
 * defaults. Annotations are parsed and dropped; '/' is accepted and ignored.
 */
final class ParameterParser {
    private final ExpressionParser p;
    private final TokenCursor in;

    ParameterParser(ExpressionParser p, TokenCursor in) {
        this.p = p;
        this.in = in;
    }

    /**
     * The parameters of a {@code def} (up to ')', annotations parsed and dropped, '/' accepted and ignored) or of a
     * {@code lambda} (up to ':'), with CPython's messages for misplaced ones.
     */
    Parameters parse(boolean forLambda) throws ProgramError {
        String close = forLambda ? ":" : ")";
        List<Parameters.Parameter> positional = new ArrayList<>();
        List<Parameters.Parameter> keywordOnly = new ArrayList<>();
        String vararg = null;
        String kwarg = null;
        boolean seenSlash = false;
        boolean seenStar = false;
        boolean seenDefault = false;
        while (!in.atOp(close)) {
            Token t = in.peek();
            if (t.isOp("/")) {
                if (seenStar) {
                    throw in.errorAtToken(t, "/ must be ahead of *");
                }
                if (positional.isEmpty()) {
                    throw in.errorAtToken(t, "at least one argument must precede /");
                }
                if (seenSlash) {
                    throw in.errorAtToken(t, "/ may appear only once");
                }
                in.next();
                seenSlash = true;
            } else if (t.isOp("*")) {
                if (seenStar) {
                    Token after = in.tokenAt(in.mark() + 1);
                    if (Keywords.isPlainName(after) || after.isOp(",")) {
                        throw in.errorAtToken(t, "* argument may appear only once");
                    }
                    throw in.invalidSyntax();
                }
                in.next();
                seenStar = true;
                if (Keywords.isPlainName(in.peek())) {
                    Token name = in.next();
                    if (!forLambda && in.acceptOp(":")) {
                        p.starExpression(); // annotation, discarded
                    }
                    if (in.atOp("=")) {
                        throw in.errorAtToken(in.peek(), "var-positional argument cannot have default value");
                    }
                    vararg = Identifiers.normalize(name.text());
                } else if (in.atOp(close) || in.atOp(",") && (in.peek(1).isOp(close) || in.peek(1).isOp("**"))) {
                    if (forLambda) {
                        throw in.errorAtFurthest("named arguments must follow bare *");
                    }
                    throw in.errorAtToken(t, "named arguments must follow bare *");
                } else if (!in.atOp(",")) {
                    throw in.invalidSyntax();
                }
            } else if (t.isOp("**")) {
                in.next();
                Token name = in.expectName();
                if (!forLambda && in.acceptOp(":")) {
                    p.expression();
                }
                if (in.atOp("=")) {
                    throw in.errorAtToken(in.peek(), "var-keyword argument cannot have default value");
                }
                kwarg = Identifiers.normalize(name.text());
                if (in.atOp(",")) {
                    Token after = in.peek(1);
                    if (Keywords.isPlainName(after) || after.isOp("*") || after.isOp("**") || after.isOp("/")) {
                        throw in.errorAtToken(after, "arguments cannot follow var-keyword argument");
                    }
                }
            } else if (Keywords.isPlainName(t)) {
                in.next();
                if (!forLambda && in.acceptOp(":")) {
                    p.expression(); // annotation, discarded
                }
                Expr defaultValue = null;
                if (in.atOp("=")) {
                    Token eq = in.next();
                    if (in.atOp(",") || in.atOp(close)) {
                        throw in.errorAtToken(eq, "expected default value expression");
                    }
                    defaultValue = p.expression();
                }
                Parameters.Parameter parameter =
                        new Parameters.Parameter(Identifiers.normalize(t.text()), defaultValue, t.line(), t.col());
                if (seenStar) {
                    keywordOnly.add(parameter);
                } else {
                    if (defaultValue != null) {
                        seenDefault = true;
                    } else if (seenDefault) {
                        throw in.errorAtToken(t, "non-default argument follows default argument");
                    }
                    positional.add(parameter);
                }
            } else if (t.isOp("(") && !seenDefault && !seenStar && !seenSlash && parenthesizedNames()) {
                // Python 2's tuple parameters: def f((a, b)):
                throw in.errorAtToken(t, forLambda ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized");
            } else {
                throw in.invalidSyntax();
            }
            if (kwarg != null && !in.atOp(",")) {
                break;
            }
            if (!in.acceptOp(",")) {
                break;
            }
        }
        return new Parameters(List.copyOf(positional), vararg, List.copyOf(keywordOnly), kwarg);
    }

    /** At '(': is it {@code (name, name, ...)}, names only? Leaves the position. */
    private boolean parenthesizedNames() throws ProgramError {
        return Boolean.TRUE.equals(p.lookAhead(() -> {
            in.next();
            do {
                in.expectName();
            } while (in.acceptOp(",") && !in.atOp(")"));
            return in.atOp(")");
        }));
    }
}
