package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses atoms: names, numbers, strings, and the displays in brackets (parenthesized expressions and tuples, lists,
 * sets, dicts and their comprehensions), for the {@link ExpressionParser}.
 */
final class DisplayParser {
    private final ExpressionParser p;
    private final TokenCursor in;
    private final ParseContext ctx;

    DisplayParser(ExpressionParser p, TokenCursor in, ParseContext ctx) {
        this.p = p;
        this.in = in;
        this.ctx = ctx;
    }

    Expr atom() throws ProgramError {
        Token t = in.peek();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "True" -> {
                        in.next();
                        return new Expr.Constant(Boolean.TRUE, t.line(), t.col());
                    }
                    case "False" -> {
                        in.next();
                        return new Expr.Constant(Boolean.FALSE, t.line(), t.col());
                    }
                    case "None" -> {
                        in.next();
                        return new Expr.Constant(Expr.NoneLiteral.NONE, t.line(), t.col());
                    }
                    case "yield" -> throw in.invalidSyntax(); // yield needs parentheses inside an expression
                    default -> {
                        if (Keywords.isReserved(t)) {
                            throw in.invalidSyntax();
                        }
                        in.next();
                        return new Expr.Name(Identifiers.normalize(t.text()), t.line(), t.col());
                    }
                }
            }
            case NUMBER -> {
                in.next();
                Object value = NumberLiteral.value(t.text());
                if (value == null) {
                    throw in.unsupported(t, "imaginary numbers ('" + t.text() + "')");
                }
                return new Expr.Constant(value, t.line(), t.col());
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        in.next();
                        return new Expr.Constant(Expr.EllipsisLiteral.ELLIPSIS, t.line(), t.col());
                    }
                    default -> throw in.invalidSyntax();
                }
            }
            default -> throw in.invalidSyntax();
        }
    }

    private Expr strings() throws ProgramError {
        List<Token> parts = new ArrayList<>();
        while (in.peek().kind() == TokenKind.STRING) {
            parts.add(in.next());
        }
        in.peek(); // CPython looks one past the strings before decoding them; errors point there
        return new StringLiterals(in, ctx).concatenate(parts);
    }

    /** '(' starts a tuple, a parenthesized expression or a generator expression. */
    private Expr parenthesized() throws ProgramError {
        Token open = in.next();
        if (in.acceptOp(")")) {
            return new Expr.TupleExpr(List.of(), open.line(), open.col());
        }
        if (in.atOp("**") && p.diagnosing() && Boolean.TRUE.equals(p.lookAhead(() -> {
            in.next();
            p.expression();
            return in.atOp(")");
        }))) {
            throw in.errorAtToken(in.peek(), "cannot use double starred expression here");
        }
        if (in.atKeyword("yield")) {
            Expr yield = p.yieldExpression();
            in.expectOp(")");
            return yield;
        }
        Expr first = p.starNamedExpression();
        if (in.atKeyword("for") || in.atKeyword("async")) {
            if (first instanceof Expr.Starred && p.diagnosing()) {
                throw in.errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> generators = p.forIfClauses();
            in.expectOp(")");
            return new Expr.GeneratorExp(first, generators, open.line(), open.col());
        }
        if (in.acceptOp(")")) {
            if (first instanceof Expr.Starred && p.diagnosing()) {
                throw in.errorAt(first, "cannot use starred expression here");
            }
            return first;
        }
        if (!in.atOp(",")) {
            throw in.invalidSyntax();
        }
        List<Expr> elts = displayElements(first, ")");
        return new Expr.TupleExpr(elts, open.line(), open.col());
    }

    private Expr listDisplay() throws ProgramError {
        Token open = in.next();
        if (in.acceptOp("]")) {
            return new Expr.ListExpr(List.of(), open.line(), open.col());
        }
        if (in.atKeyword("yield")) {
            Expr yield = p.yieldExpression();
            in.expectOp(")");
            return yield;
        }
        Expr first = p.starNamedExpression();
        if (in.atKeyword("for") || in.atKeyword("async")) {
            checkComprehensionElement(first);
            List<Comprehension> generators = p.forIfClauses();
            in.expectOp("]");
            return new Expr.ListComp(first, generators, open.line(), open.col());
        }
        List<Expr> elts = displayElements(first, "]");
        return new Expr.ListExpr(elts, open.line(), open.col());
    }

    private void checkComprehensionElement(Expr first) throws ProgramError {
        if (first instanceof Expr.Starred && p.diagnosing()) {
            throw in.errorAt(first, "iterable unpacking cannot be used in comprehension");
        }
    }

    /** The rest of a list, tuple or set display after its first element, up to and including {@code close}. */
    private List<Expr> displayElements(Expr first, String close) throws ProgramError {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (in.acceptOp(",")) {
            if (in.atOp(close)) {
                break;
            }
            if (in.atKeyword("for") && !close.equals(")") && p.diagnosing()) {
                throw in.errorAt(first, "did you forget parentheses around the comprehension target?");
            }
            elts.add(p.starNamedExpression());
        }
        if ((in.atKeyword("for") || in.atKeyword("async")) && elts.size() > 1 && !close.equals(")") && p.diagnosing()) {
            throw in.errorAt(first, "did you forget parentheses around the comprehension target?");
        }
        in.expectOp(close);
        return List.copyOf(elts);
    }

    /** '{' starts a dict, a set, or a dict or set comprehension. */
    private Expr braceDisplay() throws ProgramError {
        Token open = in.next();
        if (in.acceptOp("}")) {
            return new Expr.DictExpr(List.of(), List.of(), open.line(), open.col());
        }
        Token t = in.peek();
        if (t.isOp("**")) {
            in.next();
            Expr mapping = p.bitwiseOr();
            if (in.atKeyword("for") && p.diagnosing()) {
                throw in.errorAtToken(t, "dict unpacking cannot be used in dict comprehension");
            }
            return dictRest(open, null, mapping);
        }
        boolean bareWalrus = Keywords.isPlainName(in.peek()) && in.peek(1).isOp(":=");
        Expr first = p.starNamedExpression();
        if (bareWalrus && in.atOp(":")) {
            throw in.invalidSyntax(); // a dict key is an expression: an unparenthesized ':=' cannot be one
        }
        if (!in.atOp(":")) {
            if (in.atKeyword("for") || in.atKeyword("async")) {
                checkComprehensionElement(first);
                List<Comprehension> generators = p.forIfClauses();
                in.expectOp("}");
                return new Expr.SetComp(first, generators, open.line(), open.col());
            }
            List<Expr> elts = displayElements(first, "}");
            return new Expr.SetExpr(elts, open.line(), open.col());
        }
        Expr value = dictValue();
        if (in.atKeyword("for") || in.atKeyword("async")) {
            List<Comprehension> generators = p.forIfClauses();
            in.expectOp("}");
            return new Expr.DictComp(first, value, generators, open.line(), open.col());
        }
        return dictRest(open, first, value);
    }

    /** After a key's ':'. */
    private Expr dictValue() throws ProgramError {
        Token colon = in.next();
        Token t = in.peek();
        if (p.diagnosing() && t.isOp("*")) {
            throw in.errorAtToken(t, "cannot use a starred expression in a dictionary value");
        }
        if (p.diagnosing() && (t.isOp("}") || t.isOp(","))) {
            throw in.errorAtToken(colon, "expression expected after dictionary key and ':'");
        }
        return p.expression();
    }

    private Expr dictRest(Token open, Expr firstKey, Expr firstValue) throws ProgramError {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        keys.add(firstKey);
        values.add(firstValue);
        while (in.acceptOp(",")) {
            if (in.atOp("}")) {
                break;
            }
            if (in.atOp("**")) {
                in.next();
                keys.add(null);
                values.add(p.bitwiseOr());
                continue;
            }
            Expr key = p.expression();
            if (!in.atOp(":")) {
                if (p.diagnosing()) {
                    Token last = in.previous();
                    throw in.syntaxError(last.line(), last.endCol() - 1, "':' expected after dictionary key");
                }
                throw in.invalidSyntax();
            }
            keys.add(key);
            values.add(dictValue());
        }
        in.expectOp("}");
        return new Expr.DictExpr(java.util.Collections.unmodifiableList(keys), List.copyOf(values), open.line(),
                open.col());
    }
}
