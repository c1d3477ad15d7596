/**
 * The compiler: code generation from the syntax tree, with the scopes the front end's symbol table decided
 * ({@link lockstep.sim.lang.SymbolTable}), to {@link lockstep.sim.compile.CodeObject}s of micro-ops
 * ({@link lockstep.sim.compile.Opcode}), one per CPython-sized step, each with its source line.
 *
 * <p>{@link lockstep.sim.compile.Compiler} is the entry point; the work is split by job between parts that share one
 * {@code Compilation} (the module's symbol table and the {@code CodeUnit} being built): statements, blocks ({@code
 * try}, {@code with} and the early exits that unwind them), expressions, targets (names and assignment targets), and
 * the functions, classes, lambdas and comprehensions that make code objects of their own.
 */
package lockstep.sim.compile;
