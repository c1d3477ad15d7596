package lockstep.sim.compile;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lockstep.sim.lang.Alias;
import lockstep.sim.lang.CompareOperator;
import lockstep.sim.lang.Comprehension;
import lockstep.sim.lang.ExceptHandler;
import lockstep.sim.lang.Expr;
import lockstep.sim.lang.Keyword;
import lockstep.sim.lang.Module;
import lockstep.sim.lang.Parameters;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Scope;
import lockstep.sim.lang.Stmt;
import lockstep.sim.lang.SymbolTable;
import lockstep.sim.lang.UnaryOperator;
import lockstep.sim.lang.WithItem;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;

/**
 * Compiles a syntax tree into {@link CodeObject}s of micro-ops, each carrying its source line. Finally blocks are
 * compiled inline on every exit path (as CPython 3.8 did), so the runtime needs only a block stack.
 */
public final class Compiler {
    /** {@link Opcode#IMPORT_NAME}'s flag: push the top-level package of a dotted name, for {@code import a.b}. */
    public static final int IMPORT_TOP_LEVEL = 1 << 20;

    private final String fileName;
    private final Function<String, String> moduleProblem;
    private final SymbolTable symbols;
    private Unit unit;

    /** What the compiler keeps for the code object being built. */
    private static final class Unit {
        final Scope scope;
        final CodeBuilder b = new CodeBuilder();
        final List<String> localNames = new ArrayList<>();
        final Map<String, Integer> localIndex = new LinkedHashMap<>();
        final List<String> cellNames = new ArrayList<>();
        final Map<String, Integer> cellIndex = new LinkedHashMap<>();
        final Deque<FBlock> fblocks = new ArrayDeque<>();
        final String qualifiedName;
        final boolean inClassBody;
        /** Whether the unit's own code awaits: a comprehension that does becomes a coroutine. */
        boolean awaits;

        Unit(Scope scope, String qualifiedName, boolean inClassBody) {
            this.scope = scope;
            this.qualifiedName = qualifiedName;
            this.inClassBody = inClassBody;
        }

        int local(String name) {
            return localIndex.computeIfAbsent(name, n -> {
                localNames.add(n);
                return localNames.size() - 1;
            });
        }
    }

    /** A block that an early exit (return, break, continue) must unwind. */
    private enum FBlockKind { FOR_LOOP, WHILE_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, HANDLER, WITH, ASYNC_WITH }

    private record FBlock(FBlockKind kind, int breakLabel, int continueLabel, List<Stmt> finalBody) {}

    private Compiler(Module module, Function<String, String> moduleProblem) {
        this.fileName = module.fileName();
        this.moduleProblem = moduleProblem;
        this.symbols = module.symbols();
    }

    /**
     * Compiles a module. {@code moduleProblem} returns null for a module the simulator provides, or the reason an
     * import of it is refused.
     */
    public static CodeObject compileModule(Module module, Function<String, String> moduleProblem) throws ProgramError {
        Compiler c = new Compiler(module, moduleProblem);
        c.unit = new Unit(c.symbols.module(), "<module>", false);
        c.statements(module.body());
        c.unit.b.emit(Opcode.LOAD_CONST, c.unit.b.constant(PyNone.NONE));
        c.unit.b.emit(Opcode.RETURN_VALUE);
        return c.finish(CodeObject.Kind.MODULE, "<module>", 1, List.of(), 0, 0, false, false, false);
    }

    /**
     * Compiles a module made of one expression statement into code that returns the expression's value: used to
     * evaluate a scenario's expectations over a finished run's globals.
     */
    public static CodeObject compileExpression(Module module) throws ProgramError {
        if (module.body().size() != 1 || !(module.body().get(0) instanceof Stmt.ExprStmt e)) {
            throw new ProgramError(module.fileName(), 1, 1, "SyntaxError: expected a single expression");
        }
        Compiler c = new Compiler(module, name -> "unsupported: import in an expression");
        c.unit = new Unit(c.symbols.module(), "<expect>", false);
        c.unit.b.line = 1;
        c.expr(e.value());
        c.unit.b.emit(Opcode.RETURN_VALUE);
        return c.finish(CodeObject.Kind.MODULE, "<expect>", 1, List.of(), 0, 0, false, false, false);
    }

    private ProgramError error(int line, int col, String message) {
        return new ProgramError(fileName, line, col, message);
    }

    private CodeBuilder b() {
        return unit.b;
    }

    private CodeObject finish(CodeObject.Kind kind, String name, int firstLine, List<String> keywordOnly,
                              int positionalCount, int defaultsCount, boolean varargs, boolean varkw,
                              boolean methodOfClassBody) {
        CodeBuilder b = unit.b;
        int[] ops = b.opcodes();
        int[] args = b.resolvedArgs();
        String[] cells = unit.cellNames.toArray(new String[0]);
        int[] cellParam = new int[unit.scope.cells().size()];
        for (int i = 0; i < cellParam.length; i++) {
            cellParam[i] = unit.scope.parameters().indexOf(cells[i]);
        }
        return new CodeObject(kind, name, unit.qualifiedName, fileName, firstLine, ops, args, b.lines(), b.constants(),
                b.names(), unit.localNames.toArray(new String[0]), cells, unit.scope.cells().size(), cellParam,
                positionalCount, defaultsCount, keywordOnly, varargs, varkw, StackDepth.max(ops, args) + 2,
                methodOfClassBody);
    }

    /** Opens a unit for a nested scope and lays out its parameters, locals and cells. */
    private Unit openUnit(Scope scope, String name) {
        String parentQualified = unit.qualifiedName;
        String qualified;
        if (unit.scope.kind() == Scope.Kind.MODULE) {
            qualified = name;
        } else if (unit.scope.kind() == Scope.Kind.CLASS) {
            qualified = parentQualified + "." + name;
        } else {
            qualified = parentQualified + ".<locals>." + name;
        }
        Unit u = new Unit(scope, qualified, unit.scope.kind() == Scope.Kind.CLASS);
        if (scope.kind() == Scope.Kind.FUNCTION) {
            for (String p : scope.parameters()) {
                u.local(p);
            }
        }
        for (String c : scope.cells()) {
            u.cellIndex.put(c, u.cellNames.size());
            u.cellNames.add(c);
        }
        for (String f : scope.frees()) {
            if (!u.cellIndex.containsKey(f)) {
                u.cellIndex.put(f, u.cellNames.size());
                u.cellNames.add(f);
            }
        }
        return u;
    }

    // ------------------------------------------------------------------ statements

    private void statements(List<Stmt> body) throws ProgramError {
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
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                delete(t);
            }
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal || s instanceof Stmt.Pass) {
            return;
        } else if (s instanceof Stmt.If i) {
            ifStatement(i);
        } else if (s instanceof Stmt.While w) {
            whileStatement(w);
        } else if (s instanceof Stmt.For f) {
            forStatement(f);
        } else if (s instanceof Stmt.Break br) {
            breakOrContinue(true, br.line(), br.col());
        } else if (s instanceof Stmt.Continue co) {
            breakOrContinue(false, co.line(), co.col());
        } else if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (s instanceof Stmt.Return r) {
            if (unit.scope.kind() != Scope.Kind.FUNCTION) {
                throw error(r.line(), r.col(), "SyntaxError: 'return' outside function");
            }
            if (r.value() != null) {
                expr(r.value());
            } else {
                loadConst(PyNone.NONE);
            }
            unwindAll(true);
            b().emit(Opcode.RETURN_VALUE);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.With w) {
            with(w, 0);
        } else if (s instanceof Stmt.Try t) {
            tryStatement(t);
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
                b().emit(Opcode.IMPORT_NAME, b().name(alias.name()) | (topLevel ? IMPORT_TOP_LEVEL : 0));
                storeName(alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            checkModule(im.module(), im.line(), im.col());
            b().emit(Opcode.IMPORT_NAME, b().name(im.module()));
            if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
                if (unit.scope.kind() != Scope.Kind.MODULE) {
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
        String problem = moduleProblem.apply(name);
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
        unit.fblocks.push(new FBlock(FBlockKind.WHILE_LOOP, end, top, null));
        statements(w.body());
        unit.fblocks.pop();
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
        expr(f.iter());
        b().emit(Opcode.GET_ITER);
        b().place(top);
        b().line = f.line();
        b().emitJump(Opcode.FOR_ITER, exhausted);
        store(f.target());
        unit.fblocks.push(new FBlock(FBlockKind.FOR_LOOP, end, top, null));
        statements(f.body());
        unit.fblocks.pop();
        b().line = f.line();
        b().emitJump(Opcode.JUMP, top);
        b().place(exhausted);
        statements(f.orElse());
        b().place(end);
    }

    private void breakOrContinue(boolean isBreak, int line, int col) throws ProgramError {
        List<FBlock> saved = new ArrayList<>();
        try {
            while (!unit.fblocks.isEmpty()) {
                FBlock top = unit.fblocks.peek();
                if (top.kind == FBlockKind.FOR_LOOP || top.kind == FBlockKind.WHILE_LOOP) {
                    if (isBreak) {
                        if (top.kind == FBlockKind.FOR_LOOP) {
                            b().emit(Opcode.POP_TOP);
                        }
                        b().emitJump(Opcode.JUMP, top.breakLabel);
                    } else {
                        b().emitJump(Opcode.JUMP, top.continueLabel);
                    }
                    return;
                }
                saved.add(unit.fblocks.pop());
                unwind(top, false);
            }
            throw error(line, col, isBreak ? "SyntaxError: 'break' outside loop"
                    : "SyntaxError: 'continue' not properly in loop");
        } finally {
            for (int i = saved.size() - 1; i >= 0; i--) {
                unit.fblocks.push(saved.get(i));
            }
        }
    }

    /** Unwinds every block up to the function's boundary, keeping the return value on top of the stack. */
    private void unwindAll(boolean preserveTop) throws ProgramError {
        List<FBlock> saved = new ArrayList<>();
        try {
            while (!unit.fblocks.isEmpty()) {
                FBlock top = unit.fblocks.pop();
                saved.add(top);
                unwind(top, preserveTop);
            }
        } finally {
            for (int i = saved.size() - 1; i >= 0; i--) {
                unit.fblocks.push(saved.get(i));
            }
        }
    }

    /** Emits what leaving one block early requires; the block itself is already popped off the compiler's stack. */
    private void unwind(FBlock block, boolean preserveTop) throws ProgramError {
        switch (block.kind) {
            case FOR_LOOP:
                if (preserveTop) {
                    b().emit(Opcode.ROT_TWO);
                }
                b().emit(Opcode.POP_TOP);
                break;
            case WHILE_LOOP:
                break;
            case TRY_EXCEPT:
                b().emit(Opcode.POP_BLOCK);
                break;
            case FINALLY_TRY:
                b().emit(Opcode.POP_BLOCK);
                statements(block.finalBody);
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
                callExitWithNones(block.kind == FBlockKind.ASYNC_WITH);
                break;
            default:
                throw new IllegalStateException(block.kind.name());
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

    private void with(Stmt.With w, int itemIndex) throws ProgramError {
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
        unit.fblocks.push(new FBlock(w.isAsync() ? FBlockKind.ASYNC_WITH : FBlockKind.WITH, -1, -1, null));
        if (itemIndex + 1 < w.items().size()) {
            with(w, itemIndex + 1);
        } else {
            statements(w.body());
        }
        unit.fblocks.pop();
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

    private void tryStatement(Stmt.Try t) throws ProgramError {
        if (t.finalBody().isEmpty()) {
            tryExcept(t);
            return;
        }
        int handler = b().newLabel();
        int end = b().newLabel();
        b().emitJump(Opcode.SETUP_FINALLY, handler);
        unit.fblocks.push(new FBlock(FBlockKind.FINALLY_TRY, -1, -1, t.finalBody()));
        if (t.handlers().isEmpty()) {
            statements(t.body());
        } else {
            tryExcept(t);
        }
        unit.fblocks.pop();
        b().emit(Opcode.POP_BLOCK);
        statements(t.finalBody());
        b().emitJump(Opcode.JUMP, end);
        b().place(handler);
        unit.fblocks.push(new FBlock(FBlockKind.FINALLY_END, -1, -1, null));
        statements(t.finalBody());
        unit.fblocks.pop();
        b().emit(Opcode.RERAISE);
        b().place(end);
    }

    private void tryExcept(Stmt.Try t) throws ProgramError {
        int handlers = b().newLabel();
        int end = b().newLabel();
        b().emitJump(Opcode.SETUP_FINALLY, handlers);
        unit.fblocks.push(new FBlock(FBlockKind.TRY_EXCEPT, -1, -1, null));
        statements(t.body());
        unit.fblocks.pop();
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
            unit.fblocks.push(new FBlock(FBlockKind.HANDLER, -1, -1, null));
            statements(h.body());
            unit.fblocks.pop();
            b().emit(Opcode.POP_EXCEPT);
            b().emitJump(Opcode.JUMP, end);
            b().place(next);
        }
        b().emit(Opcode.RERAISE);
        b().place(end);
    }

    private void functionDef(Stmt.FunctionDef f) throws ProgramError {
        Scope scope = symbols.scopeOf(f);
        int flags = defaults(f.params());
        Unit outer = unit;
        unit = openUnit(scope, f.name());
        statements(f.body());
        loadConst(PyNone.NONE);
        b().emit(Opcode.RETURN_VALUE);
        CodeObject code = finishFunction(f.name(), f.line(), f.params(), outer.scope.kind() == Scope.Kind.CLASS);
        code.isCoroutine = f.isAsync();
        unit = outer;
        b().line = f.line();
        makeFunction(code, flags);
        storeName(f.name());
    }

    private CodeObject finishFunction(String name, int line, Parameters p, boolean methodOfClassBody) {
        int defaults = 0;
        for (Parameters.Parameter param : p.positional()) {
            if (param.defaultValue() != null) {
                defaults++;
            }
        }
        List<String> kwOnly = new ArrayList<>();
        for (Parameters.Parameter param : p.keywordOnly()) {
            kwOnly.add(param.name());
        }
        return finish(CodeObject.Kind.FUNCTION, name, line, kwOnly, p.positional().size(), defaults,
                p.vararg() != null, p.kwarg() != null, methodOfClassBody);
    }

    /** Pushes the defaults of a def or lambda; returns the MAKE_FUNCTION flags for them. */
    private int defaults(Parameters p) throws ProgramError {
        int flags = 0;
        int n = 0;
        for (Parameters.Parameter param : p.positional()) {
            if (param.defaultValue() != null) {
                expr(param.defaultValue());
                n++;
            } else if (n > 0) {
                throw error(param.line(), param.col(), "SyntaxError: non-default argument follows default argument");
            }
        }
        if (n > 0) {
            b().emit(Opcode.BUILD_TUPLE, n);
            flags |= Opcode.MAKE_DEFAULTS;
        }
        int k = 0;
        for (Parameters.Parameter param : p.keywordOnly()) {
            if (param.defaultValue() != null) {
                loadConst(PyStr.of(param.name()));
                expr(param.defaultValue());
                k++;
            }
        }
        if (k > 0) {
            b().emit(Opcode.BUILD_MAP, k);
            flags |= Opcode.MAKE_KW_DEFAULTS;
        }
        return flags;
    }

    /** Emits MAKE_FUNCTION for {@code code}, first pushing the tuple of cells it closes over. */
    private void makeFunction(CodeObject code, int flags) {
        int free = code.freeCount();
        if (free > 0) {
            for (int i = code.cellCount; i < code.cellNames.length; i++) {
                b().emit(Opcode.LOAD_CLOSURE, unit.cellIndex.get(code.cellNames[i]));
            }
            b().emit(Opcode.BUILD_TUPLE, free);
            flags |= Opcode.MAKE_CLOSURE;
        }
        b().emit(Opcode.MAKE_FUNCTION, b().constant(code) | flags);
    }

    private void classDef(Stmt.ClassDef c) throws ProgramError {
        Scope scope = symbols.scopeOf(c);
        Unit outer = unit;
        unit = openUnit(scope, c.name());
        statements(c.body());
        loadConst(PyNone.NONE);
        b().emit(Opcode.RETURN_VALUE);
        CodeObject body = finish(CodeObject.Kind.CLASS_BODY, c.name(), c.line(), List.of(), 0, 0, false, false, false);
        unit = outer;
        b().line = c.line();
        makeFunction(body, 0);
        loadConst(PyStr.of(c.name()));
        for (Expr base : c.bases()) {
            expr(base);
        }
        b().emit(Opcode.BUILD_TUPLE, c.bases().size());
        b().emit(Opcode.MAKE_CLASS);
        storeName(c.name());
    }

    // ------------------------------------------------------------------ names

    private void loadName(String id) {
        Scope.Binding binding = unit.scope.binding(id);
        switch (binding) {
            case LOCAL -> b().emit(Opcode.LOAD_FAST, unit.local(id));
            case CELL, FREE -> b().emit(Opcode.LOAD_DEREF, unit.cellIndex.get(id));
            case NAME -> b().emit(Opcode.LOAD_NAME, b().name(id));
            default -> b().emit(Opcode.LOAD_GLOBAL, b().name(id));
        }
    }

    private void storeName(String id) {
        Scope.Binding binding = unit.scope.binding(id);
        if (unit.scope.kind() == Scope.Kind.CLASS && binding != Scope.Binding.GLOBAL_EXPLICIT) {
            b().emit(Opcode.STORE_NAME, b().name(id));
            return;
        }
        switch (binding) {
            case LOCAL -> b().emit(Opcode.STORE_FAST, unit.local(id));
            case CELL, FREE -> b().emit(Opcode.STORE_DEREF, unit.cellIndex.get(id));
            case NAME -> b().emit(Opcode.STORE_NAME, b().name(id));
            default -> b().emit(Opcode.STORE_GLOBAL, b().name(id));
        }
    }

    private void deleteName(String id) {
        Scope.Binding binding = unit.scope.binding(id);
        if (unit.scope.kind() == Scope.Kind.CLASS) {
            b().emit(Opcode.DELETE_NAME, b().name(id));
            return;
        }
        switch (binding) {
            case LOCAL -> b().emit(Opcode.DELETE_FAST, unit.local(id));
            default -> b().emit(Opcode.DELETE_GLOBAL, b().name(id));
        }
    }

    private void store(Expr t) throws ProgramError {
        if (t instanceof Expr.Name n) {
            storeName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            b().emit(Opcode.STORE_ATTR, b().name(a.attr()));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            index(s.index());
            b().emit(Opcode.STORE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr tu) {
            unpack(tu.elts(), t);
        } else if (t instanceof Expr.ListExpr l) {
            unpack(l.elts(), t);
        } else if (t instanceof Expr.Starred s) {
            throw error(s.line(), s.col(), "SyntaxError: starred assignment target must be in a list or tuple");
        } else {
            throw error(t.line(), t.col(), "SyntaxError: cannot assign to " + describe(t));
        }
    }

    private void unpack(List<Expr> elts, Expr where) throws ProgramError {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw error(where.line(), where.col(), "SyntaxError: multiple starred expressions in assignment");
                }
                star = i;
            }
        }
        if (star < 0) {
            b().emit(Opcode.UNPACK_SEQUENCE, elts.size());
        } else {
            b().emit(Opcode.UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        }
        for (Expr e : elts) {
            store(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    private void delete(Expr t) throws ProgramError {
        if (t instanceof Expr.Name n) {
            deleteName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            b().emit(Opcode.DELETE_ATTR, b().name(a.attr()));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            index(s.index());
            b().emit(Opcode.DELETE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr tu) {
            for (Expr e : tu.elts()) {
                delete(e);
            }
        } else if (t instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) {
                delete(e);
            }
        } else {
            throw error(t.line(), t.col(), "SyntaxError: cannot delete " + describe(t));
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.Constant) {
            return "literal";
        }
        if (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        return "expression";
    }

    // ------------------------------------------------------------------ expressions

    private void loadConst(Object value) {
        b().emit(Opcode.LOAD_CONST, b().constant(value));
    }

    private void exprs(List<Expr> es) throws ProgramError {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) throws ProgramError {
        if (e instanceof Expr.Name n) {
            loadName(n.id());
        } else if (e instanceof Expr.Constant c) {
            loadConst(constant(c.value()));
        } else if (e instanceof Expr.BinOp bo) {
            expr(bo.left());
            expr(bo.right());
            b().emit(Opcode.BINARY_OP, bo.op().ordinal());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
            b().emit(u.op() == UnaryOperator.NOT ? Opcode.UNARY_NOT : u.op() == UnaryOperator.NEG
                    ? Opcode.UNARY_NEGATIVE : u.op() == UnaryOperator.POS ? Opcode.UNARY_POSITIVE : Opcode.UNARY_INVERT);
        } else if (e instanceof Expr.BoolOp bo) {
            int end = b().newLabel();
            for (int i = 0; i < bo.values().size(); i++) {
                expr(bo.values().get(i));
                if (i < bo.values().size() - 1) {
                    b().emitJump(bo.isAnd() ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP, end);
                }
            }
            b().place(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            b().emit(Opcode.LOAD_ATTR, b().name(a.attr()));
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            index(s.index());
            b().emit(Opcode.BINARY_SUBSCR);
        } else if (e instanceof Expr.Slice s) {
            slice(s);
        } else if (e instanceof Expr.TupleExpr t) {
            sequence(t.elts(), Opcode.BUILD_TUPLE);
        } else if (e instanceof Expr.ListExpr l) {
            sequence(l.elts(), Opcode.BUILD_LIST);
        } else if (e instanceof Expr.SetExpr s) {
            sequence(s.elts(), Opcode.BUILD_SET);
        } else if (e instanceof Expr.DictExpr d) {
            dict(d);
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Expr.IfExp i) {
            int orElse = b().newLabel();
            int end = b().newLabel();
            expr(i.test());
            b().emitJump(Opcode.POP_JUMP_IF_FALSE, orElse);
            expr(i.body());
            b().emitJump(Opcode.JUMP, end);
            b().place(orElse);
            expr(i.orElse());
            b().place(end);
        } else if (e instanceof Expr.Lambda l) {
            lambda(l);
        } else if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                || e instanceof Expr.GeneratorExp) {
            comprehension(e);
        } else if (e instanceof Expr.Starred s) {
            throw error(s.line(), s.col(), "SyntaxError: can't use starred expression here");
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
            b().line = a.line();
            b().emit(Opcode.AWAIT);
            unit.awaits = true;
        } else {
            throw error(e.line(), e.col(), "unsupported expression");
        }
    }

    static Object constant(Object v) {
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof BigInteger big) {
            return PyInt.of(big);
        }
        if (v instanceof Double d) {
            return new PyFloat(d);
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof Boolean bool) {
            return PyBool.of(bool);
        }
        return PyNone.NONE;
    }

    private void index(Expr index) throws ProgramError {
        if (index instanceof Expr.Slice s) {
            slice(s);
        } else {
            expr(index);
        }
    }

    private void slice(Expr.Slice s) throws ProgramError {
        optional(s.lower());
        optional(s.upper());
        if (s.step() != null) {
            expr(s.step());
            b().emit(Opcode.BUILD_SLICE, 3);
        } else {
            b().emit(Opcode.BUILD_SLICE, 2);
        }
    }

    private void optional(Expr e) throws ProgramError {
        if (e == null) {
            loadConst(PyNone.NONE);
        } else {
            expr(e);
        }
    }

    private void compare(Expr.Compare c) throws ProgramError {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        int cleanup = b().newLabel();
        int end = b().newLabel();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            b().emit(Opcode.DUP_TOP);
            b().emit(Opcode.ROT_THREE);
            compareOp(c.ops().get(i));
            b().emitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        compareOp(c.ops().get(n - 1));
        b().emitJump(Opcode.JUMP, end);
        b().place(cleanup);
        b().emit(Opcode.ROT_TWO);
        b().emit(Opcode.POP_TOP);
        b().place(end);
    }

    private void compareOp(CompareOperator op) {
        switch (op) {
            case IN -> b().emit(Opcode.CONTAINS_OP, 0);
            case NOT_IN -> b().emit(Opcode.CONTAINS_OP, 1);
            case IS -> b().emit(Opcode.IS_OP, 0);
            case IS_NOT -> b().emit(Opcode.IS_OP, 1);
            default -> b().emit(Opcode.COMPARE_OP, op.ordinal());
        }
    }

    private void call(Expr.Call c) throws ProgramError {
        int savedLine = b().line;
        b().line = c.line();
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && unit.scope.binding("super") == Scope.Binding.GLOBAL_IMPLICIT) {
            b().emit(Opcode.LOAD_SUPER);
            b().line = savedLine;
            return;
        }
        boolean starred = false;
        for (Expr a : c.args()) {
            starred |= a instanceof Expr.Starred;
        }
        for (Keyword k : c.keywords()) {
            starred |= k.name() == null;
        }
        if (starred) {
            expr(c.func());
            sequence(c.args(), Opcode.BUILD_TUPLE);
            int flags = 0;
            if (!c.keywords().isEmpty()) {
                b().emit(Opcode.BUILD_MAP, 0);
                for (Keyword k : c.keywords()) {
                    if (k.name() == null) {
                        expr(k.value());
                        b().emit(Opcode.DICT_MERGE, 1);
                    } else {
                        loadConst(PyStr.of(k.name()));
                        expr(k.value());
                        b().emit(Opcode.MAP_ADD, 1);
                    }
                }
                flags = 1;
            }
            b().line = c.line();
            b().emit(Opcode.CALL_EX, flags);
            b().line = savedLine;
            return;
        }
        boolean method = c.func() instanceof Expr.Attribute;
        if (method) {
            Expr.Attribute a = (Expr.Attribute) c.func();
            expr(a.value());
            b().emit(Opcode.LOAD_METHOD, b().name(a.attr()));
        } else {
            expr(c.func());
        }
        exprs(c.args());
        List<Object> kwNames = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (kwNames.contains(PyStr.of(k.name()))) {
                throw error(k.line(), k.col(), "SyntaxError: keyword argument repeated: " + k.name());
            }
            expr(k.value());
            kwNames.add(PyStr.of(k.name()));
        }
        b().line = c.line();
        if (!kwNames.isEmpty()) {
            b().emit(Opcode.KW_NAMES, b().constant(PyTuple.of(kwNames.toArray(new lockstep.sim.runtime.PyObject[0]))));
        }
        b().emit(Opcode.CALL, (c.args().size() + kwNames.size()) | (method ? Opcode.CALL_METHOD_FLAG : 0));
        b().line = savedLine;
    }

    /** A tuple, list or set display, with {@code *iterable} items unpacked. */
    private void sequence(List<Expr> elts, int buildOp) throws ProgramError {
        boolean starred = false;
        for (Expr e : elts) {
            starred |= e instanceof Expr.Starred;
        }
        if (!starred) {
            exprs(elts);
            b().emit(buildOp, elts.size());
            return;
        }
        boolean isSet = buildOp == Opcode.BUILD_SET;
        b().emit(isSet ? Opcode.BUILD_SET : Opcode.BUILD_LIST, 0);
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                expr(s.value());
                b().emit(isSet ? Opcode.SET_UPDATE : Opcode.LIST_EXTEND, 1);
            } else {
                expr(e);
                b().emit(isSet ? Opcode.SET_ADD : Opcode.LIST_APPEND, 1);
            }
        }
        if (buildOp == Opcode.BUILD_TUPLE) {
            b().emit(Opcode.LIST_TO_TUPLE);
        }
    }

    private void dict(Expr.DictExpr d) throws ProgramError {
        boolean unpacking = false;
        for (Expr key : d.keys()) {
            unpacking |= key == null;
        }
        if (!unpacking) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            b().emit(Opcode.BUILD_MAP, d.keys().size());
            return;
        }
        b().emit(Opcode.BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                b().emit(Opcode.DICT_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                b().emit(Opcode.MAP_ADD, 1);
            }
        }
    }

    private void joinedStr(Expr.JoinedStr j) throws ProgramError {
        for (Expr part : j.parts()) {
            expr(part);
        }
        if (j.parts().size() != 1 || !(j.parts().get(0) instanceof Expr.Constant)) {
            b().emit(Opcode.BUILD_STRING, j.parts().size());
        }
    }

    private void formattedValue(Expr.FormattedValue f) throws ProgramError {
        expr(f.value());
        int arg = f.conversion();
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            arg |= Opcode.FORMAT_WITH_SPEC;
        }
        b().emit(Opcode.FORMAT_VALUE, arg);
    }

    private void lambda(Expr.Lambda l) throws ProgramError {
        Scope scope = symbols.scopeOf(l);
        int flags = defaults(l.params());
        Unit outer = unit;
        unit = openUnit(scope, "<lambda>");
        b().line = l.line();
        expr(l.body());
        b().emit(Opcode.RETURN_VALUE);
        CodeObject code = finishFunction("<lambda>", l.line(), l.params(), false);
        unit = outer;
        makeFunction(code, flags);
    }

    private void comprehension(Expr e) throws ProgramError {
        List<Comprehension> gens;
        int build;
        if (e instanceof Expr.ListComp c) {
            gens = c.generators();
            build = Opcode.BUILD_LIST;
        } else if (e instanceof Expr.GeneratorExp c) {
            gens = c.generators();
            build = Opcode.BUILD_LIST;
        } else if (e instanceof Expr.SetComp c) {
            gens = c.generators();
            build = Opcode.BUILD_SET;
        } else {
            gens = ((Expr.DictComp) e).generators();
            build = Opcode.BUILD_MAP;
        }
        Scope scope = symbols.scopeOf(e);
        String name = SymbolTable.comprehensionName(e);
        Unit outer = unit;
        unit = openUnit(scope, name);
        b().line = e.line();
        b().emit(build, 0);
        comprehensionLoop(e, gens, 0, build);
        b().emit(Opcode.RETURN_VALUE);
        CodeObject code = finish(CodeObject.Kind.FUNCTION, name, e.line(), List.of(), 1, 0, false, false, false);
        code.isCoroutine = unit.awaits;
        if (code.isCoroutine && e instanceof Expr.GeneratorExp) {
            throw error(e.line(), e.col(), "unsupported: 'await' in a generator expression (generators are outside "
                    + "the scenario language); use a list comprehension");
        }
        unit = outer;
        makeFunction(code, 0);
        expr(gens.get(0).iter());
        b().emit(Opcode.GET_ITER);
        b().emit(Opcode.CALL, 1);
        if (code.isCoroutine) {
            b().emit(Opcode.AWAIT);
        }
    }

    private void comprehensionLoop(Expr e, List<Comprehension> gens, int depth, int build) throws ProgramError {
        Comprehension g = gens.get(depth);
        int top = b().newLabel();
        int end = b().newLabel();
        if (depth == 0) {
            b().emit(Opcode.LOAD_FAST, unit.local(".0"));
        } else {
            expr(g.iter());
            b().emit(Opcode.GET_ITER);
        }
        b().place(top);
        b().emitJump(Opcode.FOR_ITER, end);
        store(g.target());
        for (Expr cond : g.ifs()) {
            expr(cond);
            b().emitJump(Opcode.POP_JUMP_IF_FALSE, top);
        }
        if (depth + 1 < gens.size()) {
            comprehensionLoop(e, gens, depth + 1, build);
        } else if (e instanceof Expr.DictComp d) {
            expr(d.key());
            expr(d.value());
            b().emit(Opcode.MAP_ADD, depth + 2);
        } else {
            Expr elt = e instanceof Expr.ListComp l ? l.elt() : e instanceof Expr.SetComp s ? s.elt()
                    : ((Expr.GeneratorExp) e).elt();
            expr(elt);
            b().emit(build == Opcode.BUILD_SET ? Opcode.SET_ADD : Opcode.LIST_APPEND, depth + 2);
        }
        b().emitJump(Opcode.JUMP, top);
        b().place(end);
    }
}
