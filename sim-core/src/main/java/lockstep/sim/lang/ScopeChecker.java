package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors CPython's symbol table reports after a successful parse: bad {@code from __future__} imports,
 * duplicate parameters, {@code global}/{@code nonlocal} declared too late or for a parameter, {@code import *} in a
 * function, and {@code nonlocal} names with nothing to bind to. Scopes are visited in source order, so the first
 * error found is the one CPython reports.
 */
final class ScopeChecker {
    private static final int PARAM = 1;
    private static final int LOCAL = 2;
    private static final int USE = 4;
    private static final int GLOBAL = 8;
    private static final int NONLOCAL = 16;
    private static final int ANNOTATED = 32;
    private static final int IMPORTED = 64;

    private static final Set<String> FUTURE_FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private enum Kind { MODULE, FUNCTION, CLASS }

    /** One scope's names with their flags, in first-seen order, and where each nonlocal was first declared. */
    private static final class Scope {
        final Kind kind;
        final Map<String, Integer> flags = new LinkedHashMap<>();
        final Map<String, Stmt> nonlocalAt = new LinkedHashMap<>();
        final List<Scope> children = new ArrayList<>();

        Scope(Kind kind) {
            this.kind = kind;
        }

        int flags(String name) {
            return flags.getOrDefault(name, 0);
        }

        void add(String name, int flag) {
            flags.merge(name, flag, (a, b) -> a | b);
        }
    }

    private final String fileName;
    private Scope scope;

    ScopeChecker(String fileName) {
        this.fileName = fileName;
    }

    void check(List<Stmt> module) throws ProgramError {
        checkFutureImports(module);
        Scope top = new Scope(Kind.MODULE);
        scope = top;
        statements(module);
        resolveNonlocals(top, null);
    }

    private ProgramError error(int line, int col, String message) {
        return new ProgramError(fileName, line, col, "SyntaxError: " + message);
    }

    /** The leading {@code from __future__} imports (after an optional docstring) must name real features. */
    private void checkFutureImports(List<Stmt> module) throws ProgramError {
        int i = isDocstring(module) ? 1 : 0;
        for (; i < module.size(); i++) {
            if (!(module.get(i) instanceof Stmt.ImportFrom f) || !f.module().equals("__future__")) {
                return;
            }
            for (Alias a : f.names()) {
                if (a.name().equals("braces")) {
                    throw error(f.line(), f.col(), "not a chance");
                }
                if (!FUTURE_FEATURES.contains(a.name())) {
                    throw error(f.line(), f.col(), "future feature " + a.name() + " is not defined");
                }
            }
        }
    }

    static boolean isDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String;
    }

    // ---- visiting ----

    private void statements(List<Stmt> body) throws ProgramError {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) throws ProgramError {
        if (s instanceof Stmt.FunctionDef f) {
            scope.add(f.name(), LOCAL);
            defaults(f.params());
            Scope saved = enter(Kind.FUNCTION);
            parameters(f.params(), f.line(), f.col());
            statements(f.body());
            scope = saved;
        } else if (s instanceof Stmt.ClassDef c) {
            scope.add(c.name(), LOCAL);
            expressions(c.bases());
            Scope saved = enter(Kind.CLASS);
            statements(c.body());
            scope = saved;
        } else if (s instanceof Stmt.Global g) {
            declare(s, g.names(), GLOBAL, "global");
        } else if (s instanceof Stmt.Nonlocal n) {
            declare(s, n.names(), NONLOCAL, "nonlocal");
        } else if (s instanceof Stmt.ExprStmt e) {
            expression(e.value());
        } else if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                target(t);
            }
            expression(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            target(a.target());
            expression(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name n) {
                scope.add(n.id(), a.value() != null ? ANNOTATED | LOCAL : ANNOTATED);
            } else {
                target(a.target());
            }
            expression(a.annotation());
            expression(a.value());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                target(t);
            }
        } else if (s instanceof Stmt.If i) {
            expression(i.test());
            statements(i.body());
            statements(i.orElse());
        } else if (s instanceof Stmt.While w) {
            expression(w.test());
            statements(w.body());
            statements(w.orElse());
        } else if (s instanceof Stmt.For f) {
            target(f.target());
            expression(f.iter());
            statements(f.body());
            statements(f.orElse());
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                expression(item.context());
                if (item.target() != null) {
                    target(item.target());
                }
            }
            statements(w.body());
        } else if (s instanceof Stmt.Try t) {
            statements(t.body());
            for (ExceptHandler h : t.handlers()) {
                expression(h.type());
                if (h.name() != null) {
                    scope.add(h.name(), LOCAL);
                }
                statements(h.body());
            }
            statements(t.orElse());
            statements(t.finalBody());
        } else if (s instanceof Stmt.Return r) {
            expression(r.value());
        } else if (s instanceof Stmt.Raise r) {
            expression(r.exc());
            expression(r.cause());
        } else if (s instanceof Stmt.Assert a) {
            expression(a.test());
            expression(a.msg());
        } else if (s instanceof Stmt.Import i) {
            for (Alias a : i.names()) {
                String bound = a.asName() != null ? a.asName() : a.name().split("\\.", 2)[0];
                scope.add(bound, IMPORTED);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Alias a : i.names()) {
                if (a.name().equals("*")) {
                    if (scope.kind != Kind.MODULE) {
                        throw error(s.line(), s.col(), "import * only allowed at module level");
                    }
                } else {
                    scope.add(a.asName() != null ? a.asName() : a.name(), IMPORTED);
                }
            }
        }
    }

    /** {@code global x} / {@code nonlocal x} must come before any other use of x in the scope. */
    private void declare(Stmt s, List<String> names, int flag, String word) throws ProgramError {
        for (String name : names) {
            int cur = scope.flags(name);
            if ((cur & (PARAM | LOCAL | USE | ANNOTATED)) != 0) {
                String message;
                if ((cur & PARAM) != 0) {
                    message = "name '" + name + "' is parameter and " + word;
                } else if ((cur & USE) != 0) {
                    message = "name '" + name + "' is used prior to " + word + " declaration";
                } else if ((cur & ANNOTATED) != 0) {
                    message = "annotated name '" + name + "' can't be " + word;
                } else {
                    message = "name '" + name + "' is assigned to before " + word + " declaration";
                }
                throw error(s.line(), s.col(), message);
            }
            scope.add(name, flag);
            if (flag == NONLOCAL) {
                scope.nonlocalAt.putIfAbsent(name, s);
            }
        }
    }

    private Scope enter(Kind kind) {
        Scope saved = scope;
        Scope child = new Scope(kind);
        saved.children.add(child);
        scope = child;
        return saved;
    }

    private void defaults(Parameters params) throws ProgramError {
        for (Parameters.Parameter p : params.positional()) {
            expression(p.defaultValue());
        }
        for (Parameters.Parameter p : params.keywordOnly()) {
            expression(p.defaultValue());
        }
    }

    /** Adds parameters to the (new) current scope; vararg and kwarg have no position of their own. */
    private void parameters(Parameters params, int line, int col) throws ProgramError {
        for (Parameters.Parameter p : params.positional()) {
            parameter(p.name(), p.line(), p.col());
        }
        for (Parameters.Parameter p : params.keywordOnly()) {
            parameter(p.name(), p.line(), p.col());
        }
        if (params.vararg() != null) {
            parameter(params.vararg(), line, col);
        }
        if (params.kwarg() != null) {
            parameter(params.kwarg(), line, col);
        }
    }

    private void parameter(String name, int line, int col) throws ProgramError {
        if ((scope.flags(name) & PARAM) != 0) {
            throw error(line, col, "duplicate argument '" + name + "' in function definition");
        }
        scope.add(name, PARAM);
    }

    private void target(Expr e) throws ProgramError {
        if (e instanceof Expr.Name n) {
            scope.add(n.id(), LOCAL);
        } else if (e instanceof Expr.TupleExpr t) {
            for (Expr elt : t.elts()) {
                target(elt);
            }
        } else if (e instanceof Expr.ListExpr l) {
            for (Expr elt : l.elts()) {
                target(elt);
            }
        } else if (e instanceof Expr.Starred s) {
            target(s.value());
        } else {
            expression(e);
        }
    }

    private void expressions(List<Expr> es) throws ProgramError {
        for (Expr e : es) {
            expression(e);
        }
    }

    private void expression(Expr e) throws ProgramError {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Name n) {
            scope.add(n.id(), USE);
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.params());
            Scope saved = enter(Kind.FUNCTION);
            parameters(l.params(), l.line(), l.col());
            expression(l.body());
            scope = saved;
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c.generators(), List.of(c.elt()));
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c.generators(), List.of(c.key(), c.value()));
        } else {
            for (Expr child : ExprChildren.of(e)) {
                expression(child);
            }
        }
    }

    /** The first iterable belongs to the enclosing scope; the rest is a scope of its own. */
    private void comprehension(List<Comprehension> generators, List<Expr> results) throws ProgramError {
        expression(generators.get(0).iter());
        Scope saved = enter(Kind.FUNCTION);
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            target(g.target());
            if (i > 0) {
                expression(g.iter());
            }
            expressions(g.ifs());
        }
        expressions(results);
        scope = saved;
    }

    // ---- nonlocal resolution ----

    /**
     * A nonlocal name must be bound in an enclosing function scope. {@code bound} holds the names bound by the
     * enclosing functions (null at module level).
     */
    private void resolveNonlocals(Scope s, Set<String> bound) throws ProgramError {
        for (Map.Entry<String, Stmt> entry : s.nonlocalAt.entrySet()) {
            String name = entry.getKey();
            Stmt at = entry.getValue();
            if ((s.flags(name) & GLOBAL) != 0) {
                throw error(at.line(), at.col(), "name '" + name + "' is nonlocal and global");
            }
            if (bound == null) {
                throw error(at.line(), at.col(), "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw error(at.line(), at.col(), "no binding for nonlocal '" + name + "' found");
            }
        }
        Set<String> inner = new HashSet<>();
        if (bound != null) {
            inner.addAll(bound);
        }
        if (s.kind == Kind.FUNCTION) {
            for (Map.Entry<String, Integer> entry : s.flags.entrySet()) {
                int f = entry.getValue();
                if ((f & GLOBAL) != 0) {
                    inner.remove(entry.getKey());
                } else if ((f & (PARAM | LOCAL | IMPORTED)) != 0 && (f & NONLOCAL) == 0) {
                    inner.add(entry.getKey());
                }
            }
        }
        for (Scope child : s.children) {
            resolveNonlocals(child, inner);
        }
    }
}
