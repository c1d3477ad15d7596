package lockstep.sim.lang;

import java.util.List;

/** An expression of the scenario language, with the 1-based line and column where it starts. */
public sealed interface Expr extends Node {

    /** A name to load or store: {@code x}. */
    record Name(String id, int line, int col) implements Expr {}

    /**
     * A literal: {@code value} is a {@link Long} or {@link java.math.BigInteger} (int), {@link Double},
     * {@link String}, {@link Boolean}, or {@link NoneLiteral#NONE} (None); {@link EllipsisLiteral} for {@code ...}.
     */
    record Constant(Object value, int line, int col) implements Expr {}

    /** An f-string: its parts are {@link Constant} strings and {@link FormattedValue}s, in order. */
    record JoinedStr(List<Expr> parts, int line, int col) implements Expr {}

    /**
     * One replacement field of an f-string: {@code {value!conversion:spec}}. {@code conversion} is 0 when
     * absent, else 's', 'r' or 'a'; {@code formatSpec} is a {@link JoinedStr} or null.
     */
    record FormattedValue(Expr value, char conversion, Expr formatSpec, int line, int col) implements Expr {}

    record BinOp(Expr left, BinaryOperator op, Expr right, int line, int col) implements Expr {}

    record UnaryOp(UnaryOperator op, Expr operand, int line, int col) implements Expr {}

    /** {@code a and b and c}: two or more values. */
    record BoolOp(boolean isAnd, List<Expr> values, int line, int col) implements Expr {}

    /** {@code a < b <= c}: a chain of one or more comparisons. */
    record Compare(Expr left, List<CompareOperator> ops, List<Expr> comparators, int line, int col) implements Expr {}

    /** A call; positional {@code args} may contain {@link Starred}; a keyword with a null name is {@code **mapping}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, int line, int col) implements Expr {}

    record Attribute(Expr value, String attr, int line, int col) implements Expr {}

    /** {@code value[index]}; a slice index is a {@link Slice}, several indices a {@link TupleExpr}. */
    record Subscript(Expr value, Expr index, int line, int col) implements Expr {}

    /** {@code lower:upper:step}; any part may be null. */
    record Slice(Expr lower, Expr upper, Expr step, int line, int col) implements Expr {}

    record ListExpr(List<Expr> elts, int line, int col) implements Expr {}

    record TupleExpr(List<Expr> elts, int line, int col) implements Expr {}

    /** A dict display; a null key is {@code **mapping} unpacking of the matching value. */
    record DictExpr(List<Expr> keys, List<Expr> values, int line, int col) implements Expr {}

    record SetExpr(List<Expr> elts, int line, int col) implements Expr {}

    record ListComp(Expr elt, List<Comprehension> generators, int line, int col) implements Expr {}

    record SetComp(Expr elt, List<Comprehension> generators, int line, int col) implements Expr {}

    record DictComp(Expr key, Expr value, List<Comprehension> generators, int line, int col) implements Expr {}

    /** {@code (elt for ...)}; allowed as a call argument. */
    record GeneratorExp(Expr elt, List<Comprehension> generators, int line, int col) implements Expr {}

    record Lambda(Parameters params, Expr body, int line, int col) implements Expr {}

    /** {@code body if test else orElse}. */
    record IfExp(Expr test, Expr body, Expr orElse, int line, int col) implements Expr {}

    /** {@code *value} in a call, a display or an assignment target. */
    record Starred(Expr value, int line, int col) implements Expr {}

    /** {@code target := value}, the walrus; inside a comprehension it binds in the enclosing scope. */
    record NamedExpr(Name target, Expr value, int line, int col) implements Expr {}

    /** {@code await value} (inside {@code async def}). */
    record Await(Expr value, int line, int col) implements Expr {}

    /** {@code yield value} ({@code value} null for a bare {@code yield}): its function is a generator. */
    record Yield(Expr value, int line, int col) implements Expr {}

    /** {@code yield from value}: the generator delegates to the iterator of {@code value}. */
    record YieldFrom(Expr value, int line, int col) implements Expr {}

    /** The value of a Python {@code None} literal in {@link Constant}. */
    enum NoneLiteral { NONE }

    /** The value of a Python {@code ...} literal in {@link Constant}. */
    enum EllipsisLiteral { ELLIPSIS }
}
