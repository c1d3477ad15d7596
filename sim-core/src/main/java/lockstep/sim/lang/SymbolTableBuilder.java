package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbol-table pass: one walk over a parsed module that both raises the errors CPython's symbol table reports
 * (bad {@code from __future__} imports, duplicate parameters, {@code global}/{@code nonlocal} declared too late or
 * for a parameter, {@code import *} in a function, {@code nonlocal} names with nothing to bind to) and records, for
 * every scope, which names it binds, loads and declares, from which it decides where each name lives.
 *
 * <p>Names are visited in the order the compiler evaluates them (a value before its targets), since the order of
 * first loads decides the order of cells. Annotations are checked but not evaluated: their names count as uses for
 * the errors only, and a lambda or comprehension in one gets a scope of its own that nothing compiles.
 */
final class SymbolTableBuilder {
    private static final Set<String> FUTURE_FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private final String fileName;
    /** The scopes that code will be compiled for, with the node that opens each, in the order they open. */
    private final List<Opened> opened = new ArrayList<>();
    private ScopeFacts scope;
    /** False inside an annotation, which is checked but never compiled. */
    private boolean evaluated = true;
    /** Above 0 while visiting a comprehension's iterable, where {@code :=} is an error. */
    private int inComprehensionIterable;

    private SymbolTableBuilder(String fileName) {
        this.fileName = fileName;
    }

    static SymbolTable build(String fileName, List<Stmt> module) throws ProgramError {
        SymbolTableBuilder builder = new SymbolTableBuilder(fileName);
        builder.checkFutureImports(module);
        ScopeFacts top = new ScopeFacts(Scope.Kind.MODULE, null, "<module>");
        builder.scope = top;
        builder.statements(module);
        top.checkNonlocals(fileName, null);
        top.resolve();
        Map<Object, Scope> scopes = new IdentityHashMap<>();
        for (Opened o : builder.opened) {
            scopes.put(o.node(), o.facts().freeze());
        }
        return new SymbolTable(top.freeze(), scopes);
    }

    private record Opened(Object node, ScopeFacts facts) {}

    private ProgramError error(int line, int col, String message) {
        return ProgramError.syntaxError(fileName, line, col, message);
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

    // ---- statements

    private void statements(List<Stmt> body) throws ProgramError {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) throws ProgramError {
        if (s instanceof Stmt.FunctionDef f) {
            defaults(f.params());
            scope.add(f.name(), ScopeFacts.LOCAL);
            ScopeFacts saved = enter(f, Scope.Kind.FUNCTION, f.name());
            parameters(f.params(), f.line(), f.col());
            statements(f.body());
            scope = saved;
        } else if (s instanceof Stmt.ClassDef c) {
            expressions(c.bases());
            expression(c.metaclass());
            scope.add(c.name(), ScopeFacts.LOCAL);
            ScopeFacts saved = enter(c, Scope.Kind.CLASS, c.name());
            statements(c.body());
            scope = saved;
        } else if (s instanceof Stmt.Decorated d) {
            expressions(d.decorators());
            statement(d.definition());
        } else if (s instanceof Stmt.Global g) {
            declare(s, g.names(), ScopeFacts.GLOBAL, "global");
        } else if (s instanceof Stmt.Nonlocal n) {
            declare(s, n.names(), ScopeFacts.NONLOCAL, "nonlocal");
        } else if (s instanceof Stmt.Assign a) {
            expression(a.value());
            for (Expr t : a.targets()) {
                target(t);
            }
        } else if (s instanceof Stmt.AugAssign a) {
            expression(a.value());
            if (a.target() instanceof Expr.Name n) {
                scope.loads.add(n.id());
            }
            target(a.target());
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.AsyncFor a) {
            statement(a.loop());
        } else if (s instanceof Stmt.For f) {
            expression(f.iter());
            target(f.target());
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
        } else if (s instanceof Stmt.TryStar t) {
            tryStatement(t.asTry());
        } else if (s instanceof Stmt.Try t) {
            tryStatement(t);
        } else if (s instanceof Stmt.Import i) {
            for (Alias a : i.names()) {
                scope.add(a.asName() != null ? a.asName() : a.name().split("\\.", 2)[0], ScopeFacts.IMPORTED);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                target(t);
            }
        } else {
            for (Node child : Children.of(s)) {
                if (child instanceof Stmt inner) {
                    statement(inner);
                } else {
                    expression((Expr) child);
                }
            }
        }
    }

    /** An annotation is checked, never evaluated; {@code x: int} without a value declares x without binding it. */
    private void annAssign(Stmt.AnnAssign a) throws ProgramError {
        if (a.target() instanceof Expr.Name n) {
            scope.add(n.id(), ScopeFacts.ANNOTATED);
        }
        unevaluated(a.annotation());
        if (a.value() != null) {
            expression(a.value());
            target(a.target());
        } else if (!(a.target() instanceof Expr.Name)) {
            unevaluated(a.target());
        }
    }

    private void tryStatement(Stmt.Try t) throws ProgramError {
        statements(t.body());
        for (ExceptHandler h : t.handlers()) {
            expression(h.type());
            if (h.name() != null) {
                scope.add(h.name(), ScopeFacts.LOCAL);
            }
            statements(h.body());
        }
        statements(t.orElse());
        statements(t.finalBody());
    }

    private void importFrom(Stmt.ImportFrom i) throws ProgramError {
        for (Alias a : i.names()) {
            if (a.name().equals("*")) {
                if (scope.kind != Scope.Kind.MODULE) {
                    throw error(i.line(), i.col(), "import * only allowed at module level");
                }
            } else {
                scope.add(a.asName() != null ? a.asName() : a.name(), ScopeFacts.IMPORTED);
            }
        }
    }

    /** {@code global x} / {@code nonlocal x} must come before any other use of x in the scope. */
    private void declare(Stmt s, List<String> names, int flag, String word) throws ProgramError {
        for (String id : names) {
            int cur = scope.flags(id);
            if ((cur & (ScopeFacts.PARAM | ScopeFacts.LOCAL | ScopeFacts.USE | ScopeFacts.ANNOTATED)) != 0) {
                String message;
                if ((cur & ScopeFacts.PARAM) != 0) {
                    message = "name '" + id + "' is parameter and " + word;
                } else if ((cur & ScopeFacts.USE) != 0) {
                    message = "name '" + id + "' is used prior to " + word + " declaration";
                } else if ((cur & ScopeFacts.ANNOTATED) != 0) {
                    message = "annotated name '" + id + "' can't be " + word;
                } else {
                    message = "name '" + id + "' is assigned to before " + word + " declaration";
                }
                throw error(s.line(), s.col(), message);
            }
            scope.add(id, flag);
            if (flag == ScopeFacts.NONLOCAL) {
                scope.nonlocalAt.putIfAbsent(id, s);
            }
        }
    }

    // ---- scopes and parameters

    /** Opens the scope of {@code node}; one inside an annotation is checked but kept by no one. */
    private ScopeFacts enter(Object node, Scope.Kind kind, String name) {
        ScopeFacts saved = scope;
        scope = new ScopeFacts(kind, evaluated ? saved : null, name);
        if (evaluated) {
            opened.add(new Opened(node, scope));
        }
        return saved;
    }

    private void defaults(Parameters params) throws ProgramError {
        for (Expr d : Children.defaults(params)) {
            expression(d);
        }
    }

    /**
     * Adds parameters to the (new) current scope. Duplicates are looked for in CPython's order (vararg and kwarg,
     * which have no position of their own, last); the slots follow the calling convention.
     */
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
        for (Parameters.Parameter p : params.positional()) {
            scope.parameters.add(p.name());
        }
        if (params.vararg() != null) {
            scope.parameters.add(params.vararg());
        }
        for (Parameters.Parameter p : params.keywordOnly()) {
            scope.parameters.add(p.name());
        }
        if (params.kwarg() != null) {
            scope.parameters.add(params.kwarg());
        }
    }

    private void parameter(String id, int line, int col) throws ProgramError {
        if ((scope.flags(id) & ScopeFacts.PARAM) != 0) {
            throw error(line, col, "duplicate argument '" + id + "' in function definition");
        }
        scope.add(id, ScopeFacts.PARAM);
    }

    // ---- expressions

    private void target(Expr e) throws ProgramError {
        if (e instanceof Expr.Name n) {
            scope.add(n.id(), ScopeFacts.LOCAL);
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

    private void unevaluated(Expr e) throws ProgramError {
        boolean saved = evaluated;
        evaluated = false;
        expression(e);
        evaluated = saved;
    }

    /**
     * Kept small, with the rarer nodes handled in {@link #scopedOrOrdered}: this recursion follows the deepest
     * expressions the parser allows and must fit small thread stacks.
     */
    private void expression(Expr e) throws ProgramError {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Name n) {
            scope.add(n.id(), ScopeFacts.USE);
            if (evaluated) {
                scope.loads.add(n.id());
            }
        } else if (!scopedOrOrdered(e)) {
            for (Expr child : Children.of(e)) {
                expression(child);
            }
        }
    }

    /** Visits a lambda, a comprehension, or a node whose names the compiler loads out of source order. */
    private boolean scopedOrOrdered(Expr e) throws ProgramError {
        if (e instanceof Expr.Lambda l) {
            defaults(l.params());
            ScopeFacts saved = enter(l, Scope.Kind.FUNCTION, "<lambda>");
            parameters(l.params(), l.line(), l.col());
            expression(l.body());
            scope = saved;
        } else if (Children.isComprehension(e)) {
            comprehension(e, Children.generators(e), Children.results(e));
        } else if (e instanceof Expr.IfExp i) {
            // In the order the compiler evaluates them, which the order of cells follows.
            expression(i.test());
            expression(i.body());
            expression(i.orElse());
        } else if (e instanceof Expr.DictExpr d) {
            for (Expr key : d.keys()) {
                expression(key);
            }
            expressions(d.values());
        } else if (e instanceof Expr.NamedExpr n) {
            expression(n.value());
            namedTarget(n);
        } else {
            return false;
        }
        return true;
    }

    /**
     * The target of {@code :=}. In a comprehension it binds in the first enclosing scope that is not one (CPython's
     * {@code symtable_extend_namedexpr_scope}): a function's local, which the comprehensions reach as a free
     * variable, or a global at module level; in a class body it is an error, as is rebinding an iteration variable.
     */
    private void namedTarget(Expr.NamedExpr n) throws ProgramError {
        String id = n.target().id();
        if (inComprehensionIterable > 0) {
            throw error(n.line(), n.col(), "assignment expression cannot be used in a comprehension iterable expression");
        }
        List<ScopeFacts> comprehensions = new ArrayList<>();
        ScopeFacts s = scope;
        while (s != null && isComprehension(s)) {
            if ((s.flags(id) & ScopeFacts.LOCAL) != 0) {
                throw error(n.line(), n.col(),
                        "assignment expression cannot rebind comprehension iteration variable '" + id + "'");
            }
            comprehensions.add(s);
            s = s.parent;
        }
        if (comprehensions.isEmpty() || s == null) {
            scope.add(id, ScopeFacts.LOCAL);
            return;
        }
        if (s.kind == Scope.Kind.CLASS) {
            throw error(n.line(), n.col(), "assignment expression within a comprehension cannot be used in a class body");
        }
        boolean global = s.kind == Scope.Kind.MODULE || (s.flags(id) & ScopeFacts.GLOBAL) != 0;
        for (ScopeFacts c : comprehensions) {
            c.add(id, global ? ScopeFacts.GLOBAL : ScopeFacts.NONLOCAL);
            if (!global) {
                c.nonlocalAt.putIfAbsent(id, new Stmt.Pass(n.line(), n.col()));
            }
        }
        if (s.kind != Scope.Kind.MODULE && (s.flags(id) & (ScopeFacts.GLOBAL | ScopeFacts.NONLOCAL)) == 0) {
            s.add(id, ScopeFacts.LOCAL);
        } else if (s.kind == Scope.Kind.MODULE) {
            s.add(id, ScopeFacts.LOCAL);
        }
    }

    private static boolean isComprehension(ScopeFacts s) {
        return s.kind == Scope.Kind.FUNCTION && (s.name.equals("<listcomp>") || s.name.equals("<setcomp>")
                || s.name.equals("<dictcomp>") || s.name.equals("<genexpr>"));
    }

    /** A comprehension is a function of its own; its first iterable is evaluated outside it, as in CPython. */
    private void comprehension(Expr node, List<Comprehension> generators, List<Expr> results) throws ProgramError {
        inComprehensionIterable++;
        expression(generators.get(0).iter());
        inComprehensionIterable--;
        ScopeFacts saved = enter(node, Scope.Kind.FUNCTION, comprehensionName(node));
        scope.parameters.add(".0");
        scope.add(".0", ScopeFacts.PARAM);
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                inComprehensionIterable++;
                expression(g.iter());
                inComprehensionIterable--;
            }
            target(g.target());
            expressions(g.ifs());
        }
        expressions(results);
        scope = saved;
    }

    /** The name CPython gives a comprehension's code. */
    static String comprehensionName(Expr node) {
        if (node instanceof Expr.ListComp) {
            return "<listcomp>";
        }
        if (node instanceof Expr.SetComp) {
            return "<setcomp>";
        }
        return node instanceof Expr.DictComp ? "<dictcomp>" : "<genexpr>";
    }
}
