package lockstep.sim.library;

import static lockstep.sim.library.TypeMethods.adjust;
import static lockstep.sim.library.TypeMethods.index;
import static lockstep.sim.library.TypeMethods.intFlag;
import static lockstep.sim.library.TypeMethods.keywords;
import static lockstep.sim.library.TypeMethods.noArgs;
import static lockstep.sim.library.TypeMethods.oldStyle;
import static lockstep.sim.library.TypeMethods.oneArg;
import static lockstep.sim.library.TypeMethods.positional;
import static lockstep.sim.library.TypeMethods.sliceIndex;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Formatting;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyIterator;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.Types;
import lockstep.sim.runtime.format.FormatError;
import lockstep.sim.runtime.format.StrFormat;

/**
 * The methods of {@code str}. Text is indexed by UTF-16 unit, like {@link PyStr}; character classes follow
 * CPython's Unicode database as closely as Java's allows.
 */
final class StrMethods {
    private StrMethods() {}

    /** Han characters CPython counts as numeric (Unihan numeric values) though their category is Lo. */
    private static final String HAN_NUMERIC = "\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94"
            + "\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343\u5344\u5345\u534c"
            + "\u53c1\u53c2\u53c3\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c\u5f0d\u5f0e\u5f10\u62fe\u634c\u67d2"
            + "\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2"
            + "\uf9d1\uf9d3\uf9fd";

    /** The digits of the Basic Multilingual Plane that are not decimal ({@code ²}, {@code ①}, ...), as ranges. */
    private static final int[] DIGIT_RANGES = {0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070,
        0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd,
        0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792};

    /** Characters Java takes as identifier start or part that Python's XID_Start / XID_Continue exclude. */
    private static final String NOT_XID_CONTINUE = "\u037a\u2e2f\u309b\u309c\ufc5e\ufc5f\ufc60\ufc61\ufc62\ufc63"
            + "\ufdfa\ufdfb\ufe70\ufe72\ufe74\ufe76\ufe78\ufe7a\ufe7c\ufe7e";
    private static final String NOT_XID_START = NOT_XID_CONTINUE + "\u0e33\u0eb3\uff9e\uff9f";

    static void install() {
        Natives.method(Types.STR, "split", (ctx, a, kw) -> split(a, kw, false));
        Natives.method(Types.STR, "rsplit", (ctx, a, kw) -> split(a, kw, true));
        Natives.method(Types.STR, "splitlines", (ctx, a, kw) -> {
            String s = self(a, "splitlines");
            PyObject[] v = keywords("splitlines", a, kw, 1, "keepends");
            return splitLines(s, v[0] != null && intFlag(v[0]));
        });
        Natives.method(Types.STR, "join", StrMethods::join);
        strip("strip", true, true);
        strip("lstrip", true, false);
        strip("rstrip", false, true);
        mapping("upper", s -> s.toUpperCase(Locale.ROOT));
        mapping("lower", StrMethods::lower);
        mapping("title", StrMethods::title);
        mapping("capitalize", StrMethods::capitalize);
        mapping("swapcase", StrMethods::swapcase);
        mapping("casefold", StrMethods::casefold);
        Natives.method(Types.STR, "replace", (ctx, a, kw) -> {
            String s = self(a, "replace");
            positional("replace", "str.replace", a, kw, 2, 3);
            String old = strArg(a[1], "replace() argument 1");
            String rep = strArg(a[2], "replace() argument 2");
            long count = a.length > 3 ? index(a[3]) : -1;
            return PyStr.of(replace(s, old, rep, count < 0 ? Long.MAX_VALUE : count));
        });
        Natives.method(Types.STR, "startswith", (ctx, a, kw) -> tailMatch(a, kw, "startswith", false));
        Natives.method(Types.STR, "endswith", (ctx, a, kw) -> tailMatch(a, kw, "endswith", true));
        Natives.method(Types.STR, "find", (ctx, a, kw) -> PyInt.of(find(a, kw, "find", false, false)));
        Natives.method(Types.STR, "rfind", (ctx, a, kw) -> PyInt.of(find(a, kw, "rfind", true, false)));
        Natives.method(Types.STR, "index", (ctx, a, kw) -> PyInt.of(find(a, kw, "index", false, true)));
        Natives.method(Types.STR, "rindex", (ctx, a, kw) -> PyInt.of(find(a, kw, "rindex", true, true)));
        Natives.method(Types.STR, "count", StrMethods::count);
        Natives.method(Types.STR, "format", (ctx, a, kw) -> {
            String s = self(a, "format");
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return PyStr.of(Formatting.strFormat(ctx, s, rest, kw));
        });
        Natives.method(Types.STR, "format_map", (ctx, a, kw) -> {
            String s = self(a, "format_map");
            oneArg("str.format_map", a, kw);
            return PyStr.of(formatMap(ctx, s, a[1]));
        });
        predicate("isdigit", StrMethods::isDigit);
        predicate("isnumeric", StrMethods::isNumeric);
        predicate("isdecimal", StrMethods::isDecimal);
        predicate("isalpha", Character::isLetter);
        predicate("isalnum", c -> Character.isLetter(c) || isNumeric(c));
        predicate("isspace", StrMethods::isSpace);
        Natives.method(Types.STR, "isascii", (ctx, a, kw) -> {
            String s = self(a, "isascii");
            noArgs("str.isascii", a, kw);
            return PyBool.of(s.chars().allMatch(c -> c < 0x80));
        });
        Natives.method(Types.STR, "isupper", (ctx, a, kw) -> {
            String s = self(a, "isupper");
            noArgs("str.isupper", a, kw);
            return PyBool.of(isCase(s, true));
        });
        Natives.method(Types.STR, "islower", (ctx, a, kw) -> {
            String s = self(a, "islower");
            noArgs("str.islower", a, kw);
            return PyBool.of(isCase(s, false));
        });
        Natives.method(Types.STR, "istitle", (ctx, a, kw) -> {
            String s = self(a, "istitle");
            noArgs("str.istitle", a, kw);
            return PyBool.of(isTitle(s));
        });
        Natives.method(Types.STR, "isidentifier", (ctx, a, kw) -> {
            String s = self(a, "isidentifier");
            noArgs("str.isidentifier", a, kw);
            return PyBool.of(isIdentifier(s));
        });
        Natives.method(Types.STR, "zfill", (ctx, a, kw) -> {
            String s = self(a, "zfill");
            oneArg("str.zfill", a, kw);
            return PyStr.of(zfill(s, index(a[1])));
        });
        pad("center");
        pad("ljust");
        pad("rjust");
        Natives.method(Types.STR, "partition", (ctx, a, kw) -> partition(a, kw, false));
        Natives.method(Types.STR, "rpartition", (ctx, a, kw) -> partition(a, kw, true));
        Natives.method(Types.STR, "expandtabs", (ctx, a, kw) -> {
            String s = self(a, "expandtabs");
            PyObject[] v = keywords("expandtabs", a, kw, 1, "tabsize");
            return PyStr.of(expandTabs(s, v[0] == null ? 8 : index(v[0])));
        });
        Natives.method(Types.STR, "removeprefix", (ctx, a, kw) -> {
            String s = self(a, "removeprefix");
            oneArg("str.removeprefix", a, kw);
            String p = strArg(a[1], "removeprefix() argument");
            return s.startsWith(p) && !p.isEmpty() ? PyStr.of(s.substring(p.length())) : a[0];
        });
        Natives.method(Types.STR, "removesuffix", (ctx, a, kw) -> {
            String s = self(a, "removesuffix");
            oneArg("str.removesuffix", a, kw);
            String p = strArg(a[1], "removesuffix() argument");
            return s.endsWith(p) && !p.isEmpty() ? PyStr.of(s.substring(0, s.length() - p.length())) : a[0];
        });
        Natives.method(Types.STR, "__len__", (ctx, a, kw) -> {
            return PyInt.of(TypeMethods.wrapperSelf(a, kw, PyStr.class, Types.STR, "__len__").value.length());
        });
    }

    private static String self(PyObject[] a, String method) {
        return TypeMethods.self(a, PyStr.class, Types.STR, method).value;
    }

    /** A str argument: {@code replace() argument 1 must be str, not int}. */
    private static String strArg(PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(what + " must be str, not " + o.type().name);
    }

    /** The separator-like argument of find, count, partition: {@code must be str, not int}. */
    private static String subArg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError("must be str, not " + o.type().name);
    }

    private static void mapping(String name, UnaryOperator<String> f) {
        Natives.method(Types.STR, name, (ctx, a, kw) -> {
            String s = self(a, name);
            noArgs("str." + name, a, kw);
            return PyStr.of(f.apply(s));
        });
    }

    private static void predicate(String name, IntPredicate each) {
        Natives.method(Types.STR, name, (ctx, a, kw) -> {
            String s = self(a, name);
            noArgs("str." + name, a, kw);
            return PyBool.of(!s.isEmpty() && s.codePoints().allMatch(each));
        });
    }

    // ---- split, join, strip

    private static PyObject split(PyObject[] a, PyDict kw, boolean fromRight) {
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
        List<PyObject> out = sep == null
                ? (fromRight ? rsplitWhitespace(s, max) : splitWhitespace(s, max))
                : (fromRight ? rsplitOn(s, sep, max) : splitOn(s, sep, max));
        return new PyList(new ArrayList<>(out), true);
    }

    private static List<PyObject> splitWhitespace(String s, long max) {
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
            out.add(PyStr.of(s.substring(j, i)));
        }
        if (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i != n) {
                out.add(PyStr.of(s.substring(i)));
            }
        }
        return out;
    }

    private static List<PyObject> rsplitWhitespace(String s, long max) {
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
            out.add(PyStr.of(s.substring(i + 1, j + 1)));
        }
        if (i >= 0) {
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
            if (i >= 0) {
                out.add(PyStr.of(s.substring(0, i + 1)));
            }
        }
        Collections.reverse(out);
        return out;
    }

    private static List<PyObject> splitOn(String s, String sep, long max) {
        List<PyObject> out = new ArrayList<>();
        int i = 0;
        while (max-- > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(PyStr.of(s.substring(i, j)));
            i = j + sep.length();
        }
        out.add(PyStr.of(s.substring(i)));
        return out;
    }

    private static List<PyObject> rsplitOn(String s, String sep, long max) {
        List<PyObject> out = new ArrayList<>();
        int end = s.length();
        while (max-- > 0) {
            int j = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
            if (j < 0) {
                break;
            }
            out.add(PyStr.of(s.substring(j + sep.length(), end)));
            end = j;
        }
        out.add(PyStr.of(s.substring(0, end)));
        Collections.reverse(out);
        return out;
    }

    private static PyObject splitLines(String s, boolean keepEnds) {
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

    private static PyObject join(CallContext ctx, PyObject[] a, PyDict kw) {
        String sep = self(a, "join");
        oneArg("str.join", a, kw);
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
        int i = 0;
        for (PyObject x = it.next(ctx); x != null; x = it.next(ctx), i++) {
            if (!(x instanceof PyStr s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + x.type().name + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s.value);
            if (sb.length() > Items.MAX_ITEMS) {
                throw Errors.memoryError("");
            }
        }
        return PyStr.of(sb.toString());
    }

    private static void strip(String name, boolean left, boolean right) {
        Natives.method(Types.STR, name, (ctx, a, kw) -> {
            String s = self(a, name);
            positional(name, "str." + name, a, kw, 0, 1);
            PyObject chars = a.length > 1 ? a[1] : PyNone.NONE;
            IntPredicate strip;
            if (chars == PyNone.NONE) {
                strip = StrMethods::isSpace;
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

    // ---- searching

    private static String replace(String s, String old, String rep, long count) {
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
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = s.indexOf(old, i);
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

    private static void checkSize(StringBuilder sb) {
        if (sb.length() > Items.MAX_ITEMS) {
            throw Errors.memoryError("");
        }
    }

    private static PyObject tailMatch(PyObject[] a, PyDict kw, String name, boolean atEnd) {
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

    private static long find(PyObject[] a, PyDict kw, String name, boolean fromRight, boolean raise) {
        String s = self(a, name);
        oldStyle(name, "str." + name, a, kw, 1, 3);
        String sub = subArg(a[1]);
        long[] r = range(a, 2, s.length());
        long start = r[0];
        long end = r[1];
        long found = -1;
        if (end - start >= sub.length()) {
            if (fromRight) {
                int j = s.lastIndexOf(sub, (int) (end - sub.length()));
                found = j >= start ? j : -1;
            } else {
                int j = s.indexOf(sub, (int) start);
                found = j >= 0 && j + sub.length() <= end ? j : -1;
            }
        }
        if (found < 0 && raise) {
            throw Errors.valueError("substring not found");
        }
        return found;
    }

    private static PyObject count(CallContext ctx, PyObject[] a, PyDict kw) {
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
            int j = s.indexOf(sub, i);
            if (j < 0 || j + sub.length() > end) {
                break;
            }
            n++;
            i = j + sub.length();
        }
        return PyInt.of(n);
    }

    private static PyObject partition(PyObject[] a, PyDict kw, boolean fromRight) {
        String name = fromRight ? "rpartition" : "partition";
        String s = self(a, name);
        oneArg("str." + name, a, kw);
        String sep = subArg(a[1]);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return fromRight ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, a[0]) : PyTuple.of(a[0], PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, i)), a[1], PyStr.of(s.substring(i + sep.length())));
    }

    // ---- formatting

    private static String formatMap(CallContext ctx, String template, PyObject mapping) {
        List<Object> positional = hasPositionalField(template) ? new PositionalRefused() : List.of();
        Map<String, Object> named = new MappingLookup(ctx, mapping);
        try {
            return StrFormat.format(template, positional, named, Formatting.fieldFormatter(ctx));
        } catch (FormatError e) {
            throw Formatting.toPython(e);
        }
    }

    /** Whether a replacement field (possibly nested in a format spec) is automatic or numbered. */
    static boolean hasPositionalField(String t) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '{') {
                if (i + 1 < n && t.charAt(i + 1) == '{') {
                    i += 2;
                    continue;
                }
                int depth = 0;
                int j = i;
                while (j < n) {
                    char d = t.charAt(j);
                    if (d == '{') {
                        depth++;
                        int k = j + 1;
                        while (k < n && "}!:.[{".indexOf(t.charAt(k)) < 0) {
                            k++;
                        }
                        String field = t.substring(j + 1, k);
                        if (field.isEmpty() || field.chars().allMatch(Character::isDigit)) {
                            return true;
                        }
                    } else if (d == '}') {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                    j++;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return false;
    }

    /** The positional arguments of {@code format_map}: there are none, and asking is an error. */
    private static final class PositionalRefused extends AbstractList<Object> {
        @Override
        public Object get(int index) {
            throw new FormatError("ValueError", "Format string contains positional fields");
        }

        @Override
        public int size() {
            throw new FormatError("ValueError", "Format string contains positional fields");
        }
    }

    /** The mapping of {@code format_map}, looked up key by key as CPython does ({@code mapping[key]}). */
    private static final class MappingLookup extends AbstractMap<String, Object> {
        private final CallContext ctx;
        private final PyObject mapping;

        MappingLookup(CallContext ctx, PyObject mapping) {
            this.ctx = ctx;
            this.mapping = mapping;
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public Object get(Object key) {
            return Items.getItem(ctx, mapping, PyStr.of((String) key));
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Set.of();
        }
    }

    // ---- padding

    private static void pad(String name) {
        Natives.method(Types.STR, name, (ctx, a, kw) -> {
            String s = self(a, name);
            positional(name, "str." + name, a, kw, 1, 2);
            long width = index(a[1]);
            char fill = ' ';
            if (a.length > 2) {
                if (!(a[2] instanceof PyStr f)) {
                    throw Errors.typeError("The fill character must be a unicode character, not "
                            + a[2].type().name);
                }
                if (f.value.length() != 1) {
                    throw Errors.typeError("The fill character must be exactly one character long");
                }
                fill = f.value.charAt(0);
            }
            if (s.length() >= width) {
                return a[0];
            }
            if (width > Items.MAX_ITEMS) {
                throw Errors.memoryError("");
            }
            long marg = width - s.length();
            long left;
            if (name.equals("center")) {
                left = marg / 2 + (marg & width & 1);
            } else if (name.equals("ljust")) {
                left = 0;
            } else {
                left = marg;
            }
            StringBuilder sb = new StringBuilder((int) width);
            repeat(sb, fill, left);
            sb.append(s);
            repeat(sb, fill, marg - left);
            return PyStr.of(sb.toString());
        });
    }

    private static void repeat(StringBuilder sb, char c, long n) {
        for (long i = 0; i < n; i++) {
            sb.append(c);
        }
    }

    private static String zfill(String s, long width) {
        if (s.length() >= width) {
            return s;
        }
        if (width > Items.MAX_ITEMS) {
            throw Errors.memoryError("");
        }
        StringBuilder sb = new StringBuilder();
        repeat(sb, '0', width - s.length());
        sb.append(s);
        int fill = (int) (width - s.length());
        char c = sb.charAt(fill);
        if (c == '+' || c == '-') {
            sb.setCharAt(0, c);
            sb.setCharAt(fill, '0');
        }
        return sb.toString();
    }

    private static String expandTabs(String s, long tabSize) {
        StringBuilder sb = new StringBuilder();
        long column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabSize > 0) {
                    long incr = tabSize - (column % tabSize);
                    if (sb.length() + incr > Items.MAX_ITEMS) {
                        throw Errors.memoryError("");
                    }
                    column += incr;
                    repeat(sb, ' ', incr);
                }
            } else {
                column++;
                sb.append(c);
                if (c == '\n' || c == '\r') {
                    column = 0;
                }
            }
        }
        return sb.toString();
    }

    // ---- case

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static String lowerOf(int c) {
        return new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
    }

    /** CPython's {@code lower_ucs4}: the full lowercase of {@code s}'s code point {@code c} at {@code i}. */
    private static String lowerAt(String s, int i, int c) {
        if (c == 0x3a3) {
            return finalSigma(s, i) ? "\u03c2" : "\u03c3";
        }
        return lowerOf(c);
    }

    /** Whether the capital sigma at {@code i} ends a word: cased (case-ignorables)* Σ not followed by the same. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                break;
            }
            c = 0;
        }
        if (c == 0 || !isCased(c)) {
            return false;
        }
        for (j = i + 1; j < s.length(); ) {
            c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers, and the mid-word punctuation. */
    private static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || c == '\'' || c == '.' || c == ':' || c == 0xb7 || c == 0x387 || c == 0x55f || c == 0x5f4
                || c == 0x2018 || c == 0x2019 || c == 0x2024 || c == 0x2027 || c == 0xfe13 || c == 0xfe52
                || c == 0xfe55 || c == 0xff07 || c == 0xff0e || c == 0xff1a;
    }

    private static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c < 0x80) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c);
            } else {
                sb.append(lowerAt(s, i, c));
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static String upperOf(int c) {
        return new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
    }

    /** The full titlecase mapping: the simple one where it exists, else upper then lower ({@code ß} → {@code Ss}). */
    private static String titleOf(int c) {
        if (Character.isTitleCase(c)) {
            return new String(Character.toChars(c));
        }
        if (c == 0x149) {
            return "\u02bcN";
        }
        int t = Character.toTitleCase(c);
        String upper = upperOf(c);
        if (t != c || upper.codePointCount(0, upper.length()) == 1) {
            return new String(Character.toChars(t));
        }
        int first = upper.codePointAt(0);
        String rest = upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        if (c >= 0x1f80 && c <= 0x1fff && rest.endsWith("\u03b9")) {
            rest = rest.substring(0, rest.length() - 1) + "\u0345";
        }
        return new String(Character.toChars(first)) + rest;
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            sb.append(previousCased ? lowerAt(s, i, c) : titleOf(c));
            i += Character.charCount(c);
            previousCased = isCased(c);
        }
        return sb.toString();
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int c = s.codePointAt(0);
        StringBuilder sb = new StringBuilder(titleOf(c));
        for (int i = Character.charCount(c); i < s.length(); ) {
            int d = s.codePointAt(i);
            sb.append(lowerAt(s, i, d));
            i += Character.charCount(d);
        }
        return sb.toString();
    }

    private static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int at = i;
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                sb.append(lowerAt(s, at, c));
            } else if (Character.isLowerCase(c)) {
                sb.append(upperOf(c));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    private static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0x131 || (c >= 0x13a0 && c <= 0x13f5)) {
                sb.appendCodePoint(c);
            } else if (c >= 0x13f8 && c <= 0x13fd) {
                sb.appendCodePoint(c - 8);
            } else if (c == 0x1e9e) {
                sb.append("ss");
            } else if (c >= 0xab70 && c <= 0xabbf) {
                sb.appendCodePoint(c - 0xab70 + 0x13a0);
            } else if (isCased(c)) {
                sb.append(upperOf(c).toLowerCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    private static boolean isCase(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean isUpper = Character.isUpperCase(c);
            boolean isLower = Character.isLowerCase(c);
            if (Character.isTitleCase(c) || (upper ? isLower : isUpper)) {
                return false;
            }
            if (upper ? isUpper : isLower) {
                cased = true;
            }
        }
        return cased;
    }

    private static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    // ---- character classes

    static boolean isSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    private static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        if (c <= 0xffff) {
            for (int i = 0; i < DIGIT_RANGES.length; i += 2) {
                if (c >= DIGIT_RANGES[i] && c <= DIGIT_RANGES[i + 1]) {
                    return true;
                }
            }
            return false;
        }
        if (Character.getType(c) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9;
    }

    private static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || (c >= 0x3400 && HAN_NUMERIC.indexOf(c) >= 0);
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = i == 0 ? (c == '_' || (Character.isUnicodeIdentifierStart(c) && NOT_XID_START.indexOf(c) < 0))
                    : (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                            && NOT_XID_CONTINUE.indexOf(c) < 0);
            if (!ok) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
