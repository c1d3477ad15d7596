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
    /**
     * While a {@code for} statement's iterable is compiled: the calls in it whose CALL carries {@link
     * Opcode#CALL_INTO_LOOP_FLAG} (a handful, compared by identity: two equal calls may stand in one line).
     */
    final java.util.List<lockstep.sim.lang.Expr> loopSources = new java.util.ArrayList<>();

    final StatementCompiler statements = new StatementCompiler(this);
    final BlockCompiler blocks = new BlockCompiler(this);
    final ExpressionCompiler expressions = new ExpressionCompiler(this);
    final TargetCompiler targets = new TargetCompiler(this);
    final FunctionCompiler functions = new FunctionCompiler(this);
    final ExceptStarCompiler exceptStar = new ExceptStarCompiler(this);

    /** Whether {@code e} is one of the {@link #loopSources}. */
    boolean isLoopSource(lockstep.sim.lang.Expr e) {
        for (lockstep.sim.lang.Expr source : loopSources) {
            if (source == e) {
                return true;
            }
        }
        return false;
    }

    Compilation(Module module, Function<String, String> moduleProblem) {
        this.fileName = module.fileName();
        this.moduleProblem = moduleProblem;
        this.symbols = module.symbols();
    }
}
