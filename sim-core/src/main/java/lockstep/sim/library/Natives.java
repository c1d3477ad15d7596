package lockstep.sim.library;

import java.util.Map;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyType;

/** Small helpers to register native functions and methods. */
final class Natives {
    private Natives() {}

    static void function(Map<String, PyObject> into, String name, PyNativeFunction.Body body) {
        into.put(name, new PyNativeFunction(name, body));
    }

    /**
     * A method of a built-in type; {@code args[0]} is self. Its name for messages is {@code type.name}. Called through
     * the class ({@code str.zfill(5)}), it first checks that self is there and is an instance of the type, as
     * CPython's method descriptors do, so that no body sees a self of another type.
     */
    static void method(PyType type, String name, PyNativeFunction.Body body) {
        type.dict.put(name, new PyNativeFunction(name, selfChecked(type, name, body)));
    }

    /**
     * A function kept in a built-in type's dict that is called through the class without an instance (what CPython
     * makes a classmethod or staticmethod: {@code dict.fromkeys}, {@code chain.from_iterable}): no self to check.
     */
    static void classLevel(PyType type, String name, PyNativeFunction.Body body) {
        type.dict.put(name, new PyNativeFunction(name, body));
    }

    private static PyNativeFunction.Body selfChecked(PyType type, String name, PyNativeFunction.Body body) {
        boolean slot = name.startsWith("__") && name.endsWith("__");
        return (ctx, a, kw) -> {
            if (a.length == 0) {
                throw Errors.typeError(slot ? "descriptor '" + name + "' of '" + type.name + "' object needs an argument"
                        : "unbound method " + type.name + "." + name + "() needs an argument");
            }
            PyType selfType = a[0].type();
            if (selfType != type && !selfType.isSubtypeOf(type)) {
                throw Errors.typeError(slot
                        ? "descriptor '" + name + "' requires a '" + type.name + "' object but received a '"
                                + selfType.name + "'"
                        : "descriptor '" + name + "' for '" + type.name + "' objects doesn't apply to a '"
                                + selfType.name + "' object");
            }
            return body.call(ctx, a, kw);
        };
    }
}
