package lockstep.sim.library;

import static lockstep.sim.library.StrCharClasses.isSpace;
import static lockstep.sim.library.StrMethods.self;
import static lockstep.sim.library.TypeMethods.index;
import static lockstep.sim.library.TypeMethods.keywords;
import static lockstep.sim.library.TypeMethods.oneArg;
import static lockstep.sim.library.TypeMethods.positional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.ItemCount;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Lengths;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.TextGrowth;
import lockstep.sim.runtime.TextSearch;
import lockstep.sim.runtime.Types;
import lockstep.sim.runtime.WorkMeter;

/** The splitting, joining and stripping methods of {@code str}: split, rsplit, splitlines, join, strip. */
final class StrSplitting {
    private StrSplitting() {}

    static PyObject split(CallContext ctx, PyObject[] a, PyDict kw, boolean fromRight) {
        String name = fromRight ? "rsplit" : "split";
        String s = self(a, name);
        PyObject[] v = keywords(name, a, kw, 2, "sep", "maxsplit");
        String sep = null;
        if (v[0] != null && v[0] != PyNone.NONE) {
            if (!(v[0] instanceof PyStr p)) {
                throw Errors.typeError("must be str or None, not " + v[0].type().name);
            }
            sep = p.value;
            if (sep.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
        }
        long max = v[1] == null ? -1 : index(v[1]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        ItemCount pieces = new ItemCount(ctx, WorkMeter.SLOT_BYTES + WorkMeter.STR_HEADER_BYTES);
        List<PyObject> out = sep == null
                ? (fromRight ? rsplitWhitespace(s, max, pieces) : splitWhitespace(s, max, pieces))
                : (fromRight ? rsplitOn(s, sep, max, pieces) : splitOn(s, sep, max, pieces));
        return new PyList(new ArrayList<>(out), true);
    }

    private static List<PyObject> splitWhitespace(String s, long max, ItemCount pieces) {
        List<PyObject> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (max-- > 0) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int j = i;
            i++;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            pieces.add();
            out.add(PyStr.of(s.substring(j, i)));
        }
        if (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i != n) {
                pieces.add();
            out.add(PyStr.of(s.substring(i)));
            }
        }
        return out;
    }

    private static List<PyObject> rsplitWhitespace(String s, long max, ItemCount pieces) {
        List<PyObject> out = new ArrayList<>();
        int i = s.length() - 1;
        while (max-- > 0) {
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
            if (i < 0) {
                break;
            }
            int j = i;
            i--;
            while (i >= 0 && !isSpace(s.charAt(i))) {
                i--;
            }
            pieces.add();
            out.add(PyStr.of(s.substring(i + 1, j + 1)));
        }
        if (i >= 0) {
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
            if (i >= 0) {
                pieces.add();
            out.add(PyStr.of(s.substring(0, i + 1)));
            }
        }
        Collections.reverse(out);
        return out;
    }

    private static List<PyObject> splitOn(String s, String sep, long max, ItemCount pieces) {
        List<PyObject> out = new ArrayList<>();
        int i = 0;
        while (max-- > 0) {
            int j = TextSearch.indexOf(s, sep, i);
            if (j < 0) {
                break;
            }
            pieces.add();
            out.add(PyStr.of(s.substring(i, j)));
            i = j + sep.length();
        }
        pieces.add();
            out.add(PyStr.of(s.substring(i)));
        return out;
    }

    private static List<PyObject> rsplitOn(String s, String sep, long max, ItemCount pieces) {
        List<PyObject> out = new ArrayList<>();
        int end = s.length();
        while (max-- > 0) {
            int j = end - sep.length() < 0 ? -1 : TextSearch.lastIndexOf(s, sep, end - sep.length());
            if (j < 0) {
                break;
            }
            pieces.add();
            out.add(PyStr.of(s.substring(j + sep.length(), end)));
            end = j;
        }
        pieces.add();
            out.add(PyStr.of(s.substring(0, end)));
        Collections.reverse(out);
        return out;
    }

    static PyObject splitLines(String s, boolean keepEnds) {
        ArrayList<PyObject> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepEnds) {
                    eol = i;
                }
            }
            out.add(PyStr.of(s.substring(j, eol)));
        }
        return new PyList(out, true);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static PyObject join(CallContext ctx, PyObject[] a, PyDict kw) {
        String sep = self(a, "join");
        oneArg("str.join", a, kw);
        if (ProgramIteration.runsProgramCode(a[1])) {
            return ProgramIteration.helper("to_joined", a[0], a[1]);
        }
        PyIterator it;
        try {
            it = Items.iter(ctx, a[1]);
        } catch (PyRaise e) {
            if (e.exception.type().isSubtypeOf(Types.TYPE_ERROR)) {
                throw Errors.typeError("can only join an iterable");
            }
            throw e;
        }
        StringBuilder sb = new StringBuilder();
        ItemCount count = Lengths.chargeDrain(ctx, a[1], 0);
        TextGrowth growth = new TextGrowth(ctx);
        int i = 0;
        for (PyObject x = it.next(ctx); x != null; x = it.next(ctx), i++) {
            if (count != null) {
                count.add();
            }
            if (!(x instanceof PyStr s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + x.type().name + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s.value);
            growth.grew(sb.length());
            if (sb.length() > Items.MAX_ITEMS) {
                throw Errors.memoryError("");
            }
        }
        return PyStr.of(sb.toString());
    }

    static void strip(String name, boolean left, boolean right) {
        Natives.method(Types.STR, name, (ctx, a, kw) -> {
            String s = self(a, name);
            positional(name, "str." + name, a, kw, 0, 1);
            PyObject chars = a.length > 1 ? a[1] : PyNone.NONE;
            IntPredicate strip;
            if (chars == PyNone.NONE) {
                strip = StrCharClasses::isSpace;
            } else if (chars instanceof PyStr c) {
                strip = ch -> c.value.indexOf(ch) >= 0;
            } else {
                throw Errors.typeError(name + " arg must be None or str");
            }
            int i = 0;
            int j = s.length();
            if (left) {
                while (i < j && strip.test(s.charAt(i))) {
                    i++;
                }
            }
            if (right) {
                while (j > i && strip.test(s.charAt(j - 1))) {
                    j--;
                }
            }
            return i == 0 && j == s.length() ? a[0] : PyStr.of(s.substring(i, j));
        });
    }
}
