package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;

/** Binds call arguments to a function's parameters, with CPython's error messages. */
final class ArgumentBinder {
    private ArgumentBinder() {}

    /**
     * Fills {@code locals} from positional arguments {@code args[from, from+count)} and keyword arguments
     * ({@code kwNames} with their values following the positional ones in {@code args}).
     */
    static void bind(PyFunction fn, PyObject[] locals, PyObject[] args, int from, int positional, PyTuple kwNames) {
        CodeObject code = fn.code;
        int nParams = code.positionalCount;
        String name = code.qualifiedName;
        if (kwNames == null && positional == nParams && !code.hasVarargs && !code.hasVarkw
                && code.keywordOnlyNames.isEmpty()) {
            System.arraycopy(args, from, locals, 0, positional);
            return;
        }
        int bound = Math.min(positional, nParams);
        System.arraycopy(args, from, locals, 0, bound);
        int next = nParams;
        if (code.hasVarargs) {
            int extra = Math.max(0, positional - nParams);
            PyObject[] rest = new PyObject[extra];
            if (extra > 0) { // with fewer arguments than parameters, from + nParams may lie past the array
                System.arraycopy(args, from + nParams, rest, 0, extra);
            }
            locals[next++] = PyTuple.of(rest);
        } else if (positional > nParams) {
            throw tooManyPositional(fn, positional, kwNames);
        }
        int kwOnlyStart = next;
        next += code.keywordOnlyNames.size();
        PyDict varkw = null;
        if (code.hasVarkw) {
            varkw = new PyDict();
            locals[next] = varkw;
        }
        if (kwNames != null) {
            for (int k = 0; k < kwNames.items.length; k++) {
                String kw = ((PyStr) kwNames.items[k]).value;
                PyObject value = args[from + positional + k];
                int slot = -1;
                for (int p = 0; p < nParams; p++) {
                    if (code.localNames[p].equals(kw)) {
                        slot = p;
                        break;
                    }
                }
                if (slot < 0) {
                    int i = code.keywordOnlyNames.indexOf(kw);
                    if (i >= 0) {
                        slot = kwOnlyStart + i;
                    }
                }
                if (slot < 0) {
                    if (varkw == null) {
                        throw Errors.typeError(name + "() got an unexpected keyword argument '" + kw + "'");
                    }
                    varkw.map.put(kwNames.items[k], value);
                    continue;
                }
                if (locals[slot] != null) {
                    throw Errors.typeError(name + "() got multiple values for argument '" + kw + "'");
                }
                locals[slot] = value;
            }
        }
        int firstDefault = nParams - fn.defaults.length;
        List<String> missing = new ArrayList<>();
        for (int p = 0; p < nParams; p++) {
            if (locals[p] == null) {
                if (p >= firstDefault) {
                    locals[p] = fn.defaults[p - firstDefault];
                } else {
                    missing.add(code.localNames[p]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw Errors.typeError(name + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + nameList(missing));
        }
        for (int i = 0; i < code.keywordOnlyNames.size(); i++) {
            if (locals[kwOnlyStart + i] == null) {
                String kw = code.keywordOnlyNames.get(i);
                PyObject d = fn.kwDefaults == null ? null : fn.kwDefaults.get(kw);
                if (d != null) {
                    locals[kwOnlyStart + i] = d;
                } else {
                    missing.add(kw);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw Errors.typeError(name + "() missing " + missing.size() + " required keyword-only argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + nameList(missing));
        }
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, PyTuple kwNames) {
        CodeObject code = fn.code;
        int max = code.positionalCount;
        int min = max - fn.defaults.length;
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        int kwGiven = 0;
        if (kwNames != null) {
            for (PyObject k : kwNames.items) {
                if (code.keywordOnlyNames.contains(((PyStr) k).value)) {
                    kwGiven++;
                }
            }
        }
        String plural = (min == max && max == 1) ? "" : "s";
        String given2 = given + (given == 1 ? " was" : " were");
        if (kwGiven > 0) {
            given2 = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven
                    + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ") were";
            return Errors.typeError(code.qualifiedName + "() takes " + takes + " positional argument" + plural
                    + " but " + given2 + " given");
        }
        return Errors.typeError(code.qualifiedName + "() takes " + takes + " positional argument" + plural + " but "
                + given2 + " given");
    }

    private static String nameList(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String n : names) {
            quoted.add("'" + n + "'");
        }
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        if (quoted.size() == 2) {
            return quoted.get(0) + " and " + quoted.get(1);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and " + quoted.get(quoted.size() - 1);
    }
}
