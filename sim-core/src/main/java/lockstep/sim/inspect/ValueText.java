package lockstep.sim.inspect;

import java.util.Map;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;

/**
 * Text for values seen in a picture, made without running program code and without asking any object for its
 * {@code id} (an id handed out here would shift the ids the program sees later): plain values as their repr, other
 * objects as {@code <Type object>}, long texts cut with an ellipsis.
 */
final class ValueText {
    /** Containers deeper than this are not plain values. */
    private static final int MAX_DEPTH = 8;
    /** Sets are rendered by the runtime (in CPython's order) only when this small. */
    private static final int MAX_SET_ITEMS = 64;

    private ValueText() {}

    /** True for numbers, strings, bools, None, and lists, tuples, dicts and sets of those. */
    static boolean isPlain(PyObject o) {
        return isPlain(o, 0);
    }

    private static boolean isPlain(PyObject o, int depth) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o == PyNone.NONE) {
            return true;
        }
        if (depth >= MAX_DEPTH) {
            return false;
        }
        if (o instanceof PyList l) {
            for (PyObject item : l.items) {
                if (!isPlain(item, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (o instanceof PyTuple t) {
            for (PyObject item : t.items) {
                if (!isPlain(item, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (o instanceof PyDict d) {
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                if (!isPlain(e.getKey(), depth + 1) || !isPlain(e.getValue(), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (o instanceof PySet s) {
            for (PyObject item : s.items) {
                if (!isPlain(item, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The value's text, at most {@code maxChars} characters (the last an ellipsis when cut). */
    static String of(PyObject o, int maxChars) {
        StringBuilder sb = new StringBuilder();
        append(sb, o, maxChars, 0);
        return sb.length() > maxChars ? sb.substring(0, maxChars - 1) + "…" : sb.toString();
    }

    /** Appends the text of {@code o}, stopping soon after {@code limit} characters. */
    private static void append(StringBuilder sb, PyObject o, int limit, int depth) {
        if (sb.length() > limit) {
            return;
        }
        if (o instanceof PyInt || o instanceof PyFloat || o == PyNone.NONE) {
            sb.append(Ops.safeRepr(o, Integer.MAX_VALUE));
        } else if (o instanceof PyStr s) {
            String value = s.value.length() > limit ? s.value.substring(0, limit) : s.value;
            String text = Ops.strRepr(value);
            sb.append(value.length() < s.value.length() ? text.substring(0, text.length() - 1) : text);
        } else if (depth >= MAX_DEPTH) {
            sb.append("…");
        } else if (o instanceof PyList l) {
            sb.append('[');
            appendItems(sb, l.items, limit, depth);
            sb.append(']');
        } else if (o instanceof PyTuple t) {
            sb.append('(');
            appendItems(sb, java.util.Arrays.asList(t.items), limit, depth);
            sb.append(t.items.length == 1 ? ",)" : ")");
        } else if (o instanceof PyDict d) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                if (sb.length() > limit) {
                    return;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                append(sb, e.getKey(), limit, depth + 1);
                sb.append(": ");
                append(sb, e.getValue(), limit, depth + 1);
            }
            sb.append('}');
        } else if (o instanceof PySet s && s.items.size() <= MAX_SET_ITEMS && isPlain(s)) {
            sb.append(Ops.safeRepr(s, Integer.MAX_VALUE));
        } else if (o instanceof PySet s) {
            sb.append(s.frozen ? "<frozenset of " : "<set of ").append(s.items.size()).append(" items>");
        } else {
            sb.append('<').append(o.type().name).append(" object>");
        }
    }

    private static void appendItems(StringBuilder sb, java.util.List<PyObject> items, int limit, int depth) {
        for (int i = 0; i < items.size(); i++) {
            if (sb.length() > limit) {
                return;
            }
            if (i > 0) {
                sb.append(", ");
            }
            append(sb, items.get(i), limit, depth + 1);
        }
    }
}
