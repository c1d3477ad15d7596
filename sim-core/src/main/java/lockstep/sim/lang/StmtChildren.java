package lockstep.sim.lang;

import java.util.ArrayList;
import java.util.List;

/** The direct children of a statement (expressions and statements), in source order. */
final class StmtChildren {
    private StmtChildren() {}

    static List<Object> of(Stmt s) {
        List<Object> out = new ArrayList<>();
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
        } else if (s instanceof Stmt.For f) {
            out.add(f.target());
            out.add(f.iter());
            out.addAll(f.body());
            out.addAll(f.orElse());
        } else if (s instanceof Stmt.FunctionDef f) {
            List<Expr> defaults = new ArrayList<>();
            ExprChildren.defaults(defaults, f.params());
            out.addAll(defaults);
            out.addAll(f.body());
        } else if (s instanceof Stmt.ClassDef c) {
            out.addAll(c.bases());
            out.addAll(c.body());
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                out.add(item.context());
                add(out, item.target());
            }
            out.addAll(w.body());
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

    private static void add(List<Object> out, Object o) {
        if (o != null) {
            out.add(o);
        }
    }
}
