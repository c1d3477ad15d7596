/**
 * The compiler: code generation from the syntax tree, with the scopes the front end's symbol table decided
 * ({@link lockstep.sim.lang.SymbolTable}), to
 * {@link lockstep.sim.compile.CodeObject}s of micro-ops ({@link lockstep.sim.compile.Opcode}), one per CPython-sized
 * step, each with its source line.
 */
package lockstep.sim.compile;
