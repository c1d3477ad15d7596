package lockstep.sim.compile;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.lang.Comprehension;
import lockstep.sim.lang.Expr;
import lockstep.sim.lang.Parameters;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Scope;
import lockstep.sim.lang.Stmt;
import lockstep.sim.lang.SymbolTable;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyStr;

/**
 * Compiles the constructs that make a code object of their own: function and class definitions, lambdas and
 * comprehensions. Opens a {@link CodeUnit} for each, laid out as the symbol table decided, and finishes it.
 */
final class FunctionCompiler extends CompilerPart {
    /** {@link #comprehension}'s marker for a generator expression, which yields its items instead of building. */
    private static final int GENERATOR = -1;

    FunctionCompiler(Compilation comp) {
        super(comp);
    }

    /** Builds the code object of the current unit. */
    CodeObject finish(CodeObject.Kind kind, String name, int firstLine, List<String> keywordOnly,
                      int positionalCount, int defaultsCount, boolean varargs, boolean varkw,
                      boolean methodOfClassBody) {
        CodeBuilder b = unit().b;
        int[] ops = b.opcodes();
        int[] args = b.resolvedArgs();
        String[] cells = unit().cellNames.toArray(new String[0]);
        int[] cellParam = new int[unit().scope.cells().size()];
        for (int i = 0; i < cellParam.length; i++) {
            cellParam[i] = unit().scope.parameters().indexOf(cells[i]);
        }
        return new CodeObject(kind, name, unit().qualifiedName, comp.fileName, firstLine, ops, args, b.lines(),
                b.constants(), b.names(), unit().localNames.toArray(new String[0]), cells, unit().scope.cells().size(),
                cellParam, positionalCount, defaultsCount, keywordOnly, varargs, varkw, StackDepth.max(ops, args) + 2,
                methodOfClassBody);
    }

    /** Opens a unit for a nested scope and lays out its parameters, locals and cells. */
    private CodeUnit openUnit(Scope scope, String name) {
        String parentQualified = unit().qualifiedName;
        String qualified;
        if (unit().scope.kind() == Scope.Kind.MODULE) {
            qualified = name;
        } else if (unit().scope.kind() == Scope.Kind.CLASS) {
            qualified = parentQualified + "." + name;
        } else {
            qualified = parentQualified + ".<locals>." + name;
        }
        CodeUnit u = new CodeUnit(scope, qualified, unit().scope.kind() == Scope.Kind.CLASS);
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

    void functionDef(Stmt.FunctionDef f) throws ProgramError {
        makeFunction(f);
        storeName(f.name());
    }

    /**
     * As CPython: the decorators are evaluated first, top to bottom, then the function or class is made, then each
     * decorator is called on it, bottom to top, and only the last result is bound to the name.
     */
    void decorated(Stmt.Decorated d) throws ProgramError {
        for (Expr decorator : d.decorators()) {
            b().line = decorator.line();
            expr(decorator);
        }
        String name;
        if (d.definition() instanceof Stmt.FunctionDef f) {
            b().line = f.line();
            makeFunction(f);
            name = f.name();
        } else {
            Stmt.ClassDef c = (Stmt.ClassDef) d.definition();
            b().line = c.line();
            makeClass(c);
            name = c.name();
        }
        for (int i = d.decorators().size() - 1; i >= 0; i--) {
            b().line = d.decorators().get(i).line();
            b().emit(Opcode.CALL, 1);
        }
        b().line = d.definition().line();
        storeName(name);
    }

    /** Pushes the function a def makes, without binding its name. */
    private void makeFunction(Stmt.FunctionDef f) throws ProgramError {
        Scope scope = comp.symbols.scopeOf(f);
        int flags = defaults(f.params());
        CodeUnit outer = unit();
        comp.unit = openUnit(scope, f.name());
        statements(f.body());
        loadConst(PyNone.NONE);
        b().emit(Opcode.RETURN_VALUE);
        CodeObject code = finishFunction(f.name(), f.line(), f.params(), outer.scope.kind() == Scope.Kind.CLASS);
        code.isCoroutine = f.isAsync();
        if (!f.body().isEmpty() && f.body().get(0) instanceof Stmt.ExprStmt first
                && first.value() instanceof Expr.Constant c && c.value() instanceof String doc) {
            code.docstring = doc;
        }
        code.isGenerator = unit().yields;
        comp.unit = outer;
        b().line = f.line();
        makeFunction(code, flags);
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
                b().emit(Opcode.LOAD_CLOSURE, unit().cellIndex.get(code.cellNames[i]));
            }
            b().emit(Opcode.BUILD_TUPLE, free);
            flags |= Opcode.MAKE_CLOSURE;
        }
        b().emit(Opcode.MAKE_FUNCTION, b().constant(code) | flags);
    }

    void classDef(Stmt.ClassDef c) throws ProgramError {
        makeClass(c);
        storeName(c.name());
    }

    /** Pushes the class a class statement makes, without binding its name. */
    private void makeClass(Stmt.ClassDef c) throws ProgramError {
        Scope scope = comp.symbols.scopeOf(c);
        CodeUnit outer = unit();
        comp.unit = openUnit(scope, c.name());
        if (ClassAnnotations.present(c.body())) {
            b().line = c.line();
            b().emit(Opcode.BUILD_MAP, 0);
            b().emit(Opcode.STORE_NAME, b().name("__annotations__"));
        }
        statements(c.body());
        loadConst(PyNone.NONE);
        b().emit(Opcode.RETURN_VALUE);
        CodeObject body = finish(CodeObject.Kind.CLASS_BODY, c.name(), c.line(), List.of(), 0, 0, false, false, false);
        comp.unit = outer;
        b().line = c.line();
        makeFunction(body, 0);
        loadConst(PyStr.of(c.name()));
        for (Expr base : c.bases()) {
            expr(base);
        }
        b().emit(Opcode.BUILD_TUPLE, c.bases().size());
        if (c.metaclass() != null) {
            expr(c.metaclass());
        }
        b().emit(Opcode.MAKE_CLASS, c.metaclass() != null ? 1 : 0);
    }

    void lambda(Expr.Lambda l) throws ProgramError {
        Scope scope = comp.symbols.scopeOf(l);
        int flags = defaults(l.params());
        CodeUnit outer = unit();
        comp.unit = openUnit(scope, "<lambda>");
        b().line = l.line();
        expr(l.body());
        b().emit(Opcode.RETURN_VALUE);
        CodeObject code = finishFunction("<lambda>", l.line(), l.params(), false);
        code.isGenerator = unit().yields;
        comp.unit = outer;
        makeFunction(code, flags);
    }

    void comprehension(Expr e) throws ProgramError {
        List<Comprehension> gens;
        int build;
        if (e instanceof Expr.ListComp c) {
            gens = c.generators();
            build = Opcode.BUILD_LIST;
        } else if (e instanceof Expr.GeneratorExp c) {
            gens = c.generators();
            build = GENERATOR;
        } else if (e instanceof Expr.SetComp c) {
            gens = c.generators();
            build = Opcode.BUILD_SET;
        } else {
            gens = ((Expr.DictComp) e).generators();
            build = Opcode.BUILD_MAP;
        }
        Scope scope = comp.symbols.scopeOf(e);
        String name = SymbolTable.comprehensionName(e);
        CodeUnit outer = unit();
        comp.unit = openUnit(scope, name);
        b().line = e.line();
        if (build != GENERATOR) {
            b().emit(build, 0);
        }
        comprehensionLoop(e, gens, 0, build);
        if (build == GENERATOR) {
            loadConst(PyNone.NONE);
        }
        b().emit(Opcode.RETURN_VALUE);
        CodeObject code = finish(CodeObject.Kind.FUNCTION, name, e.line(), List.of(), 1, 0, false, false, false);
        // A generator expression that awaits or iterates asynchronously is an asynchronous generator, made at once
        // wherever it stands; an asynchronous comprehension of another kind is awaited where it stands.
        code.isCoroutine = unit().awaits || gens.stream().anyMatch(Comprehension::isAsync);
        code.isGenerator = build == GENERATOR;
        comp.unit = outer;
        makeFunction(code, 0);
        expr(gens.get(0).iter());
        b().emit(gens.get(0).isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER);
        b().emit(Opcode.CALL, 1 | (comp.isLoopSource(e) ? Opcode.CALL_INTO_LOOP_FLAG : 0));
        if (code.isCoroutine && build != GENERATOR) {
            b().emit(Opcode.AWAIT);
        }
    }

    private void comprehensionLoop(Expr e, List<Comprehension> gens, int depth, int build) throws ProgramError {
        Comprehension g = gens.get(depth);
        int top = b().newLabel();
        int end = b().newLabel();
        if (depth == 0) {
            b().emit(Opcode.LOAD_FAST, unit().local(".0"));
        } else {
            expr(g.iter());
            b().emit(g.isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER);
        }
        b().place(top);
        if (g.isAsync()) {
            nextAsyncItem(end);
        } else {
            b().emitJump(Opcode.FOR_ITER, end);
        }
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
            if (build == GENERATOR) {
                b().emit(Opcode.YIELD_VALUE);
                b().emit(Opcode.POP_TOP);
            } else {
                b().emit(build == Opcode.BUILD_SET ? Opcode.SET_ADD : Opcode.LIST_APPEND, depth + 2);
            }
        }
        b().emitJump(Opcode.JUMP, top);
        b().place(end);
        if (g.isAsync()) {
            b().emit(Opcode.END_ASYNC_FOR);
        }
    }

    /**
     * The head of an {@code async for}: awaits the next item of the async iterator on the stack, which a
     * StopAsyncIteration sends to {@code handler} (where END_ASYNC_FOR ends the loop).
     */
    void nextAsyncItem(int handler) {
        b().emitJump(Opcode.SETUP_FINALLY, handler);
        b().emit(Opcode.GET_ANEXT);
        b().emit(Opcode.AWAIT);
        b().emit(Opcode.POP_BLOCK);
        unit().awaits = true;
    }
}
