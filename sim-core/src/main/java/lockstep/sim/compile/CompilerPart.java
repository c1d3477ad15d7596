package lockstep.sim.compile;

import java.util.List;
import lockstep.sim.lang.Expr;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Stmt;

/**
 * What every part of the compiler shares: the current code unit and its builder, errors with the module's file name,
 * and the entry points that every part calls on the others. The part that owns an entry point overrides it with the
 * real thing; the others reach it through here.
 */
abstract class CompilerPart {
    final Compilation comp;

    CompilerPart(Compilation comp) {
        this.comp = comp;
    }

    final CodeUnit unit() {
        return comp.unit;
    }

    final CodeBuilder b() {
        return comp.unit.b;
    }

    final ProgramError error(int line, int col, String message) {
        return new ProgramError(comp.fileName, line, col, message);
    }

    final void loadConst(Object value) {
        b().emit(Opcode.LOAD_CONST, b().constant(value));
    }

    final void exprs(List<Expr> es) throws ProgramError {
        for (Expr e : es) {
            expr(e);
        }
    }

    void statements(List<Stmt> body) throws ProgramError {
        comp.statements.statements(body);
    }

    void expr(Expr e) throws ProgramError {
        comp.expressions.expr(e);
    }

    /** A subscript's index, which may be a slice. */
    void index(Expr index) throws ProgramError {
        comp.expressions.index(index);
    }

    /** Stores the value on top of the stack into an assignment target. */
    void store(Expr target) throws ProgramError {
        comp.targets.store(target);
    }

    void storeName(String id) {
        comp.targets.storeName(id);
    }

    void loadName(String id) {
        comp.targets.loadName(id);
    }
}
