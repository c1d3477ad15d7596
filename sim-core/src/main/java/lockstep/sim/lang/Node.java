package lockstep.sim.lang;

/** A node of the syntax tree, an expression or a statement, with the 1-based line and column where it starts. */
public sealed interface Node permits Expr, Stmt {
    int line();

    int col();
}
