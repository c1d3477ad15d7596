/**
 * The compiler: scope analysis ({@code Scope}, {@code ScopeAnalyzer}) and code generation from the syntax tree to
 * {@link lockstep.sim.compile.CodeObject}s of micro-ops ({@link lockstep.sim.compile.Opcode}), one per CPython-sized
 * step, each with its source line.
 */
package lockstep.sim.compile;
