package lockstep.sim.library;

import static lockstep.sim.library.StrMethods.self;
import static lockstep.sim.library.StrMethods.subArg;
import static lockstep.sim.library.TypeMethods.adjust;
import static lockstep.sim.library.TypeMethods.oldStyle;
import static lockstep.sim.library.TypeMethods.oneArg;
import static lockstep.sim.library.TypeMethods.sliceIndex;

import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.TextSearch;

/**
 * The searching methods of {@code str}: find, index and their right-hand forms, count, startswith, endswith,
 * partition, and replace.
 */
final class StrSearching {
    private StrSearching() {}

    static String replace(String s, String old, String rep, long count) {
        if (count == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            long done = 0;
            while (done < count && i <= s.length()) {
                sb.append(rep);
                done++;
                if (i < s.length()) {
                    sb.append(s.charAt(i));
                }
                i++;
            }
            if (i < s.length()) {
                sb.append(s, i, s.length());
            }
            checkSize(sb);
            return sb.toString();
        }
        if (rep.length() > old.length()) {
            refuseTooLong(s, old, rep, count);
        }
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = TextSearch.indexOf(s, old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(rep);
            i = j + old.length();
            done++;
            checkSize(sb);
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    /** As CPython, counts the matches before building a longer result: MemoryError comes before the work. */
    private static void refuseTooLong(String s, String old, String rep, long count) {
        long matches = 0;
        if (old.length() == 1) {
            char c = old.charAt(0);
            for (int i = 0; i < s.length() && matches < count; i++) {
                matches += s.charAt(i) == c ? 1 : 0;
            }
        } else {
            for (int i = TextSearch.indexOf(s, old, 0); i >= 0 && matches < count;
                    i = TextSearch.indexOf(s, old, i + old.length())) {
                matches++;
            }
        }
        if (s.length() + matches * (rep.length() - old.length()) > Items.MAX_ITEMS) {
            throw Errors.memoryError("");
        }
    }

    private static void checkSize(StringBuilder sb) {
        if (sb.length() > Items.MAX_ITEMS) {
            throw Errors.memoryError("");
        }
    }

    static PyObject tailMatch(PyObject[] a, PyDict kw, String name, boolean atEnd) {
        String s = self(a, name);
        oldStyle(name, "str." + name, a, kw, 1, 3);
        long[] r = range(a, 2, s.length());
        PyObject what = a[1];
        if (what instanceof PyTuple t) {
            for (PyObject x : t.items) {
                if (!(x instanceof PyStr p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + x.type().name);
                }
                if (tailMatches(s, p.value, r[0], r[1], atEnd)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(what instanceof PyStr p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + what.type().name);
        }
        return PyBool.of(tailMatches(s, p.value, r[0], r[1], atEnd));
    }

    private static boolean tailMatches(String s, String sub, long start, long end, boolean atEnd) {
        end -= sub.length();
        if (end < start) {
            return false;
        }
        if (sub.isEmpty()) {
            return true;
        }
        int at = (int) (atEnd ? end : start);
        return s.startsWith(sub, at);
    }

    /** Optional {@code start, end} at {@code a[from], a[from + 1]}, adjusted to {@code len}. */
    private static long[] range(PyObject[] a, int from, int len) {
        long start = sliceIndex(a.length > from ? a[from] : null, 0, true);
        long end = sliceIndex(a.length > from + 1 ? a[from + 1] : null, Long.MAX_VALUE, true);
        return adjust(start, end, len);
    }

    static long find(PyObject[] a, PyDict kw, String name, boolean fromRight, boolean raise) {
        String s = self(a, name);
        oldStyle(name, "str." + name, a, kw, 1, 3);
        String sub = subArg(a[1]);
        long[] r = range(a, 2, s.length());
        long start = r[0];
        long end = r[1];
        long found = -1;
        if (end - start >= sub.length()) {
            if (fromRight) {
                int j = TextSearch.lastIndexOf(s, sub, (int) (end - sub.length()));
                found = j >= start ? j : -1;
            } else {
                int j = TextSearch.indexOf(s, sub, (int) start);
                found = j >= 0 && j + sub.length() <= end ? j : -1;
            }
        }
        if (found < 0 && raise) {
            throw Errors.valueError("substring not found");
        }
        return found;
    }

    static PyObject count(CallContext ctx, PyObject[] a, PyDict kw) {
        String s = self(a, "count");
        oldStyle("count", "str.count", a, kw, 1, 3);
        String sub = subArg(a[1]);
        long[] r = range(a, 2, s.length());
        long start = r[0];
        long end = r[1];
        if (end - start < sub.length()) {
            return PyInt.ZERO;
        }
        if (sub.isEmpty()) {
            return PyInt.of(end - start + 1);
        }
        long n = 0;
        int i = (int) start;
        while (true) {
            int j = TextSearch.indexOf(s, sub, i);
            if (j < 0 || j + sub.length() > end) {
                break;
            }
            n++;
            i = j + sub.length();
        }
        return PyInt.of(n);
    }

    static PyObject partition(PyObject[] a, PyDict kw, boolean fromRight) {
        String name = fromRight ? "rpartition" : "partition";
        String s = self(a, name);
        oneArg("str." + name, a, kw);
        String sep = subArg(a[1]);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = fromRight ? TextSearch.lastIndexOf(s, sep, s.length()) : TextSearch.indexOf(s, sep, 0);
        if (i < 0) {
            return fromRight ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, a[0]) : PyTuple.of(a[0], PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, i)), a[1], PyStr.of(s.substring(i + sep.length())));
    }
}
