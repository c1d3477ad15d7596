package lockstep.sim.compile;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.compile.CodeUnit.FBlock;
import lockstep.sim.compile.CodeUnit.FBlockKind;
import lockstep.sim.lang.ExceptHandler;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Stmt;
import lockstep.sim.lang.WithItem;
import lockstep.sim.runtime.PyNone;

/**
 * Compiles {@code try} and {@code with}, and the early exits ({@code return}, {@code break}, {@code continue}) that
 * must unwind them: every {@code finally} body is compiled inline on each exit path, as CPython 3.8 did.
 */
final class BlockCompiler extends CompilerPart {
    BlockCompiler(Compilation comp) {
        super(comp);
    }

    void breakOrContinue(boolean isBreak, int line, int col) throws ProgramError {
        List<FBlock> saved = new ArrayList<>();
        try {
            while (!unit().fblocks.isEmpty()) {
                FBlock top = unit().fblocks.peek();
                if (top.kind() == FBlockKind.FOR_LOOP || top.kind() == FBlockKind.WHILE_LOOP) {
                    if (isBreak) {
                        if (top.kind() == FBlockKind.FOR_LOOP) {
                            b().emit(Opcode.POP_TOP, Opcode.FOR_LOOP_ITERATOR);
                        }
                        b().emitJump(Opcode.JUMP, top.breakLabel());
                    } else {
                        b().emitJump(Opcode.JUMP, top.continueLabel());
                    }
                    return;
                }
                saved.add(unit().fblocks.pop());
                unwind(top, false);
            }
            throw error(line, col, isBreak ? "SyntaxError: 'break' outside loop"
                    : "SyntaxError: 'continue' not properly in loop");
        } finally {
            for (int i = saved.size() - 1; i >= 0; i--) {
                unit().fblocks.push(saved.get(i));
            }
        }
    }

    /** Unwinds every block up to the function's boundary, keeping the return value on top of the stack. */
    void unwindAll(boolean preserveTop) throws ProgramError {
        List<FBlock> saved = new ArrayList<>();
        try {
            while (!unit().fblocks.isEmpty()) {
                FBlock top = unit().fblocks.pop();
                saved.add(top);
                unwind(top, preserveTop);
            }
        } finally {
            for (int i = saved.size() - 1; i >= 0; i--) {
                unit().fblocks.push(saved.get(i));
            }
        }
    }

    /** Emits what leaving one block early requires; the block itself is already popped off the compiler's stack. */
    private void unwind(FBlock block, boolean preserveTop) throws ProgramError {
        switch (block.kind()) {
            case FOR_LOOP:
                if (preserveTop) {
                    b().emit(Opcode.ROT_TWO);
                }
                b().emit(Opcode.POP_TOP, Opcode.FOR_LOOP_ITERATOR);
                break;
            case WHILE_LOOP:
                break;
            case TRY_EXCEPT:
                b().emit(Opcode.POP_BLOCK);
                break;
            case FINALLY_TRY:
                b().emit(Opcode.POP_BLOCK);
                statements(block.finalBody());
                break;
            case FINALLY_END:
                if (preserveTop) {
                    b().emit(Opcode.ROT_TWO);
                }
                b().emit(Opcode.POP_TOP);
                b().emit(Opcode.POP_EXCEPT);
                break;
            case HANDLER:
                b().emit(Opcode.POP_EXCEPT);
                break;
            case WITH:
            case ASYNC_WITH:
                b().emit(Opcode.POP_BLOCK);
                if (preserveTop) {
                    b().emit(Opcode.ROT_TWO);
                }
                callExitWithNones(block.kind() == FBlockKind.ASYNC_WITH);
                break;
            default:
                throw new IllegalStateException(block.kind().name());
        }
    }

    private void callExitWithNones(boolean async) {
        loadConst(PyNone.NONE);
        b().emit(Opcode.DUP_TOP);
        b().emit(Opcode.DUP_TOP);
        b().emit(Opcode.CALL, 3);
        if (async) {
            b().emit(Opcode.AWAIT);
        }
        b().emit(Opcode.POP_TOP);
    }

    void with(Stmt.With w, int itemIndex) throws ProgramError {
        WithItem item = w.items().get(itemIndex);
        int handler = b().newLabel();
        int suppress = b().newLabel();
        int end = b().newLabel();
        b().line = w.line();
        expr(item.context());
        b().emit(Opcode.DUP_TOP);
        b().emit(Opcode.LOAD_ATTR, b().name(w.isAsync() ? "__aexit__" : "__exit__"));
        b().emit(Opcode.ROT_TWO);
        b().emit(Opcode.LOAD_METHOD, b().name(w.isAsync() ? "__aenter__" : "__enter__"));
        b().emit(Opcode.CALL, Opcode.CALL_METHOD_FLAG);
        if (w.isAsync()) {
            b().emit(Opcode.AWAIT);
        }
        b().emitJump(Opcode.SETUP_WITH, handler);
        if (item.target() != null) {
            store(item.target());
        } else {
            b().emit(Opcode.POP_TOP);
        }
        unit().fblocks.push(new FBlock(w.isAsync() ? FBlockKind.ASYNC_WITH : FBlockKind.WITH, -1, -1, null));
        if (itemIndex + 1 < w.items().size()) {
            with(w, itemIndex + 1);
        } else {
            statements(w.body());
        }
        unit().fblocks.pop();
        b().line = w.line();
        b().emit(Opcode.POP_BLOCK);
        callExitWithNones(w.isAsync());
        b().emitJump(Opcode.JUMP, end);
        b().place(handler);
        b().emit(Opcode.DUP_TOP_TWO);
        b().emit(Opcode.PREP_EXIT_ARGS);
        b().emit(Opcode.CALL, 3);
        if (w.isAsync()) {
            b().emit(Opcode.AWAIT);
        }
        b().emitJump(Opcode.POP_JUMP_IF_TRUE, suppress);
        b().emit(Opcode.RERAISE);
        b().place(suppress);
        b().emit(Opcode.POP_TOP);
        b().emit(Opcode.POP_EXCEPT);
        b().emit(Opcode.POP_TOP);
        b().place(end);
    }

    void tryStatement(Stmt.Try t) throws ProgramError {
        if (t.finalBody().isEmpty()) {
            tryExcept(t);
            return;
        }
        withFinally(t.finalBody(), () -> {
            if (t.handlers().isEmpty()) {
                statements(t.body());
            } else {
                tryExcept(t);
            }
        });
    }

    /** What a {@code finally} body protects: the try and its handlers. */
    interface Protected {
        void compile() throws ProgramError;
    }

    /** Compiles {@code inner} with {@code finalBody} run after it on every way out. */
    void withFinally(List<Stmt> finalBody, Protected inner) throws ProgramError {
        int handler = b().newLabel();
        int end = b().newLabel();
        b().emitJump(Opcode.SETUP_FINALLY, handler);
        unit().fblocks.push(new FBlock(FBlockKind.FINALLY_TRY, -1, -1, finalBody));
        inner.compile();
        unit().fblocks.pop();
        b().emit(Opcode.POP_BLOCK);
        statements(finalBody);
        b().emitJump(Opcode.JUMP, end);
        b().place(handler);
        unit().fblocks.push(new FBlock(FBlockKind.FINALLY_END, -1, -1, null));
        statements(finalBody);
        unit().fblocks.pop();
        b().emit(Opcode.RERAISE);
        b().place(end);
    }

    private void tryExcept(Stmt.Try t) throws ProgramError {
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
        for (int i = 0; i < t.handlers().size(); i++) {
            ExceptHandler h = t.handlers().get(i);
            b().line = h.line();
            if (h.type() == null && i < t.handlers().size() - 1) {
                throw error(h.line(), h.col(), "SyntaxError: default 'except:' must be last");
            }
            int next = b().newLabel();
            if (h.type() != null) {
                expr(h.type());
                b().emit(Opcode.CHECK_EXC_MATCH);
                b().emitJump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                storeName(h.name());
            } else {
                b().emit(Opcode.POP_TOP);
            }
            unit().fblocks.push(new FBlock(FBlockKind.HANDLER, -1, -1, null));
            statements(h.body());
            unit().fblocks.pop();
            b().emit(Opcode.POP_EXCEPT);
            b().emitJump(Opcode.JUMP, end);
            b().place(next);
        }
        b().emit(Opcode.RERAISE);
        b().place(end);
    }
}
