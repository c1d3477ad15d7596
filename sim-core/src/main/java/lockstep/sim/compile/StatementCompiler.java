package lockstep.sim.compile;

import java.util.List;
import lockstep.sim.compile.CodeUnit.FBlock;
import lockstep.sim.compile.CodeUnit.FBlockKind;
import lockstep.sim.lang.Alias;
import lockstep.sim.lang.Expr;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Scope;
import lockstep.sim.lang.Stmt;
import lockstep.sim.runtime.PyNone;

/** Compiles statements: assignments, conditionals, loops and imports, handing definitions, try and with on. */
final class StatementCompiler extends CompilerPart {
    StatementCompiler(Compilation comp) {
        super(comp);
    }

    @Override
    void statements(List<Stmt> body) throws ProgramError {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) throws ProgramError {
        b().line = s.line();
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
            b().emit(Opcode.POP_TOP);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    b().emit(Opcode.DUP_TOP);
                }
                store(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
                store(a.target());
            }
            if (unit().scope.kind() == Scope.Kind.CLASS && a.target() instanceof Expr.Name n) {
                if (ClassAnnotations.evaluable(a.annotation())) {
                    expr(a.annotation());
                } else {
                    loadConst(PyNone.NONE);
                }
                b().emit(Opcode.LOAD_NAME, b().name("__annotations__"));
                loadConst(lockstep.sim.runtime.PyStr.of(n.id()));
                b().emit(Opcode.STORE_SUBSCR);
            }
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                comp.targets.delete(t);
            }
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal || s instanceof Stmt.Pass) {
            return;
        } else if (s instanceof Stmt.If i) {
            ifStatement(i);
        } else if (s instanceof Stmt.While w) {
            whileStatement(w);
        } else if (s instanceof Stmt.For f) {
            forStatement(f);
        } else if (s instanceof Stmt.AsyncFor a) {
            asyncForStatement(a);
        } else if (s instanceof Stmt.Break br) {
            comp.blocks.breakOrContinue(true, br.line(), br.col());
        } else if (s instanceof Stmt.Continue co) {
            comp.blocks.breakOrContinue(false, co.line(), co.col());
        } else if (s instanceof Stmt.FunctionDef f) {
            comp.functions.functionDef(f);
        } else if (s instanceof Stmt.Return r) {
            if (unit().scope.kind() != Scope.Kind.FUNCTION) {
                throw error(r.line(), r.col(), "SyntaxError: 'return' outside function");
            }
            if (r.value() != null) {
                expr(r.value());
            } else {
                loadConst(PyNone.NONE);
            }
            comp.blocks.unwindAll(true);
            b().emit(Opcode.RETURN_VALUE);
        } else if (s instanceof Stmt.ClassDef c) {
            comp.functions.classDef(c);
        } else if (s instanceof Stmt.Decorated d) {
            comp.functions.decorated(d);
        } else if (s instanceof Stmt.With w) {
            comp.blocks.with(w, 0);
        } else if (s instanceof Stmt.TryStar t) {
            comp.exceptStar.tryStar(t);
        } else if (s instanceof Stmt.Try t) {
            comp.blocks.tryStatement(t);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                expr(r.exc());
                n++;
                if (r.cause() != null) {
                    expr(r.cause());
                    n++;
                }
            }
            b().emit(Opcode.RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Assert a) {
            int end = b().newLabel();
            expr(a.test());
            b().emitJump(Opcode.POP_JUMP_IF_TRUE, end);
            b().emit(Opcode.LOAD_ASSERTION_ERROR);
            if (a.msg() != null) {
                expr(a.msg());
                b().emit(Opcode.CALL, 1);
            }
            b().emit(Opcode.RAISE_VARARGS, 1);
            b().place(end);
        } else if (s instanceof Stmt.Import im) {
            for (Alias alias : im.names()) {
                checkModule(alias.name(), alias.line(), alias.col());
                boolean topLevel = alias.asName() == null && alias.name().contains(".");
                b().emit(Opcode.IMPORT_NAME, b().name(alias.name()) | (topLevel ? Compiler.IMPORT_TOP_LEVEL : 0));
                storeName(alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            checkModule(im.module(), im.line(), im.col());
            b().emit(Opcode.IMPORT_NAME, b().name(im.module()));
            if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
                if (unit().scope.kind() != Scope.Kind.MODULE) {
                    throw error(im.line(), im.col(), "SyntaxError: import * only allowed at module level");
                }
                b().emit(Opcode.IMPORT_STAR);
                return;
            }
            for (Alias alias : im.names()) {
                b().emit(Opcode.IMPORT_FROM, b().name(alias.name()));
                storeName(alias.asName() != null ? alias.asName() : alias.name());
            }
            b().emit(Opcode.POP_TOP);
        } else {
            throw error(s.line(), s.col(), "unsupported statement");
        }
    }

    private void checkModule(String name, int line, int col) throws ProgramError {
        String problem = comp.moduleProblem.apply(name);
        if (problem != null) {
            throw error(line, col, problem);
        }
    }

    private void augAssign(Stmt.AugAssign a) throws ProgramError {
        int op = a.op().ordinal();
        Expr t = a.target();
        if (t instanceof Expr.Name n) {
            loadName(n.id());
            expr(a.value());
            b().emit(Opcode.INPLACE_OP, op);
            storeName(n.id());
        } else if (t instanceof Expr.Attribute at) {
            expr(at.value());
            b().emit(Opcode.DUP_TOP);
            b().emit(Opcode.LOAD_ATTR, b().name(at.attr()));
            expr(a.value());
            b().emit(Opcode.INPLACE_OP, op);
            b().emit(Opcode.ROT_TWO);
            b().emit(Opcode.STORE_ATTR, b().name(at.attr()));
        } else if (t instanceof Expr.Subscript sub) {
            expr(sub.value());
            index(sub.index());
            b().emit(Opcode.DUP_TOP_TWO);
            b().emit(Opcode.BINARY_SUBSCR);
            expr(a.value());
            b().emit(Opcode.INPLACE_OP, op);
            b().emit(Opcode.ROT_THREE);
            b().emit(Opcode.STORE_SUBSCR);
        } else {
            throw error(t.line(), t.col(), "SyntaxError: 'expression' is an illegal expression for augmented assignment");
        }
    }

    private void ifStatement(Stmt.If i) throws ProgramError {
        int orElse = b().newLabel();
        int end = b().newLabel();
        expr(i.test());
        b().emitJump(Opcode.POP_JUMP_IF_FALSE, orElse);
        statements(i.body());
        if (!i.orElse().isEmpty()) {
            b().emitJump(Opcode.JUMP, end);
        }
        b().place(orElse);
        statements(i.orElse());
        b().place(end);
    }

    private void whileStatement(Stmt.While w) throws ProgramError {
        int top = b().newLabel();
        int orElse = b().newLabel();
        int end = b().newLabel();
        b().place(top);
        expr(w.test());
        b().emitJump(Opcode.POP_JUMP_IF_FALSE, orElse);
        unit().fblocks.push(new FBlock(FBlockKind.WHILE_LOOP, end, top, null));
        statements(w.body());
        unit().fblocks.pop();
        b().line = w.line();
        b().emitJump(Opcode.JUMP, top);
        b().place(orElse);
        statements(w.orElse());
        b().place(end);
    }

    private void forStatement(Stmt.For f) throws ProgramError {
        int top = b().newLabel();
        int exhausted = b().newLabel();
        int end = b().newLabel();
        markLoopSources(f.iter());
        expr(f.iter());
        comp.loopSources.clear();
        b().emit(Opcode.GET_ITER, Opcode.FOR_LOOP_ITERATOR);
        b().place(top);
        b().line = f.line();
        b().emitJump(Opcode.FOR_ITER, exhausted);
        store(f.target());
        unit().fblocks.push(new FBlock(FBlockKind.FOR_LOOP, end, top, null));
        statements(f.body());
        unit().fblocks.pop();
        b().line = f.line();
        b().emitJump(Opcode.JUMP, top);
        b().place(exhausted);
        statements(f.orElse());
        b().place(end);
    }

    /**
     * The calls whose value goes straight into a {@code for} statement's iterable: the arguments of the call it
     * iterates and a generator expression's source. A generator they make may be the loop's to close (see Calls).
     */
    private void markLoopSources(Expr iterable) {
        if (iterable instanceof Expr.Call call) {
            for (Expr argument : call.args()) {
                if (argument instanceof Expr.Call || argument instanceof Expr.GeneratorExp) {
                    comp.loopSources.add(argument);
                    markGeneratorSource(argument);
                }
            }
        }
        markGeneratorSource(iterable);
    }

    private void markGeneratorSource(Expr e) {
        if (e instanceof Expr.GeneratorExp g) {
            Expr source = g.generators().get(0).iter();
            if (source instanceof Expr.Call || source instanceof Expr.GeneratorExp) {
                comp.loopSources.add(source);
                markGeneratorSource(source);
            }
        }
    }

    /** {@code async for}: awaits {@code __anext__()} until StopAsyncIteration, which END_ASYNC_FOR makes the loop's end. */
    private void asyncForStatement(Stmt.AsyncFor a) throws ProgramError {
        Stmt.For f = a.loop();
        int top = b().newLabel();
        int exhausted = b().newLabel();
        int end = b().newLabel();
        expr(f.iter());
        b().line = a.line();
        b().emit(Opcode.GET_AITER);
        b().place(top);
        b().line = a.line();
        comp.functions.nextAsyncItem(exhausted);
        store(f.target());
        unit().fblocks.push(new FBlock(FBlockKind.FOR_LOOP, end, top, null));
        statements(f.body());
        unit().fblocks.pop();
        b().line = a.line();
        b().emitJump(Opcode.JUMP, top);
        b().place(exhausted);
        b().emit(Opcode.END_ASYNC_FOR);
        statements(f.orElse());
        b().place(end);
    }
}
