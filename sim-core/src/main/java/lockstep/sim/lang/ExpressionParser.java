package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for expressions, following the rule names of CPython 3.11's grammar
 * (star_expressions, named_expression, disjunction, bitwise_or, ...). Binary operators use precedence climbing so the
 * recursion per bracket level stays small.
 *
 * <p>Where CPython's second, error-reporting pass would give a specific message ("Perhaps you forgot a comma?",
 * "expected 'else' after 'if' expression", ...), this parser checks for the same situation at the point it arises
 * (most checks live in {@link SyntaxHints}); they only fire on input that cannot be valid, and are switched off while
 * looking ahead, as CPython's "_without_invalid" rules are.
 */
final class ExpressionParser {
    /**
     * The pieces of a comma-separated star_expressions: the elements, whether a comma made it a tuple, its first
     * token, and the token index where its last element starts.
     */
    record Sequence(List<Expr> elts, boolean isTuple, Token start, int lastStart) {}

    @FunctionalInterface
    interface Step<T> {
        T parse() throws ProgramError;
    }

    private final TokenCursor in;
    private final ParseContext ctx;
    private final Nesting nesting;
    private final SyntaxHints hints;
    private final ParameterParser parameters;
    private final DisplayParser displays;
    private final TrailerParser trailers;
    private boolean diagnostics = true;
    /** Whether a failed operand backs off to what came before, as CPython's PEG parser does (see operand()). */
    private boolean backtracking;

    ExpressionParser(TokenCursor in, ParseContext ctx) {
        this.in = in;
        this.ctx = ctx;
        this.nesting = ctx.nesting();
        this.hints = new SyntaxHints(this, in);
        this.parameters = new ParameterParser(this, in);
        this.displays = new DisplayParser(this, in, ctx);
        this.trailers = new TrailerParser(this, in);
    }

    /** Class bases: like call arguments; the only keyword is {@code metaclass=}. */
    TrailerParser.ClassArguments classBases(Token open) throws ProgramError {
        return trailers.classBases(open);
    }

    /** An atom: a name, number, string, or a display in brackets. */
    Expr atom() throws ProgramError {
        return displays.atom();
    }

    /** CPython's specific messages for some invalid input; statements use them too. */
    SyntaxHints hints() {
        return hints;
    }

    /** Whether specific error messages are on (they are off while looking ahead). */
    boolean diagnosing() {
        return diagnostics;
    }

    // ---- sequences ----

    /** star_expressions: {@code a}, or the tuple {@code a, *b, c,}. */
    Expr starExpressions() throws ProgramError {
        Sequence s = starExpressionSequence();
        return s.isTuple() ? tuple(s.elts(), s.start()) : s.elts().get(0);
    }

    Sequence starExpressionSequence() throws ProgramError {
        Token start = in.peek();
        List<Expr> elts = new ArrayList<>();
        int lastStart = in.mark();
        elts.add(starExpression());
        boolean isTuple = false;
        while (in.atOp(",")) {
            in.next();
            isTuple = true;
            if (!startsStarExpression(in.peek())) {
                break;
            }
            lastStart = in.mark();
            elts.add(starExpression());
        }
        return new Sequence(elts, isTuple, start, lastStart);
    }

    /** yield_expr: {@code yield}, {@code yield star_expressions} or {@code yield from expression}. */
    Expr yieldExpression() throws ProgramError {
        Token keyword = in.next();
        if (in.atKeyword("from")) {
            in.next();
            return new Expr.YieldFrom(expression(), keyword.line(), keyword.col());
        }
        Expr value = startsStarExpression(in.peek()) ? starExpressions() : null;
        return new Expr.Yield(value, keyword.line(), keyword.col());
    }

    /** The right-hand side of an assignment: a yield expression or star_expressions. */
    Expr assignedValue() throws ProgramError {
        return in.atKeyword("yield") ? yieldExpression() : starExpressions();
    }

    static Expr tuple(List<Expr> elts, Token start) {
        return new Expr.TupleExpr(List.copyOf(elts), start.line(), start.col());
    }

    static boolean startsStarExpression(Token t) {
        return t.isOp("*") || Keywords.startsExpression(t);
    }

    /** star_expression: {@code *bitwise_or} or an expression. */
    Expr starExpression() throws ProgramError {
        Token t = in.peek();
        if (t.isOp("*")) {
            in.next();
            return new Expr.Starred(bitwiseOr(), t.line(), t.col());
        }
        return expression();
    }

    /** star_named_expression: as in list and set displays. */
    Expr starNamedExpression() throws ProgramError {
        Token t = in.peek();
        if (t.isOp("*")) {
            in.next();
            return new Expr.Starred(bitwiseOr(), t.line(), t.col());
        }
        return namedExpression();
    }

    /** named_expression: an expression where CPython would also accept {@code name := value}. */
    Expr namedExpression() throws ProgramError {
        Token t = in.peek();
        if (Keywords.isPlainName(t) && in.peek(1).isOp(":=")) {
            return walrus(t);
        }
        int startMark = in.mark();
        Expr e = expression();
        if (diagnostics) {
            Token next = in.peek();
            if (next.isOp(":=")) {
                hints.assignmentExpressionTarget(e);
            }
            if (next.isOp("=")) {
                hints.mistakenAssignment(startMark, e);
            }
        }
        return e;
    }

    /** At NAME ':=': an assignment expression. */
    Expr walrus(Token name) throws ProgramError {
        in.next();
        in.next();
        Expr value = expression();
        Expr.Name target = new Expr.Name(Identifiers.normalize(name.text()), name.line(), name.col());
        return new Expr.NamedExpr(target, value, name.line(), name.col());
    }

    // ---- expression ----

    /** expression: a conditional expression, a lambda, or a disjunction. */
    Expr expression() throws ProgramError {
        Token start = in.peek();
        if (start.isKeyword("lambda")) {
            return lambda();
        }
        int startMark = in.mark();
        Expr a = disjunction();
        if (diagnostics) {
            hints.juxtaposedExpressions(startMark, a);
        }
        if (!in.atKeyword("if")) {
            return a;
        }
        Expr conditional = operand(() -> conditionalRest(start, a), in.mark());
        return conditional != null ? conditional : a;
    }

    /** After the body of {@code body if test else orElse}, at 'if'. */
    private Expr conditionalRest(Token start, Expr body) throws ProgramError {
        in.next();
        Expr test = disjunction();
        if (!in.atKeyword("else")) {
            if (diagnostics && !in.atOp(":")) {
                throw in.errorAt(body, "expected 'else' after 'if' expression");
            }
            throw in.invalidSyntax();
        }
        Token elseToken = in.next();
        nesting.enter(elseToken);
        Expr orElse = expression();
        nesting.exit();
        return new Expr.IfExp(test, body, orElse, start.line(), start.col());
    }

    /**
     * Looks ahead: runs a step with error hints off, as CPython's "_without_invalid" rules do, and with PEG-style
     * backtracking, and returns its result, or null if it failed. Consumes nothing; the furthest-token mark is
     * restored too, as these are second-pass looks.
     */
    <T> T lookAhead(Step<T> step) throws ProgramError {
        int mark = in.mark();
        int furthest = in.furthestIndex();
        int depth = nesting.depth();
        boolean saved = diagnostics;
        boolean savedBacktracking = backtracking;
        diagnostics = false;
        backtracking = true;
        try {
            return step.parse();
        } catch (ProgramError e) {
            if (in.isTokenizerError(e)) {
                throw e; // CPython raises a tokenizer error as soon as any look reaches it
            }
            return null;
        } finally {
            diagnostics = saved;
            backtracking = savedBacktracking;
            in.reset(mark);
            nesting.reset(depth);
            in.restoreFurthest(furthest);
        }
    }

    /**
     * Parses an operand. While looking ahead (or re-reading as CPython's second pass does) a failed operand backs
     * off to what came before its operator, as CPython's PEG parser would (so {@code f [x for]} still yields
     * {@code f}), and null is returned; otherwise a failure is final. Specific messages are never backed off from.
     */
    private <T> T operand(Step<T> step, int operatorMark) throws ProgramError {
        if (diagnostics && !backtracking) {
            return step.parse();
        }
        int depth = nesting.depth();
        try {
            return step.parse();
        } catch (ProgramError e) {
            if (in.isTokenizerError(e) || diagnostics && !in.isGenericFailure(e)) {
                throw e;
            }
            in.reset(operatorMark);
            nesting.reset(depth);
            return null;
        }
    }

    /** Parses speculatively (as CPython's first pass explores alternatives); on failure restores and returns null. */
    <T> T attempt(Step<T> step) throws ProgramError {
        int mark = in.mark();
        int depth = nesting.depth();
        try {
            return step.parse();
        } catch (ProgramError e) {
            if (!in.isGenericFailure(e)) {
                throw e;
            }
            in.reset(mark);
            nesting.reset(depth);
            return null;
        }
    }

    // disjunction and conjunction stay two methods: one shared method taking the operand rule would add stack
    // frames to every bracket level of the parser's recursion, which must fit small thread stacks.
    Expr disjunction() throws ProgramError {
        Token start = in.peek();
        Expr first = conjunction();
        if (!in.atKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (in.atKeyword("or")) {
            int mark = in.mark();
            in.next();
            Expr value = operand(this::conjunction, mark);
            if (value == null) {
                break;
            }
            values.add(value);
        }
        if (values.size() == 1) {
            return first;
        }
        return new Expr.BoolOp(false, List.copyOf(values), start.line(), start.col());
    }

    private Expr conjunction() throws ProgramError {
        Token start = in.peek();
        Expr first = inversion();
        if (!in.atKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (in.atKeyword("and")) {
            int mark = in.mark();
            in.next();
            Expr value = operand(this::inversion, mark);
            if (value == null) {
                break;
            }
            values.add(value);
        }
        if (values.size() == 1) {
            return first;
        }
        return new Expr.BoolOp(true, List.copyOf(values), start.line(), start.col());
    }

    private Expr inversion() throws ProgramError {
        Token t = in.peek();
        if (!t.isKeyword("not")) {
            return comparison();
        }
        in.next();
        nesting.enter(t);
        Expr operand = inversion();
        nesting.exit();
        return new Expr.UnaryOp(UnaryOperator.NOT, operand, t.line(), t.col());
    }

    private Expr comparison() throws ProgramError {
        Token start = in.peek();
        Expr left = bitwiseOr();
        List<CompareOperator> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int mark = in.mark();
            CompareOperator op = compareOperator();
            if (op == null) {
                break;
            }
            Expr comparator = operand(this::bitwiseOr, mark);
            if (comparator == null) {
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(comparator);
        }
        if (ops == null) {
            return left;
        }
        return new Expr.Compare(left, List.copyOf(ops), List.copyOf(comparators), start.line(), start.col());
    }

    /** Consumes and returns a comparison operator, or returns null. */
    private CompareOperator compareOperator() throws ProgramError {
        Token t = in.peek();
        CompareOperator op = null;
        if (t.kind() == TokenKind.OP) {
            op = switch (t.text()) {
                case "==" -> CompareOperator.EQ;
                case "!=" -> CompareOperator.NE;
                case "<" -> CompareOperator.LT;
                case "<=" -> CompareOperator.LE;
                case ">" -> CompareOperator.GT;
                case ">=" -> CompareOperator.GE;
                default -> null;
            };
        } else if (t.isKeyword("in")) {
            op = CompareOperator.IN;
        } else if (t.isKeyword("not")) {
            if (!in.peek(1).isKeyword("in")) {
                return null;
            }
            in.next();
            op = CompareOperator.NOT_IN;
        } else if (t.isKeyword("is")) {
            if (in.peek(1).isKeyword("not")) {
                in.next();
                op = CompareOperator.IS_NOT;
            } else {
                op = CompareOperator.IS;
            }
        }
        if (op != null) {
            in.next();
        }
        return op;
    }

    /** bitwise_or and everything down to term, by precedence climbing (all left-associative). */
    Expr bitwiseOr() throws ProgramError {
        return binary(0);
    }

    private Expr binary(int minLevel) throws ProgramError {
        Token start = in.peek();
        Expr left = factor();
        while (true) {
            Token t = in.peek();
            BinaryOperator op = t.kind() == TokenKind.OP ? binaryOperator(t.text()) : null;
            if (op == null || level(op) < minLevel) {
                return left;
            }
            int mark = in.mark();
            in.next();
            Expr right = operand(() -> binary(level(op) + 1), mark);
            if (right == null) {
                return left;
            }
            left = new Expr.BinOp(left, op, right, start.line(), start.col());
        }
    }

    private static BinaryOperator binaryOperator(String text) {
        return switch (text) {
            case "|" -> BinaryOperator.BIT_OR;
            case "^" -> BinaryOperator.BIT_XOR;
            case "&" -> BinaryOperator.BIT_AND;
            case "<<" -> BinaryOperator.LSHIFT;
            case ">>" -> BinaryOperator.RSHIFT;
            case "+" -> BinaryOperator.ADD;
            case "-" -> BinaryOperator.SUB;
            case "*" -> BinaryOperator.MUL;
            case "/" -> BinaryOperator.DIV;
            case "//" -> BinaryOperator.FLOOR_DIV;
            case "%" -> BinaryOperator.MOD;
            case "@" -> BinaryOperator.MATMUL;
            default -> null;
        };
    }

    private static int level(BinaryOperator op) {
        return switch (op) {
            case BIT_OR -> 0;
            case BIT_XOR -> 1;
            case BIT_AND -> 2;
            case LSHIFT, RSHIFT -> 3;
            case ADD, SUB -> 4;
            default -> 5;
        };
    }

    /** factor: unary {@code + - ~}, binding looser than {@code **} on its right ({@code -2**2 == -4}). */
    private Expr factor() throws ProgramError {
        Token t = in.peek();
        UnaryOperator op = null;
        if (t.isOp("-")) {
            op = UnaryOperator.NEG;
        } else if (t.isOp("+")) {
            op = UnaryOperator.POS;
        } else if (t.isOp("~")) {
            op = UnaryOperator.INVERT;
        }
        if (op == null) {
            return power();
        }
        in.next();
        nesting.enter(t);
        Expr operand = factor();
        nesting.exit();
        return new Expr.UnaryOp(op, operand, t.line(), t.col());
    }

    private Expr power() throws ProgramError {
        Token start = in.peek();
        Expr base = awaitPrimary();
        if (!in.atOp("**")) {
            return base;
        }
        int mark = in.mark();
        Token op = in.next();
        Expr exponent = operand(() -> {
            nesting.enter(op);
            Expr e = factor();
            nesting.exit();
            return e;
        }, mark);
        if (exponent == null) {
            return base;
        }
        return new Expr.BinOp(base, BinaryOperator.POW, exponent, start.line(), start.col());
    }

    private Expr awaitPrimary() throws ProgramError {
        Token t = in.peek();
        if (!t.isKeyword("await")) {
            return primary();
        }
        in.next();
        return new Expr.Await(primary(), t.line(), t.col());
    }

    /** primary: an atom followed by attribute references, calls and subscriptions. */
    private Expr primary() throws ProgramError {
        Token start = in.peek();
        Expr e = displays.atom();
        while (true) {
            Token t = in.peek();
            if (!t.isOp(".") && !t.isOp("(") && !t.isOp("[")) {
                return e;
            }
            Expr value = e;
            Expr trailed = operand(() -> trailer(value, start), in.mark());
            if (trailed == null) {
                return e;
            }
            e = trailed;
        }
    }

    /** One attribute reference, call or subscription after {@code value}. */
    private Expr trailer(Expr value, Token start) throws ProgramError {
        Token t = in.peek();
        if (t.isOp(".")) {
            in.next();
            Token name = in.expectName();
            return new Expr.Attribute(value, Identifiers.normalize(name.text()), start.line(), start.col());
        }
        if (t.isOp("(")) {
            return trailers.call(value, start);
        }
        in.next();
        Expr index = trailers.slices();
        in.expectOp("]");
        return new Expr.Subscript(value, index, start.line(), start.col());
    }




    // ---- comprehensions and targets ----

    /** One or more {@code for target in iter [if cond]...} clauses. */
    List<Comprehension> forIfClauses() throws ProgramError {
        List<Comprehension> clauses = new ArrayList<>();
        while (in.atKeyword("for") || in.atKeyword("async") && in.peek(1).isKeyword("for")) {
            boolean isAsync = in.peek().isKeyword("async");
            if (isAsync) {
                in.next();
            }
            in.next();
            Expr target = forTarget();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (in.atKeyword("if")) {
                in.next();
                ifs.add(disjunction());
            }
            clauses.add(new Comprehension(target, iter, List.copyOf(ifs), isAsync));
        }
        return List.copyOf(clauses);
    }

    /**
     * The target of a {@code for} loop or clause, and its 'in'. When the 'in' is missing CPython re-reads the target
     * as expressions, which can turn up "forgot a comma" or "cannot assign to ..." first.
     */
    Expr forTarget() throws ProgramError {
        int start = in.mark();
        Expr target = attempt(this::starTargets);
        if (target == null || !in.atKeyword("in")) {
            if (diagnostics) {
                int furthest = in.furthestIndex();
                in.reset(start);
                Expr reread = backtracking(this::starExpressions);
                if (reread != null) {
                    requireTarget(reread, TargetRules.Use.FOR);
                }
                in.restoreFurthest(furthest); // the re-read is a second-pass look: a plain error stays where it was
            }
            throw in.invalidSyntax();
        }
        requireTarget(target, TargetRules.Use.FOR);
        in.next(); // 'in'
        return target;
    }

    /**
     * Parses with CPython's backtracking on failed operands but with its error rules still on, as its second pass
     * does; returns null (position restored) if the input does not fit at all.
     */
    private <T> T backtracking(Step<T> step) throws ProgramError {
        boolean saved = backtracking;
        backtracking = true;
        try {
            return attempt(step);
        } finally {
            backtracking = saved;
        }
    }

    /** star_targets as in {@code for} loops: {@code a}, {@code a, b}, {@code (a, b), *c}. */
    Expr starTargets() throws ProgramError {
        Token start = in.peek();
        Expr first = starTarget();
        if (!in.atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (in.acceptOp(",")) {
            if (!startsStarExpression(in.peek())) {
                break;
            }
            elts.add(starTarget());
        }
        return tuple(elts, start);
    }

    /**
     * One target of a {@code for}: like CPython's star_target, an atom with attribute references, subscriptions (and
     * calls, which the caller then refuses), optionally starred.
     */
    Expr starTarget() throws ProgramError {
        Token t = in.peek();
        if (t.isOp("*")) {
            in.next();
            return new Expr.Starred(primary(), t.line(), t.col());
        }
        return primary();
    }

    /**
     * The target after {@code with ... as}: read as an expression, as CPython does to report a bad one ("cannot
     * assign to ..."), and checked by the caller.
     */
    Expr withTarget() throws ProgramError {
        Token t = in.peek();
        if (t.isOp("*")) {
            in.next();
            return new Expr.Starred(primary(), t.line(), t.col());
        }
        return expression();
    }

    /** Fails with "cannot assign to ..." (or "cannot delete ...") unless {@code target} is a valid target. */
    void requireTarget(Expr target, TargetRules.Use use) throws ProgramError {
        Expr bad = TargetRules.invalidPart(target, use);
        if (bad != null) {
            String verb = use == TargetRules.Use.DELETE ? "cannot delete " : "cannot assign to ";
            throw in.errorAt(bad, verb + TargetRules.describe(bad));
        }
    }

    // ---- lambdas ----

    private Expr lambda() throws ProgramError {
        Token keyword = in.next();
        nesting.enter(keyword);
        Parameters params = in.atOp(":") ? Parameters.NONE : parameters.parse(true);
        in.expectOp(":");
        Expr body = expression();
        nesting.exit();
        return new Expr.Lambda(params, body, keyword.line(), keyword.col());
    }

    /** The parameters of a {@code def}, up to its ')'. */
    Parameters defParameters() throws ProgramError {
        return parameters.parse(false);
    }
}
