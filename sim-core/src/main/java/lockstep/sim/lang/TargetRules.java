package lockstep.sim.lang;

/**
 * Which expressions may be assigned to or deleted, and the names CPython uses for the others in messages such as
 * "cannot assign to function call".
 */
final class TargetRules {
    private TargetRules() {}

    /** What the target is for: assignment and {@code with ... as}, {@code for} loops, or {@code del}. */
    enum Use { ASSIGN, FOR, DELETE }

    /**
     * The first part of {@code e} that cannot be a target, or null if {@code e} is a valid target (CPython's
     * {@code _PyPegen_get_invalid_target}).
     */
    static Expr invalidPart(Expr e, Use use) {
        if (e instanceof Expr.TupleExpr t) {
            return firstInvalid(t.elts(), use);
        }
        if (e instanceof Expr.ListExpr l) {
            return firstInvalid(l.elts(), use);
        }
        if (e instanceof Expr.Starred s) {
            return use == Use.DELETE ? e : invalidPart(s.value(), use);
        }
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        if (e instanceof Expr.Compare c && use == Use.FOR) {
            // "for a in b" read as an expression is a comparison; only its left side is the target.
            return c.ops().get(0) == CompareOperator.IN ? invalidPart(c.left(), use) : null;
        }
        return e;
    }

    private static Expr firstInvalid(java.util.List<Expr> elts, Use use) {
        for (Expr elt : elts) {
            Expr bad = invalidPart(elt, use);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** Whether {@code e} may be the target of an augmented or annotated assignment. */
    static boolean isSingleTarget(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
    }

    /** CPython's {@code _PyPegen_get_expr_name}. */
    static String describe(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.ListExpr) {
            return "list";
        } else if (e instanceof Expr.TupleExpr) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.DictExpr) {
            return "dict literal";
        } else if (e instanceof Expr.SetExpr) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Expr.NoneLiteral.NONE) {
                return "None";
            } else if (Boolean.TRUE.equals(v)) {
                return "True";
            } else if (Boolean.FALSE.equals(v)) {
                return "False";
            } else if (v == Expr.EllipsisLiteral.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        }
        return "expression";
    }
}
