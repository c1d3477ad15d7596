package lockstep.sim.compile;

import java.util.List;
import lockstep.sim.lang.Expr;
import lockstep.sim.lang.Stmt;

/**
 * The {@code __annotations__} of a class body, which {@code dataclasses} reads its fields from. As CPython, a body
 * with an annotated name gets the dict first, and each {@code name: annotation} adds its annotation after the value
 * is stored. Only annotations built from names, attributes, subscripts and constants are evaluated (the symbol table
 * leaves annotations unanalysed); any other annotation is recorded as None.
 */
final class ClassAnnotations {
    private ClassAnnotations() {}

    /** Whether a class body annotates a simple name anywhere outside nested functions and classes. */
    static boolean present(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name) {
                return true;
            }
            boolean nested = s instanceof Stmt.If i && (present(i.body()) || present(i.orElse()))
                    || s instanceof Stmt.For f && (present(f.body()) || present(f.orElse()))
                    || s instanceof Stmt.While w && (present(w.body()) || present(w.orElse()))
                    || s instanceof Stmt.With w && present(w.body())
                    || s instanceof Stmt.Try t && (present(t.body()) || present(t.orElse()) || present(t.finalBody())
                            || t.handlers().stream().anyMatch(h -> present(h.body())));
            if (nested) {
                return true;
            }
        }
        return false;
    }

    /** Whether evaluating this annotation needs no scope analysis: names, attributes, subscripts and constants. */
    static boolean evaluable(Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Constant) {
            return true;
        }
        if (e instanceof Expr.Attribute a) {
            return evaluable(a.value());
        }
        if (e instanceof Expr.Subscript s) {
            return evaluable(s.value()) && evaluable(s.index());
        }
        if (e instanceof Expr.TupleExpr t) {
            return t.elts().stream().allMatch(ClassAnnotations::evaluable);
        }
        return false;
    }
}
