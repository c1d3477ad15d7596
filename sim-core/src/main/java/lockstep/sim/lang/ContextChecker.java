package lockstep.sim.lang;

import java.util.List;

/**
 * The errors CPython's compiler reports about where a construct appears: {@code return} outside a function,
 * {@code break}/{@code continue} outside a loop, {@code await} outside an async function, starred expressions where
 * they cannot be, repeated keyword arguments, a bare {@code except:} that is not last, and late
 * {@code from __future__} imports. Visits in the compiler's order, so the first error found is CPython's.
 */
final class ContextChecker {
    private enum Context { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    private static final String EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

    private final String fileName;
    private Context scope = Context.MODULE;
    private int loops;
    /** Inside an except* handler: the loops counted at its start (leaving the handler is an error); else -1. */
    private int exceptStarLoops = -1;
    private boolean pastFutureImports;
    /** Inside an async def that yields (an async generator), where a return may not have a value. */
    private boolean asyncGenerator;
    /** Inside a comprehension: what CPython calls it in "'yield' inside list comprehension". */
    private String comprehensionKind;

    ContextChecker(String fileName) {
        this.fileName = fileName;
    }

    void check(List<Stmt> module) throws ProgramError {
        for (int i = 0; i < module.size(); i++) {
            Stmt s = module.get(i);
            boolean future = s instanceof Stmt.ImportFrom f && f.module().equals("__future__");
            boolean docstring = i == 0 && SymbolTableBuilder.isDocstring(module);
            statement(s);
            if (!future && !docstring) {
                pastFutureImports = true;
            }
        }
    }

    private ProgramError error(Node at, String message) {
        return ProgramError.syntaxError(fileName, at.line(), at.col(), message);
    }

    private void statements(List<Stmt> body) throws ProgramError {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) throws ProgramError {
        if (s instanceof Stmt.FunctionDef f) {
            defaults(f.params());
            boolean savedAsyncGenerator = asyncGenerator;
            asyncGenerator = f.isAsync() && f.body().stream().anyMatch(ContextChecker::yields);
            inScope(f.isAsync() ? Context.ASYNC_FUNCTION : Context.FUNCTION, () -> statements(f.body()));
            asyncGenerator = savedAsyncGenerator;
        } else if (s instanceof Stmt.ClassDef c) {
            loadsAllowingStar(c.bases());
            load(c.metaclass());
            inScope(Context.CLASS, () -> statements(c.body()));
        } else if (s instanceof Stmt.Decorated d) {
            loads(d.decorators());
            statement(d.definition());
        } else if (s instanceof Stmt.Return r) {
            if (scope != Context.FUNCTION && scope != Context.ASYNC_FUNCTION) {
                throw error(s, "'return' outside function");
            }
            if (scope == Context.ASYNC_FUNCTION && asyncGenerator && r.value() != null) {
                throw error(s, "'return' with value in async generator");
            }
            load(r.value());
            if (exceptStarLoops >= 0) {
                throw error(r.value() != null ? r.value() : s, EXCEPT_STAR_EXIT);
            }
        } else if (s instanceof Stmt.Break) {
            if (loops == 0) {
                throw error(s, "'break' outside loop");
            }
            if (loops == exceptStarLoops) {
                throw error(s, EXCEPT_STAR_EXIT);
            }
        } else if (s instanceof Stmt.Continue) {
            if (loops == 0) {
                throw error(s, "'continue' not properly in loop");
            }
            if (loops == exceptStarLoops) {
                throw error(s, EXCEPT_STAR_EXIT);
            }
        } else if (s instanceof Stmt.AsyncFor a) {
            if (scope != Context.ASYNC_FUNCTION) {
                throw error(s, "'async for' outside async function");
            }
            statement(a.loop());
        } else if (s instanceof Stmt.For f) {
            load(f.iter());
            store(f.target());
            loopBody(f.body());
            statements(f.orElse());
        } else if (s instanceof Stmt.While w) {
            load(w.test());
            loopBody(w.body());
            statements(w.orElse());
        } else if (s instanceof Stmt.TryStar t) {
            statements(t.body());
            for (ExceptHandler h : t.handlers()) {
                load(h.type());
                int saved = exceptStarLoops;
                exceptStarLoops = loops;
                statements(h.body());
                exceptStarLoops = saved;
            }
            statements(t.orElse());
            statements(t.finalBody());
        } else if (s instanceof Stmt.Try t) {
            statements(t.body());
            List<ExceptHandler> handlers = t.handlers();
            for (int i = 0; i < handlers.size(); i++) {
                ExceptHandler h = handlers.get(i);
                if (h.type() == null && i < handlers.size() - 1) {
                    throw ProgramError.syntaxError(fileName, h.line(), h.col(), "default 'except:' must be last");
                }
                load(h.type());
                statements(h.body());
            }
            statements(t.orElse());
            statements(t.finalBody());
        } else if (s instanceof Stmt.With w) {
            if (w.isAsync() && scope != Context.ASYNC_FUNCTION) {
                throw error(s, "'async with' outside async function");
            }
            for (WithItem item : w.items()) {
                load(item.context());
                if (item.target() != null) {
                    store(item.target());
                }
            }
            statements(w.body());
        } else if (s instanceof Stmt.Assign a) {
            load(a.value());
            for (Expr t : a.targets()) {
                store(t);
            }
        } else if (s instanceof Stmt.AnnAssign a) {
            load(a.value());
            store(a.target());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                store(t);
            }
        } else if (s instanceof Stmt.ImportFrom f && f.module().equals("__future__") && pastFutureImports) {
            throw error(s, "from __future__ imports must occur at the beginning of the file");
        } else {
            for (Node child : Children.of(s)) {
                if (child instanceof Stmt inner) {
                    statement(inner);
                } else {
                    load((Expr) child);
                }
            }
        }
    }

    private void loopBody(List<Stmt> body) throws ProgramError {
        loops++;
        statements(body);
        loops--;
    }

    @FunctionalInterface
    private interface Body {
        void run() throws ProgramError;
    }

    /** Runs {@code body} in a new scope, where enclosing loops no longer count. */
    private void inScope(Context inner, Body body) throws ProgramError {
        Context savedScope = scope;
        int savedLoops = loops;
        int savedExceptStar = exceptStarLoops;
        scope = inner;
        loops = 0;
        exceptStarLoops = -1;
        body.run();
        scope = savedScope;
        loops = savedLoops;
        exceptStarLoops = savedExceptStar;
    }

    private void defaults(Parameters params) throws ProgramError {
        for (Expr d : Children.defaults(params)) {
            load(d);
        }
    }

    /** An assignment (or deletion) target. */
    private void store(Expr e) throws ProgramError {
        if (e instanceof Expr.Starred) {
            throw error(e, "starred assignment target must be in a list or tuple");
        }
        List<Expr> elts = e instanceof Expr.TupleExpr t ? t.elts() : e instanceof Expr.ListExpr l ? l.elts() : null;
        if (elts == null) {
            for (Expr child : Children.of(e)) {
                load(child);
            }
            return;
        }
        if (elts.stream().filter(x -> x instanceof Expr.Starred).count() > 1) {
            throw error(e, "multiple starred expressions in assignment");
        }
        for (Expr elt : elts) {
            store(elt instanceof Expr.Starred s ? s.value() : elt);
        }
    }

    private void loads(List<Expr> es) throws ProgramError {
        for (Expr e : es) {
            load(e);
        }
    }

    /** Elements of a display or call, where {@code *x} is allowed. */
    private void loadsAllowingStar(List<Expr> es) throws ProgramError {
        for (Expr e : es) {
            load(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    /**
     * Kept small, with the nodes that need more than their children visited handled in {@link #loadSpecial}: this
     * recursion follows the deepest expressions the parser allows and must fit small thread stacks.
     */
    private void load(Expr e) throws ProgramError {
        if (e != null && !loadSpecial(e)) {
            for (Expr child : Children.of(e)) {
                load(child);
            }
        }
    }

    /** Checks an await, a starred expression, a display, a call, a lambda or a comprehension; false for others. */
    private boolean loadSpecial(Expr e) throws ProgramError {
        if (e instanceof Expr.Await a) {
            if (scope == Context.MODULE || scope == Context.CLASS) {
                throw error(e, "'await' outside function");
            }
            if (scope == Context.FUNCTION || scope == Context.LAMBDA) {
                throw error(e, "'await' outside async function");
            }
            load(a.value());
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            yieldExpression(e);
        } else if (e instanceof Expr.Starred) {
            throw error(e, "can't use starred expression here");
        } else if (e instanceof Expr.ListExpr l) {
            loadsAllowingStar(l.elts());
        } else if (e instanceof Expr.TupleExpr t) {
            loadsAllowingStar(t.elts());
        } else if (e instanceof Expr.SetExpr s) {
            loadsAllowingStar(s.elts());
        } else if (e instanceof Expr.Call c) {
            load(c.func());
            checkRepeatedKeywords(c.keywords());
            loadsAllowingStar(c.args());
            for (Keyword k : c.keywords()) {
                load(k.value());
            }
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.params());
            inScope(Context.LAMBDA, () -> load(l.body()));
        } else if (Children.isComprehension(e)) {
            comprehension(e, Children.generators(e), Children.results(e), e instanceof Expr.GeneratorExp);
        } else {
            return false;
        }
        return true;
    }

    /** {@code yield} makes its function a generator: not at module or class level, nor in a comprehension. */
    private void yieldExpression(Expr e) throws ProgramError {
        boolean from = e instanceof Expr.YieldFrom;
        if (scope == Context.MODULE || scope == Context.CLASS) {
            throw error(e, "'yield' outside function");
        }
        if (scope == Context.COMPREHENSION) {
            throw error(e, "'yield' inside " + comprehensionKind);
        }
        if (scope == Context.ASYNC_FUNCTION && from) {
            throw error(e, "'yield from' inside async function");
        }
        load(from ? ((Expr.YieldFrom) e).value() : ((Expr.Yield) e).value());
    }

    /** Whether {@code node} yields in its own scope (not in a nested function, lambda or class). */
    private static boolean yields(Node node) {
        if (node instanceof Expr.Yield || node instanceof Expr.YieldFrom) {
            return true;
        }
        if (node instanceof Stmt.FunctionDef || node instanceof Stmt.ClassDef || node instanceof Expr.Lambda) {
            return false;
        }
        return Children.of(node).stream().anyMatch(ContextChecker::yields);
    }

    private void checkRepeatedKeywords(List<Keyword> keywords) throws ProgramError {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).name();
            if (name == null) {
                continue;
            }
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (name.equals(other.name())) {
                    throw ProgramError.syntaxError(fileName, other.line(), other.col(),
                            "keyword argument repeated: " + name);
                }
            }
        }
    }

    /**
     * A comprehension runs in a scope of its own, except its first iterable. One that awaits is asynchronous, which
     * only an async function (or another comprehension) may hold; generator expressions may always await.
     */
    private void comprehension(Expr node, List<Comprehension> generators, List<Expr> results, boolean generator)
            throws ProgramError {
        boolean asyncClause = generators.stream().anyMatch(Comprehension::isAsync);
        if (!generator && (asyncClause || awaitsDirectly(generators, results))
                && scope != Context.ASYNC_FUNCTION && scope != Context.COMPREHENSION) {
            throw error(node, "asynchronous comprehension outside of an asynchronous function");
        }
        String savedKind = comprehensionKind;
        comprehensionKind = node instanceof Expr.ListComp ? "list comprehension"
                : node instanceof Expr.SetComp ? "set comprehension"
                : node instanceof Expr.DictComp ? "dict comprehension" : "generator expression";
        inScope(Context.COMPREHENSION, () -> {
            for (int i = 0; i < generators.size(); i++) {
                Comprehension g = generators.get(i);
                store(g.target());
                if (i > 0) {
                    load(g.iter());
                }
                loads(g.ifs());
            }
            loads(results);
        });
        comprehensionKind = savedKind;
        load(generators.get(0).iter());
    }

    /** Whether the comprehension's own scope contains an await (not counting nested functions or comprehensions). */
    private static boolean awaitsDirectly(List<Comprehension> generators, List<Expr> results) {
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0 && awaits(g.iter()) || awaits(g.target()) || g.ifs().stream().anyMatch(ContextChecker::awaits)) {
                return true;
            }
        }
        return results.stream().anyMatch(ContextChecker::awaits);
    }

    private static boolean awaits(Expr e) {
        if (e instanceof Expr.Await) {
            return true;
        }
        if (e instanceof Expr.Lambda || Children.isComprehension(e)) {
            return false;
        }
        return Children.of(e).stream().anyMatch(ContextChecker::awaits);
    }
}
