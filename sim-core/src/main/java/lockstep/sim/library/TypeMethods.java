package lockstep.sim.library;

import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/**
 * Installs the methods of the built-in types (str, list, dict, set, tuple, int, float) into their type dicts, and
 * holds what their bodies share: the checks of {@code self} and of argument counts, each in the wording CPython
 * uses for that kind of method (METH_NOARGS, METH_O, argument clinic, old-style {@code PyArg_ParseTuple}).
 *
 * <p>A method body receives {@code self} as {@code args[0]}; counts in messages leave it out.
 */
public final class TypeMethods {
    private TypeMethods() {}

    /** Installs the methods, once per JVM (the JVM runs a class's initializer once, whichever thread asks first). */
    public static void install() {
        Installed.ensure();
    }

    private static final class Installed {
        static {
            StrMethods.install();
            ListMethods.install();
            DictMethods.install();
            SetMethods.install();
            TupleMethods.install();
            NumberMethods.install();
        }

        private Installed() {}

        static void ensure() {
            // Loading this class ran its initializer.
        }
    }

    // ---- self

    /**
     * {@code args[0]} as the method's receiver type, or CPython's errors for an unbound call with none or the wrong
     * kind: {@code unbound method str.upper() needs an argument}, {@code descriptor 'upper' for 'str' objects
     * doesn't apply to a 'int' object}.
     */
    static <T extends PyObject> T self(PyObject[] args, Class<T> cls, PyType type, String method) {
        if (args.length == 0) {
            throw Errors.typeError("unbound method " + type.name + "." + method + "() needs an argument");
        }
        PyObject o = args[0];
        if (!isReceiver(o, cls, type)) {
            throw Errors.typeError("descriptor '" + method + "' for '" + type.name + "' objects doesn't apply to a '"
                    + o.type().name + "' object");
        }
        return cls.cast(o);
    }

    /** Whether {@code o} is a {@code type} (a set and a frozenset are not each other's receivers). */
    private static boolean isReceiver(PyObject o, Class<? extends PyObject> cls, PyType type) {
        return cls.isInstance(o) && (!(o instanceof PySet s) || s.frozen == (type == Types.FROZENSET));
    }

    /**
     * The receiver of a slot wrapper such as {@code __len__}, whose unbound-call errors are worded apart:
     * {@code descriptor '__len__' requires a 'str' object but received a 'int'}; and its lack of arguments:
     * {@code expected 0 arguments, got 1}.
     */
    static <T extends PyObject> T wrapperSelf(PyObject[] args, PyDict kwargs, Class<T> cls, PyType type,
                                              String method) {
        if (args.length == 0) {
            throw Errors.typeError("descriptor '" + method + "' of '" + type.name + "' object needs an argument");
        }
        PyObject o = args[0];
        if (!isReceiver(o, cls, type)) {
            throw Errors.typeError("descriptor '" + method + "' requires a '" + type.name + "' object but received a '"
                    + o.type().name + "'");
        }
        if (kwargs != null && !kwargs.map.isEmpty()) {
            throw Errors.typeError("wrapper " + method + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Errors.typeError("expected 0 arguments, got " + (args.length - 1));
        }
        return cls.cast(o);
    }

    // ---- argument counts (n = positional arguments after self)

    /** METH_NOARGS: {@code str.upper() takes no arguments (1 given)}. */
    static void noArgs(String qualified, PyObject[] args, PyDict kwargs) {
        noKeywords(qualified, kwargs);
        int n = args.length - 1;
        if (n != 0) {
            throw Errors.typeError(qualified + "() takes no arguments (" + n + " given)");
        }
    }

    /** METH_O: {@code list.append() takes exactly one argument (0 given)}. */
    static void oneArg(String qualified, PyObject[] args, PyDict kwargs) {
        noKeywords(qualified, kwargs);
        int n = args.length - 1;
        if (n != 1) {
            throw Errors.typeError(qualified + "() takes exactly one argument (" + n + " given)");
        }
    }

    /** Refuses keywords: {@code list.pop() takes no keyword arguments}. */
    static void noKeywords(String qualified, PyDict kwargs) {
        if (kwargs != null && !kwargs.map.isEmpty()) {
            throw Errors.typeError(qualified + "() takes no keyword arguments");
        }
    }

    /**
     * Argument clinic with positional-only parameters: {@code pop expected at most 1 argument, got 2},
     * {@code insert expected 2 arguments, got 1}.
     */
    static void positional(String name, String qualified, PyObject[] args, PyDict kwargs, int min, int max) {
        noKeywords(qualified, kwargs);
        int n = args.length - 1;
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            throw Errors.typeError(name + " expected " + min + " argument" + plural(min) + ", got " + n);
        }
        if (n < min) {
            throw Errors.typeError(name + " expected at least " + min + " argument" + plural(min) + ", got " + n);
        }
        throw Errors.typeError(name + " expected at most " + max + " argument" + plural(max) + ", got " + n);
    }

    /** Old-style parsing: {@code find() takes at least 1 argument (0 given)}. */
    static void oldStyle(String name, String qualified, PyObject[] args, PyDict kwargs, int min, int max) {
        noKeywords(qualified, kwargs);
        int n = args.length - 1;
        if (n < min) {
            throw Errors.typeError(name + "() takes at least " + min + " argument" + plural(min) + " (" + n
                    + " given)");
        }
        if (n > max) {
            throw Errors.typeError(name + "() takes at most " + max + " argument" + plural(max) + " (" + n
                    + " given)");
        }
    }

    /**
     * Argument clinic with parameters that may be given by keyword (none required): the values by parameter,
     * null where absent. The first {@code maxPositional} parameters may also come by position; with zero, all are
     * keyword-only. Errors as {@code _PyArg_UnpackKeywords} words them.
     */
    static PyObject[] keywords(String name, PyObject[] args, PyDict kwargs, int maxPositional, String... params) {
        int n = args.length - 1;
        int nkw = kwargs == null ? 0 : kwargs.map.size();
        int max = params.length;
        if (n + nkw > max) {
            throw Errors.typeError(name + "() takes at most " + max + " " + (n == 0 ? "keyword " : "") + "argument"
                    + plural(max) + " (" + (n + nkw) + " given)");
        }
        if (n > maxPositional) {
            if (maxPositional == 0) {
                throw Errors.typeError(name + "() takes no positional arguments");
            }
            throw Errors.typeError(name + "() takes at most " + maxPositional + " positional argument"
                    + plural(maxPositional) + " (" + n + " given)");
        }
        PyObject[] values = new PyObject[max];
        for (int i = 0; i < n; i++) {
            values[i] = args[i + 1];
        }
        if (nkw == 0) {
            return values;
        }
        int matched = 0;
        for (int i = n; i < max; i++) {
            PyObject v = kwargs.map.get(PyStr.of(params[i]));
            if (v != null) {
                values[i] = v;
                matched++;
            }
        }
        if (matched < nkw) {
            for (PyObject k : kwargs.map.keySet()) {
                String key = k instanceof PyStr s ? s.value : String.valueOf(k);
                int at = -1;
                for (int i = 0; i < max; i++) {
                    if (params[i].equals(key)) {
                        at = i;
                    }
                }
                if (at < 0) {
                    throw Errors.typeError("'" + key + "' is an invalid keyword argument for " + name + "()");
                }
                if (at < n) {
                    throw Errors.typeError("argument for " + name + "() given by name ('" + key + "') and position ("
                            + (at + 1) + ")");
                }
            }
        }
        return values;
    }

    static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    // ---- argument values

    /**
     * An index-sized integer ({@code __index__}): {@code 'str' object cannot be interpreted as an integer}, and
     * {@code OverflowError} beyond the C {@code ssize_t} range.
     */
    static long index(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.big != null) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            return i.value;
        }
        throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    /** A boolean flag parsed as an int, as {@code sort(reverse=...)} and {@code splitlines(keepends)} take it. */
    static boolean intFlag(PyObject o) {
        if (o instanceof PyInt i) {
            return i.signum() != 0;
        }
        throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    /**
     * A slice bound: None (when allowed) gives {@code dflt}; big ints clip to the long range, as CPython clips to
     * {@code ssize_t}.
     */
    static long sliceIndex(PyObject o, long dflt, boolean noneAllowed) {
        if (o == null || (noneAllowed && o == PyNone.NONE)) {
            return dflt;
        }
        if (o instanceof PyInt i) {
            if (i.big != null) {
                return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            return i.value;
        }
        throw Errors.typeError(noneAllowed ? "slice indices must be integers or None or have an __index__ method"
                : "slice indices must be integers or have an __index__ method");
    }

    /** CPython's {@code ADJUST_INDICES}: {@code [start, end)} clipped to a sequence of {@code len} items. */
    static long[] adjust(long start, long end, long len) {
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return new long[] {start, end};
    }
}
