package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way tree walkers visit children: the direct children of a node, in source order, with absent parts (nulls)
 * left out. A walker handles the nodes it cares about and hands the rest to {@link #of(Node)}. Comprehensions give
 * their result first, as they are written; a walker that follows scopes handles them itself.
 */
public final class Children {
    private Children() {}

    /** The children of any node: sub-expressions, and for a statement also the statements of its bodies. */
    public static List<? extends Node> of(Node node) {
        return node instanceof Expr e ? of(e) : of((Stmt) node);
    }

    /** The direct sub-expressions of an expression (a lambda's parameter defaults, then its body). */
    public static List<Expr> of(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.JoinedStr j) {
            out.addAll(j.parts());
        } else if (e instanceof Expr.FormattedValue f) {
            add(out, f.value());
            add(out, f.formatSpec());
        } else if (e instanceof Expr.BinOp b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            out.add(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            out.addAll(b.values());
        } else if (e instanceof Expr.Compare c) {
            out.add(c.left());
            out.addAll(c.comparators());
        } else if (e instanceof Expr.Call c) {
            out.add(c.func());
            out.addAll(c.args());
            for (Keyword k : c.keywords()) {
                out.add(k.value());
            }
        } else if (e instanceof Expr.Attribute a) {
            out.add(a.value());
        } else if (e instanceof Expr.Subscript s) {
            out.add(s.value());
            out.add(s.index());
        } else if (e instanceof Expr.Slice s) {
            add(out, s.lower());
            add(out, s.upper());
            add(out, s.step());
        } else if (e instanceof Expr.ListExpr l) {
            out.addAll(l.elts());
        } else if (e instanceof Expr.TupleExpr t) {
            out.addAll(t.elts());
        } else if (e instanceof Expr.SetExpr s) {
            out.addAll(s.elts());
        } else if (e instanceof Expr.DictExpr d) {
            for (int i = 0; i < d.keys().size(); i++) {
                add(out, d.keys().get(i));
                out.add(d.values().get(i));
            }
        } else if (isComprehension(e)) {
            out.addAll(results(e));
            for (Comprehension g : generators(e)) {
                out.add(g.target());
                out.add(g.iter());
                out.addAll(g.ifs());
            }
        } else if (e instanceof Expr.Lambda l) {
            defaults(out, l.params());
            out.add(l.body());
        } else if (e instanceof Expr.IfExp i) {
            out.add(i.body());
            out.add(i.test());
            out.add(i.orElse());
        } else if (e instanceof Expr.Starred s) {
            out.add(s.value());
        } else if (e instanceof Expr.Await a) {
            out.add(a.value());
        } else if (e instanceof Expr.NamedExpr n) {
            out.add(n.value());
            out.add(n.target());
        } else if (e instanceof Expr.Yield y) {
            add(out, y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            out.add(y.value());
        }
        return out;
    }

    /** A list, set or dict comprehension or a generator expression: a scope of its own. */
    public static boolean isComprehension(Expr e) {
        return e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp
                || e instanceof Expr.DictComp;
    }

    /** The {@code for ... in ... if ...} clauses of a comprehension. */
    public static List<Comprehension> generators(Expr comprehension) {
        if (comprehension instanceof Expr.ListComp c) {
            return c.generators();
        }
        if (comprehension instanceof Expr.SetComp c) {
            return c.generators();
        }
        if (comprehension instanceof Expr.GeneratorExp c) {
            return c.generators();
        }
        return ((Expr.DictComp) comprehension).generators();
    }

    /** What a comprehension computes for each item: its element, or a dict comprehension's key and value. */
    public static List<Expr> results(Expr comprehension) {
        if (comprehension instanceof Expr.ListComp c) {
            return List.of(c.elt());
        }
        if (comprehension instanceof Expr.SetComp c) {
            return List.of(c.elt());
        }
        if (comprehension instanceof Expr.GeneratorExp c) {
            return List.of(c.elt());
        }
        Expr.DictComp d = (Expr.DictComp) comprehension;
        return List.of(d.key(), d.value());
    }

    /** The direct children of a statement: its expressions and the statements of its bodies. */
    public static List<Node> of(Stmt s) {
        List<Node> out = new ArrayList<>();
        if (s instanceof Stmt.ExprStmt e) {
            out.add(e.value());
        } else if (s instanceof Stmt.Assign a) {
            out.addAll(a.targets());
            out.add(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            out.add(a.target());
            out.add(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            out.add(a.target());
            out.add(a.annotation());
            add(out, a.value());
        } else if (s instanceof Stmt.Delete d) {
            out.addAll(d.targets());
        } else if (s instanceof Stmt.If i) {
            out.add(i.test());
            out.addAll(i.body());
            out.addAll(i.orElse());
        } else if (s instanceof Stmt.While w) {
            out.add(w.test());
            out.addAll(w.body());
            out.addAll(w.orElse());
        } else if (s instanceof Stmt.AsyncFor a) {
            out.add(a.loop());
        } else if (s instanceof Stmt.For f) {
            out.add(f.target());
            out.add(f.iter());
            out.addAll(f.body());
            out.addAll(f.orElse());
        } else if (s instanceof Stmt.FunctionDef f) {
            defaults(out, f.params());
            out.addAll(f.body());
        } else if (s instanceof Stmt.ClassDef c) {
            out.addAll(c.bases());
            add(out, c.metaclass());
            out.addAll(c.body());
        } else if (s instanceof Stmt.Decorated d) {
            out.addAll(d.decorators());
            out.add(d.definition());
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                out.add(item.context());
                add(out, item.target());
            }
            out.addAll(w.body());
        } else if (s instanceof Stmt.TryStar t) {
            return of(t.asTry());
        } else if (s instanceof Stmt.Try t) {
            out.addAll(t.body());
            for (ExceptHandler h : t.handlers()) {
                add(out, h.type());
                out.addAll(h.body());
            }
            out.addAll(t.orElse());
            out.addAll(t.finalBody());
        } else if (s instanceof Stmt.Return r) {
            add(out, r.value());
        } else if (s instanceof Stmt.Raise r) {
            add(out, r.exc());
            add(out, r.cause());
        } else if (s instanceof Stmt.Assert a) {
            out.add(a.test());
            add(out, a.msg());
        }
        return out;
    }

    /** The default values of a def's or lambda's parameters: positional ones, then keyword-only ones. */
    public static List<Expr> defaults(Parameters params) {
        List<Expr> out = new ArrayList<>();
        defaults(out, params);
        return out;
    }

    private static void defaults(List<? super Expr> out, Parameters params) {
        for (Parameters.Parameter p : params.positional()) {
            add(out, p.defaultValue());
        }
        for (Parameters.Parameter p : params.keywordOnly()) {
            add(out, p.defaultValue());
        }
    }

    private static void generators(List<Expr> out, List<Comprehension> generators) {
        for (Comprehension g : generators) {
            out.add(g.target());
            out.add(g.iter());
            out.addAll(g.ifs());
        }
    }

    private static <T extends Node> void add(List<? super T> out, T e) {
        if (e != null) {
            out.add(e);
        }
    }
}
