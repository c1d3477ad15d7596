package lockstep.sim.library;

import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;

/** Checks and reads the arguments of natives, with CPython's messages. */
public final class Args {
    private Args() {}

    /** Refuses keyword arguments: {@code len() takes no keyword arguments}. */
    public static void noKeywords(String function, PyDict kwargs) {
        if (kwargs != null && !kwargs.map.isEmpty()) {
            throw Errors.typeError(function + "() takes no keyword arguments");
        }
    }

    /** Checks the positional count; messages as CPython's argument clinic prints them. */
    public static void count(String function, PyObject[] args, int min, int max) {
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            if (min == 0) {
                throw Errors.typeError(function + "() takes no arguments (" + n + " given)");
            }
            if (min == 1) {
                throw Errors.typeError(function + "() takes exactly one argument (" + n + " given)");
            }
            throw Errors.typeError(function + " expected " + min + " arguments, got " + n);
        }
        if (n < min) {
            throw Errors.typeError(function + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + n);
        }
        throw Errors.typeError(function + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                + ", got " + n);
    }

    /** The one argument of a function of one argument: {@code math.cos() takes exactly one argument (0 given)}. */
    public static PyObject one(String function, PyObject[] args) {
        if (args.length != 1) {
            throw Errors.typeError(function + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    /** An int (a bool is one): {@code 'float' object cannot be interpreted as an integer} for anything else. */
    public static PyInt asIndex(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    /** A keyword argument's value, or null when absent. */
    public static PyObject keyword(PyDict kwargs, String name) {
        return kwargs == null ? null : kwargs.map.get(PyStr.of(name));
    }

    /** Refuses keywords other than {@code allowed}: {@code sort() got an unexpected keyword argument 'x'}. */
    public static void onlyKeywords(String function, PyDict kwargs, String... allowed) {
        if (kwargs == null) {
            return;
        }
        outer:
        for (PyObject k : kwargs.map.keySet()) {
            String name = ((PyStr) k).value;
            for (String a : allowed) {
                if (a.equals(name)) {
                    continue outer;
                }
            }
            throw Errors.typeError(function + "() got an unexpected keyword argument '" + name + "'");
        }
    }

    public static long asLong(PyObject o, String what) {
        if (o instanceof PyInt) {
            return Items.index(o, "'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        throw Errors.typeError(what != null ? what : "'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    public static long asLong(PyObject o) {
        return asLong(o, null);
    }

    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.toDouble();
        }
        throw Errors.typeError("must be real number, not " + o.type().name);
    }

    public static String asString(PyObject o, String function) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(function + " argument must be str, not " + o.type().name);
    }
}
