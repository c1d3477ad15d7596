/**
 * The scenario language's front end: the tokenizer, the indentation-aware parser, and the syntax tree it builds
 * ({@link lockstep.sim.lang.Expr}, {@link lockstep.sim.lang.Stmt}), every node carrying its line and column.
 * {@link lockstep.sim.lang.Parser#parse} turns source text into a {@link lockstep.sim.lang.Module} or throws a
 * {@link lockstep.sim.lang.ProgramError} naming line and column.
 */
package lockstep.sim.lang;
