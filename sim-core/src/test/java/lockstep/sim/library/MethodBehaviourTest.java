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
