package lockstep.sim.compile;

import lockstep.sim.compile.CodeUnit.FBlock;
import lockstep.sim.compile.CodeUnit.FBlockKind;
import lockstep.sim.lang.ExceptHandler;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Stmt;
import lockstep.sim.runtime.ExceptStar;

/**
 * Compiles {@code try ... except*}. The caught exception becomes {@link ExceptStar}'s state, kept on the stack under
 * the clauses; each clause asks it for the part its types match and, when there is one, re-raises that part to
 * itself so that the clause runs with it as the exception being handled (a bare {@code raise} gives it back, and what
 * the clause raises has it as context). Whatever the clauses leave or raise is raised again once they are done,
 * outside the handler, keeping the original traceback.
 */
final class ExceptStarCompiler extends CompilerPart {
    ExceptStarCompiler(Compilation comp) {
        super(comp);
    }

    void tryStar(Stmt.TryStar t) throws ProgramError {
        if (t.finalBody().isEmpty()) {
            tryExceptStar(t);
        } else {
            comp.blocks.withFinally(t.finalBody(), () -> tryExceptStar(t));
        }
    }

    private void tryExceptStar(Stmt.TryStar t) throws ProgramError {
        int handlers = b().newLabel();
        int end = b().newLabel();
        b().emitJump(Opcode.SETUP_FINALLY, handlers);
        unit().fblocks.push(new FBlock(FBlockKind.TRY_EXCEPT, -1, -1, null));
        statements(t.body());
        unit().fblocks.pop();
        b().emit(Opcode.POP_BLOCK);
        statements(t.orElse());
        b().emitJump(Opcode.JUMP, end);
        b().place(handlers);
        b().line = t.handlers().get(0).line();
        loadConst(ExceptStar.BEGIN);                // exc -> state
        b().emit(Opcode.ROT_TWO);
        b().emit(Opcode.CALL, 1);
        for (ExceptHandler h : t.handlers()) {
            clause(h);
        }
        b().emit(Opcode.POP_EXCEPT);
        int nothingLeft = b().newLabel();
        loadConst(ExceptStar.END);                  // state -> what to raise again, or None
        b().emit(Opcode.ROT_TWO);
        b().emit(Opcode.CALL, 1);
        b().emit(Opcode.DUP_TOP);
        b().emitJump(Opcode.POP_JUMP_IF_FALSE, nothingLeft);
        b().emit(Opcode.RERAISE);
        b().place(nothingLeft);
        b().emit(Opcode.POP_TOP);
        b().place(end);
    }

    /** One clause, with the state on top of the stack before and after. */
    private void clause(ExceptHandler h) throws ProgramError {
        int next = b().newLabel();
        int enter = b().newLabel();
        int failed = b().newLabel();
        b().line = h.line();
        b().emit(Opcode.DUP_TOP);
        loadConst(ExceptStar.MATCH);
        b().emit(Opcode.ROT_TWO);
        expr(h.type());
        b().emit(Opcode.CALL, 2);
        b().emitJump(Opcode.POP_JUMP_IF_FALSE, next);
        b().emitJump(Opcode.SETUP_FINALLY, enter);
        b().emit(Opcode.DUP_TOP);
        loadConst(ExceptStar.CURRENT);
        b().emit(Opcode.ROT_TWO);
        b().emit(Opcode.CALL, 1);
        b().emit(Opcode.RERAISE);
        b().place(enter);
        if (h.name() != null) {
            storeName(h.name());
        } else {
            b().emit(Opcode.POP_TOP);
        }
        b().emitJump(Opcode.SETUP_FINALLY, failed);
        statements(h.body());
        b().emit(Opcode.POP_BLOCK);
        b().emit(Opcode.POP_EXCEPT);
        b().emitJump(Opcode.JUMP, next);
        b().place(failed);                          // state, exc -> state, after raised(exc, state)
        b().line = h.line();
        b().emit(Opcode.ROT_TWO);
        b().emit(Opcode.DUP_TOP);
        b().emit(Opcode.ROT_THREE);
        loadConst(ExceptStar.RAISED);
        b().emit(Opcode.ROT_THREE);
        b().emit(Opcode.CALL, 2);
        b().emit(Opcode.POP_TOP);
        b().emit(Opcode.POP_EXCEPT);
        b().emit(Opcode.POP_EXCEPT);
        b().place(next);
    }
}
