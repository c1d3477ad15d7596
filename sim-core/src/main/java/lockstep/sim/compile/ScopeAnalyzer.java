package lockstep.sim.compile;

import java.util.IdentityHashMap;
import java.util.List;
import lockstep.sim.lang.Comprehension;
import lockstep.sim.lang.ExceptHandler;
import lockstep.sim.lang.Expr;
import lockstep.sim.lang.Keyword;
import lockstep.sim.lang.Parameters;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Stmt;
import lockstep.sim.lang.WithItem;

/**
 * Walks a module once to build its {@link Scope}s: which names each scope binds, uses, and declares global or
 * nonlocal. Scopes are keyed by the node that opens them (function, lambda, class, comprehension).
 */
final class ScopeAnalyzer {
    private final String fileName;
    final IdentityHashMap<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;

    ScopeAnalyzer(String fileName) {
        this.fileName = fileName;
    }

    Scope analyzeModule(List<Stmt> body) throws ProgramError {
        Scope module = new Scope(Scope.Kind.MODULE, null, "<module>");
        current = module;
        statements(body);
        module.resolve();
        return module;
    }

    private void statements(List<Stmt> body) throws ProgramError {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void bind(String id) {
        current.bound.add(id);
    }

    private void statement(Stmt s) throws ProgramError {
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (Expr t : a.targets()) {
                target(t);
            }
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.value());
            if (a.target() instanceof Expr.Name n) {
                current.used.add(n.id());
            }
            target(a.target());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
                target(a.target());
            }
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                target(t);
            }
        } else if (s instanceof Stmt.Global g) {
            // The parser's scope check has already refused declarations that come too late.
            current.declaredGlobal.addAll(g.names());
        } else if (s instanceof Stmt.Nonlocal n) {
            current.declaredNonlocal.addAll(n.names());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            statements(i.body());
            statements(i.orElse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            statements(w.body());
            statements(w.orElse());
        } else if (s instanceof Stmt.For f) {
            expr(f.iter());
            target(f.target());
            statements(f.body());
            statements(f.orElse());
        } else if (s instanceof Stmt.FunctionDef f) {
            defaults(f.params());
            bind(f.name());
            function(f, f.name(), f.params(), f.body(), null);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Stmt.ClassDef c) {
            for (Expr b : c.bases()) {
                expr(b);
            }
            bind(c.name());
            Scope outer = current;
            Scope scope = new Scope(Scope.Kind.CLASS, outer, c.name());
            scopes.put(c, scope);
            current = scope;
            statements(c.body());
            current = outer;
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                expr(item.context());
                if (item.target() != null) {
                    target(item.target());
                }
            }
            statements(w.body());
        } else if (s instanceof Stmt.Try t) {
            statements(t.body());
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type());
                }
                if (h.name() != null) {
                    bind(h.name());
                }
                statements(h.body());
            }
            statements(t.orElse());
            statements(t.finalBody());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        } else if (s instanceof Stmt.Import im) {
            for (var alias : im.names()) {
                bind(alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            for (var alias : im.names()) {
                if (!alias.name().equals("*")) {
                    bind(alias.asName() != null ? alias.asName() : alias.name());
                }
            }
        } else if (s instanceof Stmt.Break b) {
        } else if (s instanceof Stmt.Continue c) {
        } else if (s instanceof Stmt.Pass p) {
        }
    }

    private void defaults(Parameters p) throws ProgramError {
        for (Parameters.Parameter param : p.positional()) {
            if (param.defaultValue() != null) {
                expr(param.defaultValue());
            }
        }
        for (Parameters.Parameter param : p.keywordOnly()) {
            if (param.defaultValue() != null) {
                expr(param.defaultValue());
            }
        }
    }

    private void function(Object node, String name, Parameters params, List<Stmt> body, Expr lambdaBody)
            throws ProgramError {
        Scope outer = current;
        Scope scope = new Scope(Scope.Kind.FUNCTION, outer, name);
        scopes.put(node, scope);
        current = scope;
        for (Parameters.Parameter p : params.positional()) {
            scope.parameters.add(p.name());
            bind(p.name());
        }
        if (params.vararg() != null) {
            scope.parameters.add(params.vararg());
            bind(params.vararg());
        }
        for (Parameters.Parameter p : params.keywordOnly()) {
            scope.parameters.add(p.name());
            bind(p.name());
        }
        if (params.kwarg() != null) {
            scope.parameters.add(params.kwarg());
            bind(params.kwarg());
        }
        if (body != null) {
            statements(body);
        } else {
            expr(lambdaBody);
        }
        current = outer;
    }

    private void target(Expr t) throws ProgramError {
        if (t instanceof Expr.Name n) {
            bind(n.id());
        } else if (t instanceof Expr.TupleExpr tu) {
            for (Expr e : tu.elts()) {
                target(e);
            }
        } else if (t instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) {
                target(e);
            }
        } else if (t instanceof Expr.Starred s) {
            target(s.value());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
        } else {
            expr(t);
        }
    }

    private void exprs(List<Expr> es) throws ProgramError {
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void expr(Expr e) throws ProgramError {
        if (e instanceof Expr.Name n) {
            current.used.add(n.id());
            if (n.id().equals("super")) {
                markSuper();
            }
        } else if (e instanceof Expr.Constant c) {
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.parts());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            if (f.formatSpec() != null) {
                expr(f.formatSpec());
            }
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                expr(s.lower());
            }
            if (s.upper() != null) {
                expr(s.upper());
            }
            if (s.step() != null) {
                expr(s.step());
            }
        } else if (e instanceof Expr.ListExpr l) {
            exprs(l.elts());
        } else if (e instanceof Expr.TupleExpr t) {
            exprs(t.elts());
        } else if (e instanceof Expr.SetExpr s) {
            exprs(s.elts());
        } else if (e instanceof Expr.DictExpr d) {
            exprs(d.keys());
            exprs(d.values());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, c.generators(), List.of(c.key(), c.value()));
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.params());
            function(l, "<lambda>", l.params(), null, l.body());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orElse());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
        }
    }

    /** {@code super()} in a method needs the class its function was defined in. */
    private void markSuper() {
        for (Scope s = current; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                s.usesSuper = true;
                return;
            }
        }
    }

    /** A comprehension is a function of its own; its first iterable is evaluated outside it, as in CPython. */
    private void comprehension(Object node, List<Comprehension> gens, List<Expr> elts) throws ProgramError {
        expr(gens.get(0).iter());
        Scope outer = current;
        Scope scope = new Scope(Scope.Kind.FUNCTION, outer, comprehensionName(node));
        scopes.put(node, scope);
        current = scope;
        scope.parameters.add(".0");
        bind(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            exprs(g.ifs());
        }
        exprs(elts);
        current = outer;
    }

    static String comprehensionName(Object node) {
        if (node instanceof Expr.ListComp) {
            return "<listcomp>";
        }
        if (node instanceof Expr.SetComp) {
            return "<setcomp>";
        }
        return node instanceof Expr.DictComp ? "<dictcomp>" : "<genexpr>";
    }
}
