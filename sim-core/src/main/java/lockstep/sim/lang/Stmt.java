package lockstep.sim.lang;

import java.util.List;

/** A statement of the scenario language, with the 1-based line and column where it starts. */
public sealed interface Stmt extends Node {

    record ExprStmt(Expr value, int line, int col) implements Stmt {}

    /** {@code a = b = value}: one or more targets (Name, Attribute, Subscript, TupleExpr/ListExpr with at most one Starred). */
    record Assign(List<Expr> targets, Expr value, int line, int col) implements Stmt {}

    record AugAssign(Expr target, BinaryOperator op, Expr value, int line, int col) implements Stmt {}

    /** {@code x: int = value}; {@code value} may be null. */
    record AnnAssign(Expr target, Expr annotation, Expr value, int line, int col) implements Stmt {}

    record Delete(List<Expr> targets, int line, int col) implements Stmt {}

    record Global(List<String> names, int line, int col) implements Stmt {}

    record Nonlocal(List<String> names, int line, int col) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orElse, int line, int col) implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orElse, int line, int col) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, int line, int col) implements Stmt {}

    /** {@code async for}: {@code loop} awaits {@code __anext__} for each item; the position is the {@code async}'s. */
    record AsyncFor(For loop, int line, int col) implements Stmt {}

    record Break(int line, int col) implements Stmt {}

    record Continue(int line, int col) implements Stmt {}

    record Pass(int line, int col) implements Stmt {}

    record FunctionDef(String name, Parameters params, List<Stmt> body, boolean isAsync, int line, int col) implements Stmt {}

    /** {@code return} with a null value returns None. */
    record Return(Expr value, int line, int col) implements Stmt {}

    /** A class statement; {@code metaclass} is the {@code metaclass=} keyword's value, or null. */
    record ClassDef(String name, List<Expr> bases, Expr metaclass, List<Stmt> body, int line, int col)
            implements Stmt {}

    /**
     * A function or class definition under decorators: {@code definition} is a {@link FunctionDef} or a
     * {@link ClassDef}, {@code decorators} in source order (the last one is applied first). Starts at the first '@'.
     */
    record Decorated(List<Expr> decorators, Stmt definition, int line, int col) implements Stmt {}

    /** A {@code with} statement; {@code isAsync} for {@code async with}, which awaits {@code __aenter__}/{@code __aexit__}. */
    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, int line, int col) implements Stmt {}

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody, int line, int col)
            implements Stmt {}

    /** A {@code try} whose handlers are {@code except*} clauses, matching parts of exception groups. */
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody, int line,
                   int col) implements Stmt {
        /** The same clauses as a plain {@code try}, for the passes that treat both alike (scopes, children). */
        public Try asTry() {
            return new Try(body, handlers, orElse, finalBody, line, col);
        }
    }

    /** {@code raise}, {@code raise exc} or {@code raise exc from cause}; both may be null. */
    record Raise(Expr exc, Expr cause, int line, int col) implements Stmt {}

    record Assert(Expr test, Expr msg, int line, int col) implements Stmt {}

    /** {@code import a, b as c}. */
    record Import(List<Alias> names, int line, int col) implements Stmt {}

    /** {@code from module import a, b as c}; a single alias named "*" is {@code import *}. */
    record ImportFrom(String module, List<Alias> names, int line, int col) implements Stmt {}
}
