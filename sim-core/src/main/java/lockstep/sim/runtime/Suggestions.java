package lockstep.sim.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * CPython 3.11's "Did you mean" for an uncaught AttributeError or NameError: computed when the traceback is printed,
 * from the AttributeError's {@code name} and {@code obj} (or the names the NameError's frame could see), as the name
 * nearest to the missing one by a Levenshtein distance in
 * which a case change costs 1 and any other edit 2 (over UTF-8 bytes), within (len(a) + len(b) + 3) / 3 edits; what
 * differs beyond a common prefix and suffix may be 40 bytes at most, and lists of 750 names or more are not searched.
 */
public final class Suggestions {
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MAX_CANDIDATE_ITEMS = 750;
    /** What {@code dir()} lists for every object, besides its class's and its own attributes. */
    private static final List<String> OBJECT_NAMES = List.of("__class__", "__delattr__", "__dir__", "__doc__",
            "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
            "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
            "__setattr__", "__sizeof__", "__str__", "__subclasshook__");

    private Suggestions() {}

    /** Marks an AttributeError with the object and name a failed lookup was for, as CPython's getattr does. */
    public static PyRaise withContext(PyRaise r, PyObject obj, String name) {
        if (r.exception.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
            r.exception.dict.put("name", PyStr.of(name));
            r.exception.dict.put("obj", obj);
        }
        return r;
    }

    /** The names a NameError's frame could see: its local variables and its globals (read when printed). */
    public record NameScope(List<String> locals, Map<String, PyObject> globals) {}

    /** Marks a NameError the interpreter raised with its name and what its frame could see, as CPython's does. */
    public static PyRaise withNameScope(PyRaise r, String name, String[] locals, Map<String, PyObject> globals) {
        r.exception.dict.put("name", PyStr.of(name));
        r.exception.nameScope = new NameScope(List.of(locals), globals);
        return r;
    }

    /**
     * The text to add to an exception's last line: {@code ". Did you mean: 'x'?"}, or empty. A NameError looks
     * through its frame's local variables, then its globals, then {@code builtins}.
     */
    public static String suffix(PyBaseException e, Collection<String> builtins) {
        return suffix(e, builtins, module -> List.of());
    }

    /**
     * The same, where a module's names include {@code moduleAttributes(module name)}: the submodules and imported
     * modules CPython's module holds, which the simulated module lacks but {@code dir()} lists in CPython.
     */
    public static String suffix(PyBaseException e, Collection<String> builtins,
            Function<String, List<String>> moduleAttributes) {
        String best = null;
        if (e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR) && e.dict.get("name") instanceof PyStr name
                && e.dict.get("obj") != null) {
            PyObject obj = e.dict.get("obj");
            List<String> extra = obj instanceof PyModule m ? moduleAttributes.apply(m.name) : List.of();
            best = nearest(attributeNames(obj, extra), name.value);
        } else if (e.nameScope != null && e.dict.get("name") instanceof PyStr name) {
            best = nearest(e.nameScope.locals(), name.value);
            if (best == null) {
                best = nearest(new ArrayList<>(e.nameScope.globals().keySet()), name.value);
            }
            if (best == null) {
                best = nearest(new ArrayList<>(builtins), name.value);
            }
        }
        return best == null ? "" : ". Did you mean: '" + best + "'?";
    }

    /** Roughly what {@code dir(o)} lists, sorted: its own attributes, its class chain's, and object's. */
    static List<String> attributeNames(PyObject o) {
        return attributeNames(o, List.of());
    }

    private static List<String> attributeNames(PyObject o, List<String> moduleAttributes) {
        Set<String> names = new LinkedHashSet<>();
        if (o instanceof PyModule m) {
            names.addAll(m.dict.keySet());
            names.addAll(moduleAttributes);
            return sorted(names);
        }
        if (o instanceof PyInstance inst) {
            names.addAll(inst.dict.keySet());
        }
        List<PyType> chain = new ArrayList<>(o.type().mro());
        if (o instanceof PyType t) {
            chain.addAll(0, t.mro());
        }
        for (PyType t : chain) {
            names.addAll(t.dict.keySet());
        }
        names.addAll(OBJECT_NAMES);
        if (o instanceof PyInstance && !o.type().builtin || o instanceof PyType t && !t.builtin) {
            names.add("__dict__");
            names.add("__module__");
            names.add("__weakref__");
        }
        return sorted(names);
    }

    /** dir() sorts its names, which decides between equally near ones. */
    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }

    /** The candidate nearest to {@code name}, the first of equals, or null when none is near enough. */
    static String nearest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            byte[] item = candidate.getBytes(StandardCharsets.UTF_8);
            int maxDistance = (wanted.length + item.length + 3) * MOVE_COST / 6;
            if (bestDistance - 1 < maxDistance) {
                maxDistance = bestDistance - 1;
            }
            int distance = distance(wanted, item, maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (best == null || distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The edit distance, or anything above {@code maxCost} once it is certain to exceed it. */
    static int distance(byte[] a, byte[] b, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length;
        int bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int s = aStart;
            aStart = bStart;
            bStart = s;
            s = aSize;
            aSize = bSize;
            bSize = s;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[aSize];
        for (int i = 0; i < aSize; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < aSize; ai++) {
                int substitute = distance + substitutionCost(code, a[aStart + ai]);
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(byte a, byte b) {
        if (a == b) {
            return 0;
        }
        return lower(a) == lower(b) ? CASE_COST : MOVE_COST;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
