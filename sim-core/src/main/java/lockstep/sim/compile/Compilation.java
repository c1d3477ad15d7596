package lockstep.sim.compile;

import java.util.function.Function;
import lockstep.sim.lang.Module;
import lockstep.sim.lang.SymbolTable;

/**
 * The state one compilation shares between the compiler's parts: the module's file name, symbol table and import
 * policy, the code object being built, and the parts themselves, so that each can hand a construct to another.
 */
final class Compilation {
    final String fileName;
    final Function<String, String> moduleProblem;
    final SymbolTable symbols;
    /** The code object being built; a definition swaps in its own and puts the outer one back. */
    CodeUnit unit;
    /** The calls whose CALL carries {@link Opcode#CALL_INTO_LOOP_FLAG}; only looked up, never iterated. */
    final java.util.Set<lockstep.sim.lang.Expr> loopSources =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    final StatementCompiler statements = new StatementCompiler(this);
    final BlockCompiler blocks = new BlockCompiler(this);
    final ExpressionCompiler expressions = new ExpressionCompiler(this);
    final TargetCompiler targets = new TargetCompiler(this);
    final FunctionCompiler functions = new FunctionCompiler(this);
    final ExceptStarCompiler exceptStar = new ExceptStarCompiler(this);

    Compilation(Module module, Function<String, String> moduleProblem) {
        this.fileName = module.fileName();
        this.moduleProblem = moduleProblem;
        this.symbols = module.symbols();
    }
}
