package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.List;

/** Parses what follows a primary: call arguments (and class bases, which take the same form) and subscripts. */
final class TrailerParser {
    private record Arguments(List<Expr> args, List<Keyword> keywords) {}

    private final ExpressionParser p;
    private final TokenCursor in;

    TrailerParser(ExpressionParser p, TokenCursor in) {
        this.p = p;
        this.in = in;
    }

    Expr call(Expr func, Token start) throws ProgramError {
        Token open = in.next();
        Arguments a = arguments(open, true);
        return new Expr.Call(func, a.args(), a.keywords(), start.line(), start.col());
    }

    /** A class's bases and its {@code metaclass=} keyword (null when absent). */
    record ClassArguments(List<Expr> bases, Expr metaclass) {}

    /** Class bases: like call arguments; the only keyword in the scenario language is {@code metaclass=}. */
    ClassArguments classBases(Token open) throws ProgramError {
        Arguments a = arguments(open, false);
        Expr metaclass = null;
        for (Keyword k : a.keywords()) {
            if (!"metaclass".equals(k.name())) {
                throw in.unsupported(k.line(), k.col(), "keyword arguments in class bases other than 'metaclass='");
            }
            metaclass = k.value();
        }
        return new ClassArguments(a.args(), metaclass);
    }

    /** The arguments after '(' up to and including ')'. */
    private Arguments arguments(Token open, boolean bareGeneratorAllowed) throws ProgramError {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        String outOfOrder = null;
        while (!in.atOp(")")) {
            Token t = in.peek();
            if (t.isOp("*")) {
                in.next();
                if (p.diagnosing() && sawDoubleStar) {
                    throw in.errorAtToken(t, "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(new Expr.Starred(p.expression(), t.line(), t.col()));
            } else if (t.isOp("**")) {
                in.next();
                keywords.add(new Keyword(null, p.expression(), t.line(), t.col()));
                sawDoubleStar = true;
            } else if (Keywords.isPlainName(t) && in.peek(1).isOp("=")) {
                in.next();
                in.next();
                Expr value = p.expression();
                if (p.diagnosing() && (in.atKeyword("for") || in.atKeyword("async"))
                        && p.lookAhead(p::forIfClauses) != null) {
                    throw in.syntaxError(t.line(), t.col(),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                keywords.add(new Keyword(Identifiers.normalize(t.text()), value, t.line(), t.col()));
                sawKeyword = true;
            } else if ((t.isKeyword("True") || t.isKeyword("False") || t.isKeyword("None")) && in.peek(1).isOp("=")
                    && p.diagnosing()) {
                throw in.errorAtToken(t, "cannot assign to " + t.text());
            } else {
                Expr e = argumentExpression();
                if (p.diagnosing() && in.atOp("=")) {
                    throw in.errorAt(e, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (in.atKeyword("for") || in.atKeyword("async")) {
                    boolean alone = args.isEmpty() && keywords.isEmpty();
                    if (!alone || !bareGeneratorAllowed) {
                        if (!alone && p.diagnosing() && p.lookAhead(p::forIfClauses) != null) {
                            throw in.errorAt(e, "Generator expression must be parenthesized");
                        }
                        throw in.invalidSyntax();
                    }
                    List<Comprehension> generators = p.forIfClauses();
                    if (in.atOp(",") && p.diagnosing()) {
                        throw in.errorAt(e, "Generator expression must be parenthesized");
                    }
                    in.expectOp(")");
                    args.add(new Expr.GeneratorExp(e, generators, open.line(), open.col()));
                    return new Arguments(List.copyOf(args), List.copyOf(keywords));
                }
                if (outOfOrder == null && sawDoubleStar) {
                    outOfOrder = "positional argument follows keyword argument unpacking";
                } else if (outOfOrder == null && sawKeyword) {
                    outOfOrder = "positional argument follows keyword argument";
                }
                args.add(e);
            }
            if (!in.acceptOp(",")) {
                break;
            }
        }
        if (outOfOrder != null) {
            in.peek();
            throw in.errorAtFurthest(outOfOrder);
        }
        in.expectOp(")");
        return new Arguments(List.copyOf(args), List.copyOf(keywords));
    }

    /** A positional argument: an expression, where CPython would also accept {@code name := value}. */
    private Expr argumentExpression() throws ProgramError {
        Token t = in.peek();
        if (Keywords.isPlainName(t) && in.peek(1).isOp(":=")) {
            return p.walrus(t);
        }
        return p.expression();
    }

    Expr slices() throws ProgramError {
        Token start = in.peek();
        Expr first = slice();
        if (!in.atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (in.acceptOp(",")) {
            if (in.atOp("]")) {
                break;
            }
            elts.add(slice());
        }
        return ExpressionParser.tuple(elts, start);
    }

    private Expr slice() throws ProgramError {
        Token start = in.peek();
        if (start.isOp("*")) {
            throw in.unsupported(start, "a starred expression in an index ('a[*x]')");
        }
        Expr lower = null;
        if (!start.isOp(":")) {
            if (Keywords.isPlainName(start) && in.peek(1).isOp(":=")) {
                return p.walrus(start);
            }
            int startMark = in.mark();
            lower = p.expression();
            if (!in.atOp(":")) {
                if (p.diagnosing() && in.atOp("=")) {
                    p.hints().mistakenAssignment(startMark, lower);
                }
                return lower;
            }
        }
        in.next();
        Expr upper = Keywords.startsExpression(in.peek()) ? p.expression() : null;
        Expr step = null;
        if (in.acceptOp(":")) {
            step = Keywords.startsExpression(in.peek()) ? p.expression() : null;
        }
        return new Expr.Slice(lower, upper, step, start.line(), start.col());
    }
}
