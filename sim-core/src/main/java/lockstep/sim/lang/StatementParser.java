package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser for statements and blocks, on top of {@link ExpressionParser}. */
final class StatementParser {
    private final TokenCursor in;
    private final ExpressionParser expr;

    StatementParser(TokenCursor in, ExpressionParser expr) {
        this.in = in;
        this.expr = expr;
    }

    List<Stmt> module() throws ProgramError {
        List<Stmt> body = new ArrayList<>();
        while (in.peek().kind() != TokenKind.ENDMARKER) {
            statement(body);
        }
        return List.copyOf(body);
    }

    private void statement(List<Stmt> out) throws ProgramError {
        Token t = in.peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "def" -> {
                    out.add(functionDef(t, false));
                    return;
                }
                case "if" -> {
                    out.add(ifStatement());
                    return;
                }
                case "class" -> {
                    out.add(classDef());
                    return;
                }
                case "with" -> {
                    out.add(withStatement());
                    return;
                }
                case "for" -> {
                    out.add(forStatement());
                    return;
                }
                case "try" -> {
                    out.add(tryStatement());
                    return;
                }
                case "while" -> {
                    out.add(whileStatement());
                    return;
                }
                case "async" -> {
                    out.add(asyncStatement());
                    return;
                }
                case "match" -> {
                    if (isMatchStatement()) {
                        throw in.unsupported(t, "'match' statements");
                    }
                }
                default -> { }
            }
        } else if (t.isOp("@")) {
            out.add(decorated(t));
            return;
        }
        simpleStatements(out);
    }

    /**
     * 'match' is a soft keyword: only {@code match <subject>:} at the end of a line starts a match statement. A
     * subject that cannot be anything else, with no ':' before the line ends, is CPython's "expected ':'".
     */
    private boolean isMatchStatement() throws ProgramError {
        int mark = in.mark();
        Token subjectStart = in.peek(1);
        Token found = expr.attempt(() -> {
            in.next();
            expr.starNamedExpression();
            while (in.acceptOp(",")) {
                if (in.atOp(":")) {
                    break;
                }
                expr.starNamedExpression();
            }
            Token end = in.peek();
            return end.isOp(":") && in.peek(1).kind() == TokenKind.NEWLINE || end.kind() == TokenKind.NEWLINE
                    ? end : null;
        });
        in.reset(mark);
        if (found != null && found.kind() == TokenKind.NEWLINE) {
            boolean couldBeAnExpression = subjectStart.isOp("(") || subjectStart.isOp("[") || subjectStart.isOp("-")
                    || subjectStart.isOp("+") || subjectStart.isOp("*");
            if (!couldBeAnExpression) {
                throw in.errorAtToken(found, "expected ':'");
            }
            return false;
        }
        return found != null;
    }

    // ---- blocks ----

    /** A block: an indented suite, or simple statements on the header's line. */
    private List<Stmt> block(String construct, Token header) throws ProgramError {
        List<Stmt> body = new ArrayList<>();
        if (in.peek().kind() != TokenKind.NEWLINE) {
            simpleStatements(body);
            return List.copyOf(body);
        }
        in.next();
        if (in.peek().kind() != TokenKind.INDENT) {
            throw in.indentationErrorAtFurthest(
                    "expected an indented block after " + construct + " on line " + header.line());
        }
        in.next();
        do {
            statement(body);
        } while (in.peek().kind() != TokenKind.DEDENT);
        in.next();
        return List.copyOf(body);
    }

    /** The ':' of a header; CPython says "expected ':'" only when the line ends where it should be. */
    private void colon() throws ProgramError {
        if (in.acceptOp(":")) {
            return;
        }
        if (in.peek().kind() == TokenKind.NEWLINE) {
            throw in.errorAtToken(in.peek(), "expected ':'");
        }
        throw in.invalidSyntax();
    }

    /** A ':' CPython insists on (its {@code &&':'}): anything else is "expected ':'". */
    private void forcedColon() throws ProgramError {
        if (!in.acceptOp(":")) {
            throw in.errorAtToken(in.peek(), "expected ':'");
        }
    }

    private List<Stmt> elseBlock() throws ProgramError {
        if (!in.atKeyword("else")) {
            return List.of();
        }
        Token keyword = in.next();
        forcedColon();
        return block("'else' statement", keyword);
    }

    // ---- compound statements ----

    private Stmt functionDef(Token start, boolean isAsync) throws ProgramError {
        Token keyword = in.expectKeyword("def");
        Token name = in.expectName();
        if (!in.atOp("(")) {
            throw in.errorAtToken(in.peek(), "expected '('");
        }
        in.next();
        Parameters params = expr.defParameters();
        in.expectOp(")");
        if (in.acceptOp("->")) {
            expr.expression(); // return annotation, discarded
        }
        forcedColon();
        List<Stmt> body = block("function definition", keyword);
        return new Stmt.FunctionDef(Identifiers.normalize(name.text()), params, body, isAsync, start.line(),
                start.col());
    }

    /** {@code @expr NEWLINE} lines (any named expression, as Python 3.9 allows), then a def or class. */
    private Stmt decorated(Token first) throws ProgramError {
        List<Expr> decorators = new ArrayList<>();
        while (in.atOp("@")) {
            in.next();
            decorators.add(expr.namedExpression());
            if (in.peek().kind() != TokenKind.NEWLINE) {
                throw in.invalidSyntax();
            }
            in.next();
        }
        Token t = in.peek();
        Stmt definition;
        if (t.isKeyword("def")) {
            definition = functionDef(t, false);
        } else if (t.isKeyword("class")) {
            definition = classDef();
        } else if (t.kind() == TokenKind.NAME && t.text().equals("async") && in.peek(1).isKeyword("def")) {
            in.next();
            definition = functionDef(t, true);
        } else {
            throw in.invalidSyntax();
        }
        return new Stmt.Decorated(List.copyOf(decorators), definition, first.line(), first.col());
    }

    private Stmt asyncStatement() throws ProgramError {
        Token keyword = in.next();
        Token t = in.peek();
        if (t.isKeyword("def")) {
            return functionDef(keyword, true);
        }
        if (t.isKeyword("for")) {
            return new Stmt.AsyncFor((Stmt.For) forStatement(), keyword.line(), keyword.col());
        }
        if (t.isKeyword("with")) {
            Stmt.With w = (Stmt.With) withStatement();
            return new Stmt.With(w.items(), w.body(), true, keyword.line(), keyword.col());
        }
        throw in.invalidSyntax();
    }

    private Stmt classDef() throws ProgramError {
        Token keyword = in.next();
        Token name = in.expectName();
        List<Expr> bases = List.of();
        Expr metaclass = null;
        if (in.atOp("(")) {
            TrailerParser.ClassArguments arguments = expr.classBases(in.next());
            bases = arguments.bases();
            metaclass = arguments.metaclass();
        }
        colon();
        List<Stmt> body = block("class definition", keyword);
        return new Stmt.ClassDef(Identifiers.normalize(name.text()), bases, metaclass, body, keyword.line(),
                keyword.col());
    }

    /** {@code if}/{@code elif}/{@code else}; each elif becomes an If nested in the previous one's orElse. */
    private Stmt ifStatement() throws ProgramError {
        Token keyword = in.next();
        Expr test = expr.namedExpression();
        colon();
        List<Stmt> body = block("'if' statement", keyword);
        List<Token> elifs = new ArrayList<>();
        List<Expr> elifTests = new ArrayList<>();
        List<List<Stmt>> elifBodies = new ArrayList<>();
        while (in.atKeyword("elif")) {
            Token elif = in.next();
            elifs.add(elif);
            elifTests.add(expr.namedExpression());
            colon();
            elifBodies.add(block("'elif' statement", elif));
        }
        List<Stmt> orElse = elseBlock();
        for (int i = elifs.size() - 1; i >= 0; i--) { // folded iteratively: long elif chains must not recurse
            Token elif = elifs.get(i);
            orElse = List.of(new Stmt.If(elifTests.get(i), elifBodies.get(i), orElse, elif.line(), elif.col()));
        }
        return new Stmt.If(test, body, orElse, keyword.line(), keyword.col());
    }

    private Stmt whileStatement() throws ProgramError {
        Token keyword = in.next();
        Expr test = expr.namedExpression();
        colon();
        List<Stmt> body = block("'while' statement", keyword);
        List<Stmt> orElse = elseBlock();
        return new Stmt.While(test, body, orElse, keyword.line(), keyword.col());
    }

    private Stmt forStatement() throws ProgramError {
        Token keyword = in.next();
        Expr target = expr.forTarget();
        Expr iter = expr.starExpressions();
        colon();
        List<Stmt> body = block("'for' statement", keyword);
        List<Stmt> orElse = elseBlock();
        return new Stmt.For(target, iter, body, orElse, keyword.line(), keyword.col());
    }

    private Stmt tryStatement() throws ProgramError {
        Token keyword = in.next();
        forcedColon();
        List<Stmt> body = block("'try' statement", keyword);
        List<ExceptHandler> handlers = new ArrayList<>();
        if (!in.atKeyword("except") && !in.atKeyword("finally")) {
            throw in.errorAtToken(in.peek(), "expected 'except' or 'finally' block");
        }
        boolean star = in.atKeyword("except") && in.peek(1).isOp("*");
        while (in.atKeyword("except")) {
            if (in.peek(1).isOp("*") != star) {
                throw in.errorAtToken(in.peek(), "cannot have both 'except' and 'except*' on the same 'try'");
            }
            handlers.add(exceptBlock());
        }
        List<Stmt> orElse = handlers.isEmpty() ? List.of() : elseBlock();
        List<Stmt> finalBody = List.of();
        if (in.atKeyword("finally")) {
            Token fin = in.next();
            forcedColon();
            finalBody = block("'finally' statement", fin);
        }
        if (star) {
            return new Stmt.TryStar(body, List.copyOf(handlers), orElse, finalBody, keyword.line(), keyword.col());
        }
        return new Stmt.Try(body, List.copyOf(handlers), orElse, finalBody, keyword.line(), keyword.col());
    }

    private ExceptHandler exceptBlock() throws ProgramError {
        Token keyword = in.next();
        if (in.acceptOp("*")) {
            if (in.atOp(":")) {
                throw in.errorAtToken(in.peek(), "expected one or more exception types");
            }
            Expr type = expr.expression();
            if (in.atOp(",")) {
                throw in.errorAt(type, "multiple exception types must be parenthesized");
            }
            String name = null;
            if (in.atKeyword("as")) {
                in.next();
                name = Identifiers.normalize(in.expectName().text());
            }
            colon();
            List<Stmt> body = block("'except*' statement", keyword);
            return new ExceptHandler(type, name, body, keyword.line(), keyword.col());
        }
        Expr type = null;
        String name = null;
        if (!in.acceptOp(":")) {
            if (in.peek().kind() == TokenKind.NEWLINE) {
                throw in.errorAtToken(in.peek(), "expected ':'");
            }
            type = expr.expression();
            if (in.atOp(",")) {
                throw in.errorAt(type, "multiple exception types must be parenthesized");
            }
            if (in.atKeyword("as")) {
                in.next();
                name = Identifiers.normalize(in.expectName().text());
            }
            colon();
        }
        List<Stmt> body = block("'except' statement", keyword);
        return new ExceptHandler(type, name, body, keyword.line(), keyword.col());
    }

    private Stmt withStatement() throws ProgramError {
        Token keyword = in.next();
        List<WithItem> items = null;
        if (in.atOp("(")) {
            // "with (a as b, c):" -- unless the parentheses belong to the first item's expression.
            items = expr.attempt(() -> {
                in.next();
                List<WithItem> parenthesized = withItems(true);
                in.expectOp(")");
                in.expectOp(":");
                return parenthesized;
            });
        }
        if (items == null) {
            items = withItems(false);
            colon();
        }
        List<Stmt> body = block("'with' statement", keyword);
        return new Stmt.With(items, body, false, keyword.line(), keyword.col());
    }

    private List<WithItem> withItems(boolean inParentheses) throws ProgramError {
        List<WithItem> items = new ArrayList<>();
        items.add(withItem());
        while (in.acceptOp(",")) {
            if (inParentheses && in.atOp(")")) {
                break;
            }
            items.add(withItem());
        }
        return List.copyOf(items);
    }

    private WithItem withItem() throws ProgramError {
        Expr context = expr.expression();
        Expr target = null;
        if (in.atKeyword("as")) {
            in.next();
            target = expr.withTarget();
            expr.requireTarget(target, TargetRules.Use.ASSIGN);
        }
        return new WithItem(context, target);
    }

    // ---- simple statements ----

    /** One line of ';'-separated simple statements, ending with NEWLINE. */
    private void simpleStatements(List<Stmt> out) throws ProgramError {
        while (true) {
            out.add(simpleStatement());
            if (!in.acceptOp(";") || in.peek().kind() == TokenKind.NEWLINE) {
                break;
            }
        }
        if (in.peek().kind() != TokenKind.NEWLINE) {
            throw in.invalidSyntax();
        }
        in.next();
    }

    private Stmt simpleStatement() throws ProgramError {
        Token t = in.peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    in.next();
                    return new Stmt.Pass(t.line(), t.col());
                }
                case "break" -> {
                    in.next();
                    return new Stmt.Break(t.line(), t.col());
                }
                case "continue" -> {
                    in.next();
                    return new Stmt.Continue(t.line(), t.col());
                }
                case "return" -> {
                    in.next();
                    Expr value = startsStarExpression(in.peek()) ? expr.starExpressions() : null;
                    return new Stmt.Return(value, t.line(), t.col());
                }
                case "raise" -> {
                    return raiseStatement();
                }
                case "global", "nonlocal" -> {
                    return nameDeclaration();
                }
                case "del" -> {
                    return deleteStatement();
                }
                case "assert" -> {
                    in.next();
                    Expr test = expr.expression();
                    Expr msg = in.acceptOp(",") ? expr.expression() : null;
                    return new Stmt.Assert(test, msg, t.line(), t.col());
                }
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImport();
                }
                default -> { }
            }
        }
        return expressionStatement();
    }

    private static boolean startsStarExpression(Token t) {
        return t.isOp("*") || Keywords.startsExpression(t);
    }

    private Stmt raiseStatement() throws ProgramError {
        Token keyword = in.next();
        if (!Keywords.startsExpression(in.peek())) {
            return new Stmt.Raise(null, null, keyword.line(), keyword.col());
        }
        Expr exc = expr.expression();
        Expr cause = null;
        if (in.atKeyword("from")) {
            in.next();
            cause = expr.expression();
        }
        return new Stmt.Raise(exc, cause, keyword.line(), keyword.col());
    }

    private Stmt nameDeclaration() throws ProgramError {
        Token keyword = in.next();
        List<String> names = new ArrayList<>();
        names.add(Identifiers.normalize(in.expectName().text()));
        while (in.acceptOp(",")) {
            names.add(Identifiers.normalize(in.expectName().text()));
        }
        return keyword.text().equals("global")
                ? new Stmt.Global(List.copyOf(names), keyword.line(), keyword.col())
                : new Stmt.Nonlocal(List.copyOf(names), keyword.line(), keyword.col());
    }

    private Stmt deleteStatement() throws ProgramError {
        Token keyword = in.next();
        ExpressionParser.Sequence targets = expr.starExpressionSequence();
        for (Expr target : targets.elts()) {
            expr.requireTarget(target, TargetRules.Use.DELETE);
        }
        if (!in.atOp(";") && in.peek().kind() != TokenKind.NEWLINE) {
            throw in.invalidSyntax();
        }
        return new Stmt.Delete(List.copyOf(targets.elts()), keyword.line(), keyword.col());
    }

    private Stmt importStatement() throws ProgramError {
        Token keyword = in.next();
        List<Alias> names = new ArrayList<>();
        do {
            Token start = in.peek();
            String name = dottedName();
            String asName = null;
            if (in.atKeyword("as")) {
                in.next();
                asName = Identifiers.normalize(in.expectName().text());
            }
            names.add(new Alias(name, asName, start.line(), start.col()));
        } while (in.acceptOp(","));
        return new Stmt.Import(List.copyOf(names), keyword.line(), keyword.col());
    }

    private String dottedName() throws ProgramError {
        StringBuilder name = new StringBuilder(Identifiers.normalize(in.expectName().text()));
        while (in.atOp(".")) {
            in.next();
            name.append('.').append(Identifiers.normalize(in.expectName().text()));
        }
        return name.toString();
    }

    /** {@code from [.]*module import ...}; a relative module keeps its leading dots in the module name. */
    private Stmt fromImport() throws ProgramError {
        Token keyword = in.next();
        StringBuilder module = new StringBuilder();
        while (in.atOp(".") || in.atOp("...")) {
            module.append(in.next().text());
        }
        if (module.length() == 0 || !in.atKeyword("import")) {
            module.append(dottedName());
        }
        in.expectKeyword("import");
        List<Alias> names = new ArrayList<>();
        if (in.atOp("*")) {
            Token star = in.next();
            names.add(new Alias("*", null, star.line(), star.col()));
        } else if (in.atOp("(")) {
            in.next();
            do {
                if (!names.isEmpty() && in.atOp(")")) {
                    break;
                }
                names.add(importedName());
            } while (in.acceptOp(","));
            in.expectOp(")");
        } else {
            names.add(importedName());
            while (in.acceptOp(",")) {
                if (in.peek().kind() == TokenKind.NEWLINE) {
                    throw in.errorAtToken(in.peek(), "trailing comma not allowed without surrounding parentheses");
                }
                names.add(importedName());
            }
        }
        return new Stmt.ImportFrom(module.toString(), List.copyOf(names), keyword.line(), keyword.col());
    }

    private Alias importedName() throws ProgramError {
        Token name = in.expectName();
        String asName = null;
        if (in.atKeyword("as")) {
            in.next();
            asName = Identifiers.normalize(in.expectName().text());
        }
        return new Alias(Identifiers.normalize(name.text()), asName, name.line(), name.col());
    }

    // ---- expression statements and assignments ----

    private Stmt expressionStatement() throws ProgramError {
        Token start = in.peek();
        if (start.isKeyword("yield")) {
            Expr yield = expr.yieldExpression();
            if (in.atOp("=")) {
                throw in.errorAt(yield, "assignment to yield expression not possible");
            }
            return new Stmt.ExprStmt(yield, start.line(), start.col());
        }
        ExpressionParser.Sequence first = expr.starExpressionSequence();
        Expr firstExpr = first.isTuple() ? ExpressionParser.tuple(first.elts(), start) : first.elts().get(0);
        Token t = in.peek();
        if (t.isOp(":")) {
            return annotatedAssignment(start, first, firstExpr);
        }
        Expr last = first.elts().get(first.elts().size() - 1);
        if (t.isOp(":=") && !in.tokenAt(first.lastStart() + 1).isOp(":=")) {
            expr.hints().assignmentExpressionTarget(last);
        }
        if (first.isTuple() && startsStarExpression(t)) {
            expr.hints().missingCommaInTargets();
        }
        BinaryOperator augmented = augmentedOperator(t);
        if (augmented != null) {
            if (!TargetRules.isSingleTarget(firstExpr)) {
                throw in.errorAt(firstExpr, "'" + TargetRules.describe(firstExpr)
                        + "' is an illegal expression for augmented assignment");
            }
            in.next();
            Expr value = expr.assignedValue();
            return new Stmt.AugAssign(firstExpr, augmented, value, start.line(), start.col());
        }
        if (!t.isOp("=")) {
            return new Stmt.ExprStmt(firstExpr, start.line(), start.col());
        }
        int firstEquals = in.mark();
        boolean trailingComma = in.previous().isOp(",");
        List<Expr> targets = new ArrayList<>();
        Expr target = firstExpr;
        while (true) {
            if (TargetRules.invalidPart(target, TargetRules.Use.ASSIGN) != null) {
                invalidTarget(first, last, trailingComma, firstEquals, target);
            }
            targets.add(target);
            in.next(); // '='
            Expr value = expr.assignedValue();
            if (!in.atOp("=")) {
                return new Stmt.Assign(List.copyOf(targets), value, start.line(), start.col());
            }
            if (value instanceof Expr.Yield || value instanceof Expr.YieldFrom) {
                throw in.errorAt(value, "assignment to yield expression not possible");
            }
            target = value;
        }
    }

    /**
     * A target of {@code a = b = ...} cannot be assigned to. CPython first tries its "did you mean '=='" messages on
     * the element just before the first '=' (even when that element is fine), then names the first invalid part.
     */
    private void invalidTarget(ExpressionParser.Sequence first, Expr last, boolean trailingComma, int firstEquals,
                               Expr target) throws ProgramError {
        if (!(last instanceof Expr.Starred) && !trailingComma) {
            int here = in.mark();
            in.reset(firstEquals);
            expr.hints().mistakenAssignment(first.lastStart(), last);
            in.reset(here);
        }
        expr.requireTarget(target, TargetRules.Use.ASSIGN);
    }

    private Stmt annotatedAssignment(Token start, ExpressionParser.Sequence first, Expr target) throws ProgramError {
        boolean bad = first.isTuple() || !TargetRules.isSingleTarget(target);
        if (bad && !expr.hints().annotationFollows()) {
            throw in.invalidSyntax(); // CPython's messages below need "':' expression" to match
        }
        if (first.isTuple()) {
            throw in.errorAt(first.elts().get(0), "only single target (not tuple) can be annotated");
        }
        if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            throw in.errorAt(target, "only single target (not " + TargetRules.describe(target) + ") can be annotated");
        }
        if (!TargetRules.isSingleTarget(target)) {
            throw in.errorAt(target, "illegal target for annotation");
        }
        in.next(); // ':'
        Expr annotation = expr.expression();
        Expr value = in.acceptOp("=") ? expr.assignedValue() : null;
        return new Stmt.AnnAssign(target, annotation, value, start.line(), start.col());
    }

    private static BinaryOperator augmentedOperator(Token t) {
        if (t.kind() != TokenKind.OP || !t.text().endsWith("=") || t.text().length() < 2) {
            return null;
        }
        return switch (t.text()) {
            case "+=" -> BinaryOperator.ADD;
            case "-=" -> BinaryOperator.SUB;
            case "*=" -> BinaryOperator.MUL;
            case "@=" -> BinaryOperator.MATMUL;
            case "/=" -> BinaryOperator.DIV;
            case "%=" -> BinaryOperator.MOD;
            case "&=" -> BinaryOperator.BIT_AND;
            case "|=" -> BinaryOperator.BIT_OR;
            case "^=" -> BinaryOperator.BIT_XOR;
            case "<<=" -> BinaryOperator.LSHIFT;
            case ">>=" -> BinaryOperator.RSHIFT;
            case "**=" -> BinaryOperator.POW;
            case "//=" -> BinaryOperator.FLOOR_DIV;
            default -> null;
        };
    }
}
