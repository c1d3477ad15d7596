package lockstep.sim.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.runtime.Attrs;
import lockstep.sim.runtime.Items;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyRaise;
import lockstep.sim.runtime.PySet;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the CPython table cannot express: calls back into program code, and helpers. */
class MethodBehaviourTest {
    private final TestContext ctx = new TestContext();

    @BeforeAll
    static void install() {
        TypeMethods.install();
        Builtins.get("len");
    }

    private PyObject call(PyObject receiver, String method, PyObject... args) {
        return ctx.call(Attrs.get(ctx, receiver, method), args);
    }

    private static PyList list(PyObject... items) {
        return new PyList(List.of(items));
    }

    private static String message(PyRaise e) {
        return e.exception.type().name + ": " + Ops.exceptionMessage(e.exception);
    }

    /** A program class whose {@code __eq__} is a native that counts its calls and answers {@code answer}. */
    private static PyType classWithEq(List<PyObject[]> calls, boolean answer) {
        PyType t = new PyType("C", Types.OBJECT, false, "__main__");
        t.dict.put("__eq__", new PyNativeFunction("__eq__", (c, a, kw) -> {
            calls.add(a);
            return PyBool.of(answer);
        }));
        return t;
    }

    private PySet intSet(long... values) {
        PyList l = new PyList();
        for (long v : values) {
            l.items.add(PyInt.of(v));
        }
        return (PySet) ctx.call(Types.SET, l);
    }

    private String drain(PySet s) {
        List<String> out = new ArrayList<>();
        while (!s.items.isEmpty()) {
            out.add(Ops.repr(ctx, call(s, "pop")));
        }
        return String.join(", ", out);
    }

    /** Orders printed by CPython 3.11 for {@code s = set(items); while s: print(s.pop())}. */
    @Test
    void poppingASetEmptiesItInCPythonTableOrder() {
        assertEquals("13, 19, 21, 24, 4389, 39, 43, 3502, 2868, 53, 54, 4796, 704, 70, 967, 74, 4302, 4560, 81, -43, "
                + "-40, -39, 3160, 4571, -27, -14, 2802, 4734", drain(intSet(19, 4389, 74, 704, -39, 54, -43, 4560, 53,
                21, 24, 81, 70, 13, 3502, 4796, -27, -40, 4302, -14, 967, 2802, 4571, 2868, 39, 43, 4734, 3160)));
        assertEquals("-29, 2276, 2280, 10, 45, 14, 1362, 3259, -34",
                drain(intSet(-29, 14, -34, 3259, 1362, 2276, 2280, 45, 10)));
        assertEquals("1, 8, 11, 12, 3214, 26, 33, 1703, 39, 43, 46, 51, 3004, 61, -47, -34, -31, 3817, 745, 2806, -6, "
                + "-3", drain(intSet(1, 33, -3, -34, 8, 3214, 11, 51, 26, 43, -31, 12, 1703, -6, 46, 3817, 39, 2806, 61,
                -47, 745, 3004)));
        assertEquals("1, 7, 10, 11, 13, 2063, 4240, 17, 28, 30, 42, 44, 47, 49, 70, 2124, 1238, -39, -31, -26, 237, 498",
                drain(intSet(49, 42, 30, 4240, 237, -26, 7, 44, 13, 11, -39, 1, 10, 1238, 28, -31, 70, 17, 2063, 47,
                2124, 498)));
    }

    /** CPython: {@code s = set([5, 13, 21, 2, 40]); s.pop(); s.add(29); s.add(3); ...} pops 2, then 3, 5, 40, ... */
    @Test
    void popKeepsItsPlaceAcrossChanges() {
        PySet s = intSet(5, 13, 21, 2, 40);
        assertEquals(PyInt.of(2), call(s, "pop"));
        call(s, "add", PyInt.of(29));
        call(s, "add", PyInt.of(3));
        assertEquals(PyInt.of(3), call(s, "pop"));
        assertEquals(PyInt.of(5), call(s, "pop"));
        assertEquals(PyInt.of(40), call(s, "pop"));
        call(s, "discard", PyInt.of(40));
        call(s, "add", PyInt.of(64));
        assertEquals("13, 21, 29, 64", drain(s));
    }

    @Test
    void popOfOtherItemsFollowsInsertionOrder() {
        PySet s = (PySet) ctx.call(Types.SET, PyStr.of("abc"));
        assertEquals(PyStr.of("a"), call(s, "pop"));
        call(s, "add", PyStr.of("d"));
        assertEquals("'b', 'c', 'd'", drain(s));
    }

    @Test
    void listSearchesCallProgramEqWithTheItemFirst() {
        List<PyObject[]> calls = new ArrayList<>();
        PyType c = classWithEq(calls, true);
        PyInstance item = new PyInstance(c);
        PyList l = list(PyInt.of(1), item);
        assertEquals(PyInt.of(1), call(l, "index", PyStr.of("x")));
        assertSame(item, calls.get(0)[0], "the list item's __eq__ is asked, with the item as self");
        assertEquals(PyStr.of("x"), calls.get(0)[1]);
        assertEquals(PyInt.of(1), call(l, "count", PyInt.of(7)));
        call(l, "remove", PyInt.of(7));
        assertEquals("[1]", Ops.repr(ctx, l));
    }

    @Test
    void identityFindsAnItemEvenWhenEqSaysNo() {
        List<PyObject[]> calls = new ArrayList<>();
        PyInstance item = new PyInstance(classWithEq(calls, false));
        PyList l = list(item);
        assertEquals(PyInt.ZERO, call(l, "index", item));
        assertEquals(PyInt.ONE, call(PyTuple.of(item), "count", item));
        assertTrue(calls.isEmpty(), "identity is checked before __eq__");
        PyRaise e = assertThrows(PyRaise.class, () -> call(l, "remove", new PyInstance(item.type())));
        assertEquals("ValueError: list.remove(x): x not in list", message(e));
        assertEquals(1, calls.size());
    }

    @Test
    void sortDropsChangesMadeByTheKeyFunction() {
        PyList l = list(PyInt.of(3), PyInt.of(1), PyInt.of(2));
        PyNativeFunction key = new PyNativeFunction("key", (c, a, kw) -> {
            l.items.add(PyInt.of(99));
            return a[0];
        });
        PyDict kw = new PyDict();
        kw.map.put(PyStr.of("key"), key);
        PyRaise e = assertThrows(PyRaise.class, () -> ctx.call(Attrs.get(ctx, l, "sort"), new PyObject[0], kw));
        assertEquals("ValueError: list modified during sort", message(e));
        assertEquals("[1, 2, 3]", Ops.repr(ctx, l));
    }

    @Test
    void sortSeesAnEmptyListWhileSorting() {
        PyList l = list(PyInt.of(2), PyInt.of(1));
        List<Long> seen = new ArrayList<>();
        PyNativeFunction key = new PyNativeFunction("key", (c, a, kw) -> {
            seen.add(Items.len(c, l));
            return a[0];
        });
        PyDict kw = new PyDict();
        kw.map.put(PyStr.of("key"), key);
        ctx.call(Attrs.get(ctx, l, "sort"), new PyObject[0], kw);
        assertEquals(List.of(0L, 0L), seen);
        assertEquals("[1, 2]", Ops.repr(ctx, l));
    }

    @Test
    void updateReadsObjectsWithKeysAsMappings() {
        PyType m = new PyType("M", Types.OBJECT, false, "__main__");
        m.dict.put("keys", new PyNativeFunction("keys", (c, a, kw) -> list(PyStr.of("a"), PyStr.of("b"))));
        m.dict.put("__getitem__", new PyNativeFunction("__getitem__",
                (c, a, kw) -> PyStr.of(((PyStr) a[1]).value.toUpperCase())));
        PyDict d = new PyDict();
        assertSame(PyNone.NONE, call(d, "update", new PyInstance(m)));
        assertEquals("{'a': 'A', 'b': 'B'}", Ops.repr(ctx, d));
    }

    @Test
    void fromkeysIsAClassMethod() {
        PyObject viaType = Attrs.get(ctx, Types.DICT, "fromkeys");
        PyObject viaInstance = Attrs.get(ctx, new PyDict(), "fromkeys");
        assertEquals("{'a': None}", Ops.repr(ctx, ctx.call(viaType, PyStr.of("a"))));
        assertEquals("{'b': 0}", Ops.repr(ctx, ctx.call(viaInstance, PyStr.of("b"), PyInt.ZERO)));
        assertTrue(Ops.repr(ctx, viaType).startsWith("<built-in method fromkeys of type object at 0x"));
    }

    @Test
    void joinDrainsAnyIterable() {
        PyObject it = Items.iter(ctx, list(PyStr.of("x"), PyStr.of("y")));
        assertEquals(PyStr.of("x+y"), call(PyStr.of("+"), "join", it));
    }

    @Test
    void formatMapFindsPositionalFields() {
        assertTrue(StrMethods.hasPositionalField("{}"));
        assertTrue(StrMethods.hasPositionalField("a {0} b"));
        assertTrue(StrMethods.hasPositionalField("{a:{}}"));
        assertTrue(StrMethods.hasPositionalField("{a}{1[x]}"));
        assertTrue(StrMethods.hasPositionalField("{!r}"));
        assertFalse(StrMethods.hasPositionalField("{a} {b.c} {d[0]}"));
        assertFalse(StrMethods.hasPositionalField("{{}} {{0}}"));
        assertFalse(StrMethods.hasPositionalField("{a:{w}}"));
        assertFalse(StrMethods.hasPositionalField("no fields"));
    }

    @Test
    void everyMethodIsANativeOfItsType() {
        for (PyType t : new PyType[] {Types.STR, Types.LIST, Types.DICT, Types.SET, Types.FROZENSET, Types.TUPLE,
                Types.INT, Types.FLOAT}) {
            assertFalse(t.dict.isEmpty(), t.name);
            t.dict.forEach((name, v) -> {
                if (v instanceof PyNativeFunction n) {
                    assertEquals(name, n.name);
                }
            });
        }
        assertTrue(Types.BOOL.lookup("bit_length") instanceof PyNativeFunction, "bool inherits int's methods");
        assertFalse(Types.FROZENSET.dict.containsKey("add"), "frozenset has no mutating methods");
    }
}
