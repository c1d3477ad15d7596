package lockstep.sim.library;

import static lockstep.sim.library.TypeMethods.oneArg;
import static lockstep.sim.library.TypeMethods.positional;

import java.util.List;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.Types;

/** The methods of {@code tuple}: {@code count} and {@code index}, compared as list's are. */
final class TupleMethods {
    private TupleMethods() {}

    static void install() {
        Natives.method(Types.TUPLE, "count", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "count");
            oneArg("tuple.count", a, kw);
            return PyInt.of(ListMethods.count(ctx, items, a[1]));
        });
        Natives.method(Types.TUPLE, "index", (ctx, a, kw) -> {
            List<PyObject> items = self(a, "index");
            positional("index", "tuple.index", a, kw, 1, 3);
            long i = ListMethods.find(ctx, items, a);
            if (i < 0) {
                throw Errors.valueError("tuple.index(x): x not in tuple");
            }
            return PyInt.of(i);
        });
        Natives.method(Types.TUPLE, "__len__", (ctx, a, kw) -> {
            return PyInt.of(TypeMethods.wrapperSelf(a, kw, PyTuple.class, Types.TUPLE, "__len__").items.length);
        });
    }

    private static List<PyObject> self(PyObject[] a, String method) {
        return TypeMethods.self(a, PyTuple.class, Types.TUPLE, method).asList();
    }
}
