package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.List;

/** The direct sub-expressions of a node, in source order; nulls (absent parts) are left out. */
final class ExprChildren {
    private ExprChildren() {}

    static List<Expr> of(Expr e) {
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
        } else if (e instanceof Expr.ListComp c) {
            out.add(c.elt());
            generators(out, c.generators());
        } else if (e instanceof Expr.SetComp c) {
            out.add(c.elt());
            generators(out, c.generators());
        } else if (e instanceof Expr.GeneratorExp c) {
            out.add(c.elt());
            generators(out, c.generators());
        } else if (e instanceof Expr.DictComp c) {
            out.add(c.key());
            out.add(c.value());
            generators(out, c.generators());
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
        }
        return out;
    }

    static void defaults(List<Expr> out, Parameters params) {
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

    private static void add(List<Expr> out, Expr e) {
        if (e != null) {
            out.add(e);
        }
    }
}
