package lockstep.sim.library;

import java.util.Map;
import lockstep.sim.lang.BinaryOperator;
import lockstep.sim.runtime.Arith;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;

/**
 * The {@code operator} module: the operators as functions (each one native call, as CPython's C functions are),
 * and the callables {@code itemgetter}, {@code attrgetter} and {@code methodcaller} ({@link OperatorCallables}).
 */
final class OperatorModule {
    private OperatorModule() {}

    static void install(Map<String, PyObject> d) {
        binary(d, "add", BinaryOperator.ADD);
        binary(d, "sub", BinaryOperator.SUB);
        binary(d, "mul", BinaryOperator.MUL);
        binary(d, "truediv", BinaryOperator.DIV);
        binary(d, "floordiv", BinaryOperator.FLOOR_DIV);
        binary(d, "mod", BinaryOperator.MOD);
        binary(d, "pow", BinaryOperator.POW);
        binary(d, "lshift", BinaryOperator.LSHIFT);
        binary(d, "rshift", BinaryOperator.RSHIFT);
        binary(d, "and_", BinaryOperator.BIT_AND);
        binary(d, "or_", BinaryOperator.BIT_OR);
        binary(d, "xor", BinaryOperator.BIT_XOR);
        binary(d, "concat", BinaryOperator.ADD);
        inPlace(d);
        comparisons(d);
        unary(d);
        OperatorCallables.install(d);
        d.put("inv", d.get("invert"));
        // The dunder aliases CPython's operator module defines for its functions.
        for (String name : new String[] {"lt", "le", "eq", "ne", "ge", "gt", "not_", "abs", "add", "and_",
                "floordiv", "index", "inv", "invert", "lshift", "mod", "mul", "neg", "or_", "pos", "pow", "rshift",
                "sub", "truediv", "xor", "concat", "contains", "delitem", "getitem", "setitem", "iadd", "iand",
                "iconcat", "ifloordiv", "ilshift", "imod", "imul", "ior", "ipow", "irshift", "isub", "itruediv",
                "ixor"}) {
            d.put("__" + (name.endsWith("_") ? name.substring(0, name.length() - 1) : name) + "__", d.get(name));
        }
    }

    /** iadd, isub, ...: {@code a op= b}, which changes a mutable a in place and returns it. */
    private static void inPlace(Map<String, PyObject> d) {
        String[] names = {"iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift",
            "iand", "ior", "ixor", "iconcat"};
        BinaryOperator[] ops = {BinaryOperator.ADD, BinaryOperator.SUB, BinaryOperator.MUL, BinaryOperator.DIV,
            BinaryOperator.FLOOR_DIV, BinaryOperator.MOD, BinaryOperator.POW, BinaryOperator.LSHIFT,
            BinaryOperator.RSHIFT, BinaryOperator.BIT_AND, BinaryOperator.BIT_OR, BinaryOperator.BIT_XOR,
            BinaryOperator.ADD};
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            BinaryOperator op = ops[i];
            Natives.function(d, name, (ctx, a, kw) -> {
                Args.noKeywords(name, kw);
                Args.count(name, a, 2, 2);
                return Arith.inPlace(ctx, op, a[0], a[1]);
            });
        }
    }

    private static void binary(Map<String, PyObject> d, String name, BinaryOperator op) {
        Natives.function(d, name, (ctx, a, kw) -> {
            Args.noKeywords(name, kw);
            Args.count(name, a, 2, 2);
            return Arith.binary(ctx, op, a[0], a[1]);
        });
    }

    private static void comparisons(Map<String, PyObject> d) {
        for (String op : new String[] {"<", "<=", ">", ">="}) {
            String name = switch (op) {
                case "<" -> "lt";
                case "<=" -> "le";
                case ">" -> "gt";
                default -> "ge";
            };
            Natives.function(d, name, (ctx, a, kw) -> {
                Args.count(name, a, 2, 2);
                return PyBool.of(Ops.compare(ctx, a[0], a[1], op));
            });
        }
        Natives.function(d, "eq", (ctx, a, kw) -> {
            Args.count("eq", a, 2, 2);
            return PyBool.of(Ops.eq(ctx, a[0], a[1]));
        });
        Natives.function(d, "ne", (ctx, a, kw) -> {
            Args.count("ne", a, 2, 2);
            return PyBool.of(!Ops.eq(ctx, a[0], a[1]));
        });
        Natives.function(d, "is_", (ctx, a, kw) -> {
            Args.count("is_", a, 2, 2);
            return PyBool.of(a[0] == a[1] || (a[0] instanceof PyInt x && a[1] instanceof PyInt y
                    && !(x instanceof PyBool) && !(y instanceof PyBool) && x.equals(y) && x.big == null
                    && x.value >= -5 && x.value <= 256));
        });
        Natives.function(d, "is_not", (ctx, a, kw) -> {
            Args.count("is_not", a, 2, 2);
            return PyBool.of(a[0] != a[1]);
        });
        Natives.function(d, "contains", (ctx, a, kw) -> {
            Args.count("contains", a, 2, 2);
            return PyBool.of(Items.contains(ctx, a[0], a[1]));
        });
        Natives.function(d, "indexOf", (ctx, a, kw) -> {
            Args.count("indexOf", a, 2, 2);
            long i = 0;
            for (PyObject x : Items.toList(ctx, a[0])) {
                if (x == a[1] || Ops.eq(ctx, x, a[1])) {
                    return PyInt.of(i);
                }
                i++;
            }
            throw lockstep.sim.runtime.Errors.valueError("sequence.index(x): x not in sequence");
        });
        Natives.function(d, "length_hint", (ctx, a, kw) -> {
            Args.count("length_hint", a, 1, 2);
            try {
                return PyInt.of(Items.len(ctx, a[0]));
            } catch (lockstep.sim.runtime.PyRaise e) {
                return a.length > 1 ? a[1] : PyInt.ZERO;
            }
        });
        Natives.function(d, "call", (ctx, a, kw) -> {
            if (a.length == 0) {
                throw lockstep.sim.runtime.Errors.typeError("call() missing 1 required positional argument: 'obj'");
            }
            return ctx.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        });
        Natives.function(d, "countOf", (ctx, a, kw) -> {
            Args.count("countOf", a, 2, 2);
            long n = 0;
            for (PyObject x : Items.toList(ctx, a[0])) {
                if (x == a[1] || Ops.eq(ctx, x, a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
    }

    private static void unary(Map<String, PyObject> d) {
        Natives.function(d, "neg", (ctx, a, kw) -> {
            Args.count("neg", a, 1, 1);
            return Arith.negate(ctx, a[0]);
        });
        Natives.function(d, "pos", (ctx, a, kw) -> {
            Args.count("pos", a, 1, 1);
            return Arith.positive(ctx, a[0]);
        });
        Natives.function(d, "invert", (ctx, a, kw) -> {
            Args.count("invert", a, 1, 1);
            return Arith.invert(ctx, a[0]);
        });
        Natives.function(d, "not_", (ctx, a, kw) -> {
            Args.count("not_", a, 1, 1);
            return PyBool.of(!Ops.truthy(ctx, a[0]));
        });
        Natives.function(d, "truth", (ctx, a, kw) -> {
            Args.count("truth", a, 1, 1);
            return PyBool.of(Ops.truthy(ctx, a[0]));
        });
        Natives.function(d, "abs", (ctx, a, kw) -> ctx.call(lockstep.sim.library.Builtins.get("abs"), a));
        Natives.function(d, "index", (ctx, a, kw) -> {
            Args.count("index", a, 1, 1);
            return PyInt.of(Items.index(a[0], "'" + a[0].type().name
                    + "' object cannot be interpreted as an integer"));
        });
        Natives.function(d, "getitem", (ctx, a, kw) -> {
            Args.count("getitem", a, 2, 2);
            return Items.getItem(ctx, a[0], a[1]);
        });
        Natives.function(d, "setitem", (ctx, a, kw) -> {
            Args.count("setitem", a, 3, 3);
            Items.setItem(ctx, a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        Natives.function(d, "delitem", (ctx, a, kw) -> {
            Args.count("delitem", a, 2, 2);
            Items.delItem(ctx, a[0], a[1]);
            return PyNone.NONE;
        });
    }
}
