package lockstep.sim.library;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.DictView;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRange;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.PySlice;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.Types;
import lockstep.sim.runtime.format.IntFormat;

/** What calling a built-in type does: {@code int('42')}, {@code list(xs)}, {@code range(10)}, ... */
final class Constructors {
    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*(?:[eE][+-]?\\d(?:_?\\d)*)?|\\d(?:_?\\d)*\\.)");
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[+-]?(?i:inf|infinity|nan)");

    private Constructors() {}

    static void install() {
        Types.INT.setConstructor((ctx, t, a, kw) -> makeInt(ctx, a, kw));
        Types.BOOL.setConstructor((ctx, t, a, kw) -> {
            Args.noKeywords("bool", kw);
            Args.count("bool", a, 0, 1);
            return PyBool.of(a.length == 1 && Ops.truthy(ctx, a[0]));
        });
        Types.FLOAT.setConstructor((ctx, t, a, kw) -> makeFloat(a, kw));
        Types.STR.setConstructor((ctx, t, a, kw) -> {
            Args.count("str", a, 0, 1);
            return a.length == 0 ? PyStr.EMPTY : PyStr.of(Ops.str(ctx, a[0]));
        });
        Types.LIST.setConstructor((ctx, t, a, kw) -> {
            Args.noKeywords("list", kw);
            Args.count("list", a, 0, 1);
            if (a.length == 1 && t == Types.LIST && ProgramIteration.runsProgramCode(a[0])) {
                return ProgramIteration.helper("to_list", a[0]);
            }
            return a.length == 0 ? new PyList() : new PyList(new ArrayList<>(Items.toList(ctx, a[0])), true);
        });
        Types.TUPLE.setConstructor((ctx, t, a, kw) -> {
            Args.noKeywords("tuple", kw);
            Args.count("tuple", a, 0, 1);
            if (a.length == 1 && t == Types.TUPLE && ProgramIteration.runsProgramCode(a[0])) {
                return ProgramIteration.helper("to_tuple", a[0]);
            }
            return a.length == 0 ? PyTuple.EMPTY : PyTuple.of(Items.toList(ctx, a[0]));
        });
        Types.SET.setConstructor((ctx, t, a, kw) -> makeSet(ctx, a, kw, false));
        Types.FROZENSET.setConstructor((ctx, t, a, kw) -> makeSet(ctx, a, kw, true));
        Types.DICT.setConstructor((ctx, t, a, kw) -> {
            Args.count("dict", a, 0, 1);
            if (a.length == 1 && t == Types.DICT && ProgramIteration.runsProgramCode(a[0])) {
                return ProgramIteration.helper("to_dict", a[0], kw == null ? new PyDict() : kw);
            }
            PyDict d = new PyDict();
            if (a.length == 1) {
                update(ctx, d, a[0]);
            }
            if (kw != null) {
                d.map.putAll(kw.map);
            }
            return d;
        });
        Types.TYPE.setConstructor((ctx, t, a, kw) -> {
            if (a.length == 1) {
                return a[0].type();
            }
            return lockstep.sim.runtime.TypeFactory.fromArguments(ctx, Types.TYPE, a, 0);
        });
        Types.OBJECT.setConstructor((ctx, t, a, kw) -> new PyInstance(t));
        Types.RANGE.setConstructor((ctx, t, a, kw) -> makeRange(a, kw));
        Types.SLICE.setConstructor((ctx, t, a, kw) -> {
            Args.count("slice", a, 1, 3);
            if (a.length == 1) {
                return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
            }
            return new PySlice(a[0], a[1], a.length == 3 ? a[2] : PyNone.NONE);
        });
        Types.SUPER.setConstructor((ctx, t, a, kw) -> Builtins.explicitSuper(a));
        Natives.method(Types.BASE_EXCEPTION, "__init__", Builtins::exceptionInit);
        Natives.method(Types.OBJECT, "__init__", (ctx, a, kw) -> {
            if (a.length > 1 || (kw != null && !kw.map.isEmpty())) {
                throw Errors.typeError(a[0].type().name + "() takes no arguments");
            }
            return PyNone.NONE;
        });
        installLazyIterators();
        IteratorObjects.REVERSED.setConstructor((ctx, t, a, kw) -> {
            Args.count("reversed", a, 1, 1);
            PyObject o = a[0];
            if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyRange
                    || o instanceof PyDict || o instanceof DictView) {
                return new IteratorObjects.Reversed(Items.toList(ctx, o));
            }
            PyObject method = o.type().lookup("__reversed__");
            if (method != null) {
                return ctx.call(method, o);
            }
            throw Errors.typeError("'" + o.type().name + "' object is not reversible");
        });
    }

    /**
     * enumerate, zip, map and filter; over an iterator that runs program code, an object of the same type whose items
     * an {@code _iterate} generator computes on the thread's frames.
     */
    private static void installLazyIterators() {
        IteratorObjects.ENUMERATE.setConstructor((ctx, t, a, kw) -> {
            Args.count("enumerate", a, 1, 2);
            PyObject start = a.length > 1 ? a[1] : Args.keyword(kw, "start");
            if (start != null && !(start instanceof PyInt)) {
                throw Errors.typeError("'" + start.type().name + "' object cannot be interpreted as an integer");
            }
            PyIterator items = Items.iter(ctx, a[0]);
            PyObject first = start == null ? PyInt.ZERO : start;
            if (items instanceof lockstep.sim.runtime.ProgramIterator) {
                return ProgramIteration.lazy(IteratorObjects.ENUMERATE, "enumerate", ProgramIteration.programValue(items),
                        first);
            }
            return new IteratorObjects.Enumerate(items, first);
        });
        IteratorObjects.ZIP.setConstructor((ctx, t, a, kw) -> {
            boolean strict = zipStrict(ctx, kw);
            PyIterator[] its = IteratorObjects.iterators(ctx, a, 0);
            if (ProgramIteration.anyRunsProgramCode(its)) {
                return ProgramIteration.lazy(IteratorObjects.ZIP, "zip",
                        ProgramIteration.programValues(its, 1, PyBool.of(strict)));
            }
            return new IteratorObjects.Zip(its, strict);
        });
        IteratorObjects.MAP.setConstructor((ctx, t, a, kw) -> {
            if (a.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            PyIterator[] its = IteratorObjects.iterators(ctx, a, 1);
            if (ProgramIteration.anyRunsProgramCode(its)) {
                return ProgramIteration.lazy(IteratorObjects.MAP, "map", ProgramIteration.programValues(its, 1, a[0]));
            }
            return new IteratorObjects.MapIterator(a[0], its);
        });
        IteratorObjects.FILTER.setConstructor((ctx, t, a, kw) -> {
            Args.count("filter", a, 2, 2);
            PyIterator items = Items.iter(ctx, a[1]);
            if (items instanceof lockstep.sim.runtime.ProgramIterator) {
                return ProgramIteration.lazy(IteratorObjects.FILTER, "filter", a[0],
                        ProgramIteration.programValue(items));
            }
            return new IteratorObjects.Filter(a[0], items);
        });
    }

    /** zip's only keyword, {@code strict}, with CPython's errors for any other. */
    private static boolean zipStrict(CallContext ctx, PyDict kw) {
        if (kw == null || kw.map.isEmpty()) {
            return false;
        }
        if (kw.map.size() > 1) {
            throw Errors.typeError("zip() takes at most 1 keyword argument (" + kw.map.size() + " given)");
        }
        PyObject strict = Args.keyword(kw, "strict");
        if (strict == null) {
            throw Errors.typeError("'" + Ops.str(ctx, kw.map.keySet().iterator().next())
                    + "' is an invalid keyword argument for zip()");
        }
        return Ops.truthy(ctx, strict);
    }

    static void update(CallContext ctx, PyDict d, PyObject source) {
        if (source instanceof PyDict other) {
            d.map.putAll(other.map);
            return;
        }
        PyIterator it = Items.iter(ctx, source);
        int index = 0;
        for (PyObject item = it.next(ctx); item != null; item = it.next(ctx), index++) {
            List<PyObject> pair;
            try {
                pair = Items.toList(ctx, item);
            } catch (lockstep.sim.runtime.PyRaise e) {
                throw Errors.typeError("cannot convert dictionary update sequence element #" + index + " to a sequence");
            }
            if (pair.size() != 2) {
                throw Errors.valueError("dictionary update sequence element #" + index + " has length " + pair.size()
                        + "; 2 is required");
            }
            d.map.put(Ops.checkHashable(pair.get(0)), pair.get(1));
        }
    }

    private static PyObject makeSet(CallContext ctx, PyObject[] a, PyDict kw, boolean frozen) {
        String name = frozen ? "frozenset" : "set";
        Args.noKeywords(name, kw);
        Args.count(name, a, 0, 1);
        if (a.length == 1 && ProgramIteration.runsProgramCode(a[0])) {
            return ProgramIteration.helper(frozen ? "to_frozenset" : "to_set", a[0]);
        }
        LinkedHashSet<PyObject> items = new LinkedHashSet<>();
        if (a.length == 1) {
            for (PyObject x : Items.toList(ctx, a[0])) {
                items.add(Ops.checkHashable(x));
            }
        }
        return new PySet(items, frozen);
    }

    private static PyObject makeRange(PyObject[] a, PyDict kw) {
        Args.noKeywords("range", kw);
        if (a.length == 0) {
            throw Errors.typeError("range expected at least 1 argument, got 0");
        }
        if (a.length > 3) {
            throw Errors.typeError("range expected at most 3 arguments, got " + a.length);
        }
        long[] v = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = Args.asLong(a[i]);
        }
        if (a.length == 1) {
            return new PyRange(0, v[0], 1);
        }
        long step = a.length == 3 ? v[2] : 1;
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(v[0], v[1], step);
    }

    private static PyObject makeInt(CallContext ctx, PyObject[] a, PyDict kw) {
        Args.count("int", a, 0, 2);
        PyObject baseArg = a.length > 1 ? a[1] : Args.keyword(kw, "base");
        if (a.length == 0) {
            if (baseArg != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return PyInt.ZERO;
        }
        PyObject x = a[0];
        if (baseArg != null) {
            if (!(x instanceof PyStr s)) {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
            ctx.work().charge(s.value.length());
            return parseInt(s.value, (int) Args.asLong(baseArg));
        }
        if (x instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (x instanceof PyInt) {
            return x;
        }
        if (x instanceof PyFloat f) {
            return floatToInt(f.value);
        }
        if (x instanceof PyStr s) {
            ctx.work().charge(s.value.length());
            return parseInt(s.value, 10);
        }
        PyObject method = x.type().lookup("__int__");
        if (method != null) {
            return ctx.call(method, x);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name + "'");
    }

    static PyInt floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    static PyInt parseInt(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = text.strip();
        String invalid = "invalid literal for int() with base " + base + ": " + Ops.strRepr(text);
        boolean negative = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        String lower = s.toLowerCase();
        int b = base;
        if ((b == 0 || b == 16) && lower.startsWith("0x")) {
            b = 16;
            s = s.substring(2);
        } else if ((b == 0 || b == 8) && lower.startsWith("0o")) {
            b = 8;
            s = s.substring(2);
        } else if ((b == 0 || b == 2) && lower.startsWith("0b")) {
            b = 2;
            s = s.substring(2);
        } else if (b == 0) {
            b = 10;
            if (s.length() > 1 && s.startsWith("0") && !s.replace("_", "").matches("0+")) {
                throw Errors.valueError(invalid);
            }
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
            throw Errors.valueError(invalid);
        }
        String digits = s.replace("_", "");
        if (digits.length() > IntFormat.MAX_STR_DIGITS && Integer.bitCount(b) != 1) {
            for (int i = 0; i < digits.length(); i++) {
                if (Character.digit(digits.charAt(i), b) < 0) {
                    throw Errors.valueError(invalid);
                }
            }
            // CPython 3.11 refuses the conversion before doing it, as it is quadratic.
            throw Errors.valueError("Exceeds the limit (" + IntFormat.MAX_STR_DIGITS + " digits) for integer string"
                    + " conversion: value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to"
                    + " increase the limit");
        }
        try {
            BigInteger v = new BigInteger(digits, b);
            if (digits.startsWith("+") || digits.startsWith("-")) {
                throw Errors.valueError(invalid);
            }
            return PyInt.of(negative ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw Errors.valueError(invalid);
        }
    }

    private static PyObject makeFloat(PyObject[] a, PyDict kw) {
        Args.noKeywords("float", kw);
        Args.count("float", a, 0, 1);
        if (a.length == 0) {
            return new PyFloat(0.0);
        }
        PyObject x = a[0];
        if (x instanceof PyFloat) {
            return x;
        }
        if (x instanceof PyInt i) {
            return new PyFloat(lockstep.sim.runtime.Arith.toDouble(i));
        }
        if (x instanceof PyStr s) {
            return new PyFloat(parseFloat(s.value));
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name + "'");
    }

    static double parseFloat(String text) {
        String s = text.strip();
        if (SPECIAL_FLOAT.matcher(s).matches()) {
            boolean negative = s.startsWith("-");
            String word = s.replaceFirst("^[+-]", "").toLowerCase();
            if (word.equals("nan")) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!FLOAT_TEXT.matcher(s).matches()) {
            throw Errors.valueError("could not convert string to float: " + Ops.strRepr(text));
        }
        return Double.parseDouble(s.replace("_", ""));
    }

}
