package lockstep.sim.compile;

import java.util.List;
import java.util.function.Function;
import lockstep.sim.lang.Module;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Stmt;
import lockstep.sim.runtime.PyNone;

/**
 * Compiles a syntax tree into {@link CodeObject}s of micro-ops, each carrying its source line, with the scopes of the
 * module's {@link lockstep.sim.lang.SymbolTable}. Finally blocks are compiled inline on every exit path (as CPython
 * 3.8 did), so the runtime needs only a block stack. The work is split by job between parts sharing one
 * {@link Compilation}: statements, blocks (try, with, early exits), expressions, targets, functions and classes.
 */
public final class Compiler {
    /** {@link Opcode#IMPORT_NAME}'s flag: push the top-level package of a dotted name, for {@code import a.b}. */
    public static final int IMPORT_TOP_LEVEL = 1 << 20;

    private Compiler() {}

    /**
     * Compiles a module. {@code moduleProblem} returns null for a module the simulator provides, or the reason an
     * import of it is refused.
     */
    public static CodeObject compileModule(Module module, Function<String, String> moduleProblem) throws ProgramError {
        Compilation c = new Compilation(module, moduleProblem);
        c.unit = new CodeUnit(c.symbols.module(), "<module>", false);
        c.statements.statements(module.body());
        c.unit.b.emit(Opcode.LOAD_CONST, c.unit.b.constant(PyNone.NONE));
        c.unit.b.emit(Opcode.RETURN_VALUE);
        return c.functions.finish(CodeObject.Kind.MODULE, "<module>", 1, List.of(), 0, 0, false, false, false);
    }

    /**
     * Compiles a module made of one expression statement into code that returns the expression's value: used to
     * evaluate a scenario's expectations over a finished run's globals.
     */
    public static CodeObject compileExpression(Module module) throws ProgramError {
        if (module.body().size() != 1 || !(module.body().get(0) instanceof Stmt.ExprStmt e)) {
            throw new ProgramError(module.fileName(), 1, 1, "SyntaxError: expected a single expression");
        }
        Compilation c = new Compilation(module, name -> "unsupported: import in an expression");
        c.unit = new CodeUnit(c.symbols.module(), "<expect>", false);
        c.unit.b.line = 1;
        c.expressions.expr(e.value());
        c.unit.b.emit(Opcode.RETURN_VALUE);
        return c.functions.finish(CodeObject.Kind.MODULE, "<expect>", 1, List.of(), 0, 0, false, false, false);
    }
}
