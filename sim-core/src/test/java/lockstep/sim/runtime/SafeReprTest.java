package lockstep.sim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cut repr narration shows: what the full repr would show up to the cut, made without building the rest. */
class SafeReprTest {
    @Test
    void aLongContainerIsCutWhereItsFullReprWouldBe() {
        List<PyObject> items = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            items.add(PyInt.of(i));
        }
        PyList list = new PyList();
        list.items.addAll(items);
        PyDict dict = new PyDict();
        dict.map.put(PyStr.of("xs"), list);
        PyObject nested = PyTuple.of(list, dict);
        for (PyObject o : List.of(list, dict, nested)) {
            String full = Ops.repr(new PlainContext(), o);
            assertEquals(full.substring(0, 59) + "…", Ops.safeRepr(o, 60));
        }
        assertEquals("[1, 2]", Ops.safeRepr(listOf(PyInt.of(1), PyInt.of(2)), 60));
    }

    private static PyList listOf(PyObject... items) {
        PyList l = new PyList();
        l.items.addAll(List.of(items));
        return l;
    }
}
