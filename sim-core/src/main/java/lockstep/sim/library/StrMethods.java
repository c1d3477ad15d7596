package lockstep.sim.library;

import static lockstep.sim.library.StrCase.isCase;
import static lockstep.sim.library.StrCase.isTitle;
import static lockstep.sim.library.StrCharClasses.isIdentifier;
import static lockstep.sim.library.StrCharClasses.isNumeric;
import static lockstep.sim.library.StrPadding.expandTabs;
import static lockstep.sim.library.StrPadding.pad;
import static lockstep.sim.library.StrPadding.zfill;
import static lockstep.sim.library.StrSearching.find;
import static lockstep.sim.library.StrSearching.partition;
import static lockstep.sim.library.StrSearching.replace;
import static lockstep.sim.library.StrSearching.tailMatch;
import static lockstep.sim.library.StrSplitting.split;
import static lockstep.sim.library.StrSplitting.splitLines;
import static lockstep.sim.library.StrSplitting.strip;
import static lockstep.sim.library.TypeMethods.index;
import static lockstep.sim.library.TypeMethods.intFlag;
import static lockstep.sim.library.TypeMethods.keywords;
import static lockstep.sim.library.TypeMethods.noArgs;
import static lockstep.sim.library.TypeMethods.oneArg;
import static lockstep.sim.library.TypeMethods.positional;

import java.util.AbstractList;
import java.util.AbstractMap;
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
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.Types;
import lockstep.sim.runtime.format.FormatError;
import lockstep.sim.runtime.format.StrFormat;

/**
 * The methods of {@code str}: installs them all, with the argument checks they share and {@code format_map}; the
 * work of each family is in its own class ({@link StrSplitting}, {@link StrSearching}, {@link StrPadding},
 * {@link StrCase}, {@link StrCharClasses}). Text is indexed by UTF-16 unit, like {@link PyStr}.
 */
final class StrMethods {
    private StrMethods() {}

    static void install() {
        Natives.method(Types.STR, "split", (ctx, a, kw) -> split(ctx, a, kw, false));
        Natives.method(Types.STR, "rsplit", (ctx, a, kw) -> split(ctx, a, kw, true));
        Natives.method(Types.STR, "splitlines", (ctx, a, kw) -> {
            String s = self(a, "splitlines");
            PyObject[] v = keywords("splitlines", a, kw, 1, "keepends");
            return splitLines(s, v[0] != null && intFlag(v[0]));
        });
        Natives.method(Types.STR, "join", StrSplitting::join);
        strip("strip", true, true);
        strip("lstrip", true, false);
        strip("rstrip", false, true);
        mapping("upper", s -> s.toUpperCase(Locale.ROOT));
        mapping("lower", StrCase::lower);
        mapping("title", StrCase::title);
        mapping("capitalize", StrCase::capitalize);
        mapping("swapcase", StrCase::swapcase);
        mapping("casefold", StrCase::casefold);
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
        Natives.method(Types.STR, "count", StrSearching::count);
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
        predicate("isdigit", StrCharClasses::isDigit);
        predicate("isnumeric", StrCharClasses::isNumeric);
        predicate("isdecimal", StrCharClasses::isDecimal);
        predicate("isalpha", Character::isLetter);
        predicate("isalnum", c -> Character.isLetter(c) || isNumeric(c));
        predicate("isspace", StrCharClasses::isSpace);
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
        StrMetering.install();
    }

    static String self(PyObject[] a, String method) {
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
    static String subArg(PyObject o) {
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

}
