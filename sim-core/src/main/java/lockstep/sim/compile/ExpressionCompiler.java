package lockstep.sim.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import lockstep.sim.lang.CompareOperator;
import lockstep.sim.lang.Expr;
import lockstep.sim.lang.Keyword;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Scope;
import lockstep.sim.lang.UnaryOperator;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;

/** Compiles expressions, handing lambdas and comprehensions, which are functions of their own, on. */
final class ExpressionCompiler extends CompilerPart {
    ExpressionCompiler(Compilation comp) {
        super(comp);
    }

    @Override
    void expr(Expr e) throws ProgramError {
        if (e instanceof Expr.Name n) {
            loadName(n.id());
        } else if (e instanceof Expr.Constant c) {
            loadConst(constant(c.value()));
        } else if (e instanceof Expr.BinOp bo) {
            expr(bo.left());
            expr(bo.right());
            b().emit(Opcode.BINARY_OP, bo.op().ordinal());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
            b().emit(u.op() == UnaryOperator.NOT ? Opcode.UNARY_NOT : u.op() == UnaryOperator.NEG
                    ? Opcode.UNARY_NEGATIVE : u.op() == UnaryOperator.POS ? Opcode.UNARY_POSITIVE : Opcode.UNARY_INVERT);
        } else if (e instanceof Expr.BoolOp bo) {
            int end = b().newLabel();
            for (int i = 0; i < bo.values().size(); i++) {
                expr(bo.values().get(i));
                if (i < bo.values().size() - 1) {
                    b().emitJump(bo.isAnd() ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP, end);
                }
            }
            b().place(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            b().emit(Opcode.LOAD_ATTR, b().name(a.attr()));
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            index(s.index());
            b().emit(Opcode.BINARY_SUBSCR);
        } else if (e instanceof Expr.Slice s) {
            slice(s);
        } else if (e instanceof Expr.TupleExpr t) {
            sequence(t.elts(), Opcode.BUILD_TUPLE);
        } else if (e instanceof Expr.ListExpr l) {
            sequence(l.elts(), Opcode.BUILD_LIST);
        } else if (e instanceof Expr.SetExpr s) {
            sequence(s.elts(), Opcode.BUILD_SET);
        } else if (e instanceof Expr.DictExpr d) {
            dict(d);
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Expr.IfExp i) {
            int orElse = b().newLabel();
            int end = b().newLabel();
            expr(i.test());
            b().emitJump(Opcode.POP_JUMP_IF_FALSE, orElse);
            expr(i.body());
            b().emitJump(Opcode.JUMP, end);
            b().place(orElse);
            expr(i.orElse());
            b().place(end);
        } else if (e instanceof Expr.Lambda l) {
            comp.functions.lambda(l);
        } else if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                || e instanceof Expr.GeneratorExp) {
            comp.functions.comprehension(e);
        } else if (e instanceof Expr.Starred s) {
            throw error(s.line(), s.col(), "SyntaxError: can't use starred expression here");
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            b().emit(Opcode.DUP_TOP);
            store(n.target());
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
            b().line = a.line();
            b().emit(Opcode.AWAIT);
            unit().awaits = true;
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) {
                expr(y.value());
            } else {
                loadConst(PyNone.NONE);
            }
            b().line = y.line();
            b().emit(Opcode.YIELD_VALUE);
            unit().yields = true;
        } else if (e instanceof Expr.YieldFrom y) {
            yieldFrom(y);
        } else {
            throw error(e.line(), e.col(), "unsupported expression");
        }
    }

    /** {@code yield from x}: CPython 3.11's loop of SEND and YIELD_VALUE until the sub-iterator returns. */
    private void yieldFrom(Expr.YieldFrom y) throws ProgramError {
        expr(y.value());
        b().line = y.line();
        b().emit(Opcode.GET_YIELD_FROM_ITER);
        loadConst(PyNone.NONE);
        int send = b().newLabel();
        int exit = b().newLabel();
        b().place(send);
        b().emitJump(Opcode.SEND, exit);
        b().emit(Opcode.YIELD_VALUE);
        b().emitJump(Opcode.JUMP, send);
        b().place(exit);
        unit().yields = true;
    }

    private static Object constant(Object v) {
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof BigInteger big) {
            return PyInt.of(big);
        }
        if (v instanceof Double d) {
            return new PyFloat(d);
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof Boolean bool) {
            return PyBool.of(bool);
        }
        return PyNone.NONE;
    }

    @Override
    void index(Expr index) throws ProgramError {
        if (index instanceof Expr.Slice s) {
            slice(s);
        } else {
            expr(index);
        }
    }

    private void slice(Expr.Slice s) throws ProgramError {
        optional(s.lower());
        optional(s.upper());
        if (s.step() != null) {
            expr(s.step());
            b().emit(Opcode.BUILD_SLICE, 3);
        } else {
            b().emit(Opcode.BUILD_SLICE, 2);
        }
    }

    private void optional(Expr e) throws ProgramError {
        if (e == null) {
            loadConst(PyNone.NONE);
        } else {
            expr(e);
        }
    }

    private void compare(Expr.Compare c) throws ProgramError {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        int cleanup = b().newLabel();
        int end = b().newLabel();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            b().emit(Opcode.DUP_TOP);
            b().emit(Opcode.ROT_THREE);
            compareOp(c.ops().get(i));
            b().emitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        compareOp(c.ops().get(n - 1));
        b().emitJump(Opcode.JUMP, end);
        b().place(cleanup);
        b().emit(Opcode.ROT_TWO);
        b().emit(Opcode.POP_TOP);
        b().place(end);
    }

    private void compareOp(CompareOperator op) {
        switch (op) {
            case IN -> b().emit(Opcode.CONTAINS_OP, 0);
            case NOT_IN -> b().emit(Opcode.CONTAINS_OP, 1);
            case IS -> b().emit(Opcode.IS_OP, 0);
            case IS_NOT -> b().emit(Opcode.IS_OP, 1);
            default -> b().emit(Opcode.COMPARE_OP, op.ordinal());
        }
    }

    private void call(Expr.Call c) throws ProgramError {
        int savedLine = b().line;
        b().line = c.line();
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && unit().scope.binding("super") == Scope.Binding.GLOBAL_IMPLICIT) {
            b().emit(Opcode.LOAD_SUPER);
            b().line = savedLine;
            return;
        }
        boolean starred = false;
        for (Expr a : c.args()) {
            starred |= a instanceof Expr.Starred;
        }
        for (Keyword k : c.keywords()) {
            starred |= k.name() == null;
        }
        if (starred) {
            expr(c.func());
            sequence(c.args(), Opcode.BUILD_TUPLE);
            int flags = 0;
            if (!c.keywords().isEmpty()) {
                b().emit(Opcode.BUILD_MAP, 0);
                for (Keyword k : c.keywords()) {
                    if (k.name() == null) {
                        expr(k.value());
                        b().emit(Opcode.DICT_MERGE, 1);
                    } else {
                        loadConst(PyStr.of(k.name()));
                        expr(k.value());
                        b().emit(Opcode.MAP_ADD, 1);
                    }
                }
                flags = 1;
            }
            b().line = c.line();
            b().emit(Opcode.CALL_EX, flags);
            b().line = savedLine;
            return;
        }
        boolean method = c.func() instanceof Expr.Attribute;
        if (method) {
            Expr.Attribute a = (Expr.Attribute) c.func();
            expr(a.value());
            b().emit(Opcode.LOAD_METHOD, b().name(a.attr()));
        } else {
            expr(c.func());
        }
        exprs(c.args());
        List<Object> kwNames = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (kwNames.contains(PyStr.of(k.name()))) {
                throw error(k.line(), k.col(), "SyntaxError: keyword argument repeated: " + k.name());
            }
            expr(k.value());
            kwNames.add(PyStr.of(k.name()));
        }
        b().line = c.line();
        if (!kwNames.isEmpty()) {
            b().emit(Opcode.KW_NAMES, b().constant(PyTuple.of(kwNames.toArray(new lockstep.sim.runtime.PyObject[0]))));
        }
        b().emit(Opcode.CALL, (c.args().size() + kwNames.size()) | (method ? Opcode.CALL_METHOD_FLAG : 0)
                | (comp.isLoopSource(c) ? Opcode.CALL_INTO_LOOP_FLAG : 0));
        b().line = savedLine;
    }

    /** A tuple, list or set display, with {@code *iterable} items unpacked. */
    private void sequence(List<Expr> elts, int buildOp) throws ProgramError {
        boolean starred = false;
        for (Expr e : elts) {
            starred |= e instanceof Expr.Starred;
        }
        if (!starred) {
            exprs(elts);
            b().emit(buildOp, elts.size());
            return;
        }
        boolean isSet = buildOp == Opcode.BUILD_SET;
        b().emit(isSet ? Opcode.BUILD_SET : Opcode.BUILD_LIST, 0);
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                expr(s.value());
                b().emit(isSet ? Opcode.SET_UPDATE : Opcode.LIST_EXTEND, 1);
            } else {
                expr(e);
                b().emit(isSet ? Opcode.SET_ADD : Opcode.LIST_APPEND, 1);
            }
        }
        if (buildOp == Opcode.BUILD_TUPLE) {
            b().emit(Opcode.LIST_TO_TUPLE);
        }
    }

    private void dict(Expr.DictExpr d) throws ProgramError {
        boolean unpacking = false;
        for (Expr key : d.keys()) {
            unpacking |= key == null;
        }
        if (!unpacking) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            b().emit(Opcode.BUILD_MAP, d.keys().size());
            return;
        }
        b().emit(Opcode.BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                b().emit(Opcode.DICT_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                b().emit(Opcode.MAP_ADD, 1);
            }
        }
    }

    private void joinedStr(Expr.JoinedStr j) throws ProgramError {
        for (Expr part : j.parts()) {
            expr(part);
        }
        if (j.parts().size() != 1 || !(j.parts().get(0) instanceof Expr.Constant)) {
            b().emit(Opcode.BUILD_STRING, j.parts().size());
        }
    }

    private void formattedValue(Expr.FormattedValue f) throws ProgramError {
        expr(f.value());
        int arg = f.conversion();
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            arg |= Opcode.FORMAT_WITH_SPEC;
        }
        b().emit(Opcode.FORMAT_VALUE, arg);
    }
}
