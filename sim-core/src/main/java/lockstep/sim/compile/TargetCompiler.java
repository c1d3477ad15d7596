package lockstep.sim.compile;

import java.util.List;
import lockstep.sim.lang.Expr;
import lockstep.sim.lang.ProgramError;
import lockstep.sim.lang.Scope;

/** Compiles loads, stores and deletes of names (where the symbol table put them) and of assignment targets. */
final class TargetCompiler extends CompilerPart {
    TargetCompiler(Compilation comp) {
        super(comp);
    }

    @Override
    void loadName(String id) {
        Scope.Binding binding = unit().scope.binding(id);
        switch (binding) {
            case LOCAL -> b().emit(Opcode.LOAD_FAST, unit().local(id));
            case CELL, FREE -> b().emit(Opcode.LOAD_DEREF, unit().cellIndex.get(id));
            case NAME -> b().emit(Opcode.LOAD_NAME, b().name(id));
            default -> b().emit(Opcode.LOAD_GLOBAL, b().name(id));
        }
    }

    @Override
    void storeName(String id) {
        Scope.Binding binding = unit().scope.binding(id);
        if (unit().scope.kind() == Scope.Kind.CLASS && binding != Scope.Binding.GLOBAL_EXPLICIT) {
            b().emit(Opcode.STORE_NAME, b().name(id));
            return;
        }
        switch (binding) {
            case LOCAL -> b().emit(Opcode.STORE_FAST, unit().local(id));
            case CELL, FREE -> b().emit(Opcode.STORE_DEREF, unit().cellIndex.get(id));
            case NAME -> b().emit(Opcode.STORE_NAME, b().name(id));
            default -> b().emit(Opcode.STORE_GLOBAL, b().name(id));
        }
    }

    private void deleteName(String id) {
        Scope.Binding binding = unit().scope.binding(id);
        if (unit().scope.kind() == Scope.Kind.CLASS) {
            b().emit(Opcode.DELETE_NAME, b().name(id));
            return;
        }
        switch (binding) {
            case LOCAL -> b().emit(Opcode.DELETE_FAST, unit().local(id));
            default -> b().emit(Opcode.DELETE_GLOBAL, b().name(id));
        }
    }

    @Override
    void store(Expr t) throws ProgramError {
        if (t instanceof Expr.Name n) {
            storeName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            b().emit(Opcode.STORE_ATTR, b().name(a.attr()));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            index(s.index());
            b().emit(Opcode.STORE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr tu) {
            unpack(tu.elts(), t);
        } else if (t instanceof Expr.ListExpr l) {
            unpack(l.elts(), t);
        } else if (t instanceof Expr.Starred s) {
            throw error(s.line(), s.col(), "SyntaxError: starred assignment target must be in a list or tuple");
        } else {
            throw error(t.line(), t.col(), "SyntaxError: cannot assign to " + describe(t));
        }
    }

    private void unpack(List<Expr> elts, Expr where) throws ProgramError {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw error(where.line(), where.col(), "SyntaxError: multiple starred expressions in assignment");
                }
                star = i;
            }
        }
        if (star < 0) {
            b().emit(Opcode.UNPACK_SEQUENCE, elts.size());
        } else {
            b().emit(Opcode.UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        }
        for (Expr e : elts) {
            store(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    void delete(Expr t) throws ProgramError {
        if (t instanceof Expr.Name n) {
            deleteName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            b().emit(Opcode.DELETE_ATTR, b().name(a.attr()));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            index(s.index());
            b().emit(Opcode.DELETE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr tu) {
            for (Expr e : tu.elts()) {
                delete(e);
            }
        } else if (t instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) {
                delete(e);
            }
        } else {
            throw error(t.line(), t.col(), "SyntaxError: cannot delete " + describe(t));
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.Constant) {
            return "literal";
        }
        if (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        return "expression";
    }
}
