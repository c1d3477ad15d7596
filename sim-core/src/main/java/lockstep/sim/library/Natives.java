package lockstep.sim.library;

import java.util.Map;
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
     * the class ({@code str.zfill(5)}), self is checked first, as CPython's method descriptors do
     * ({@link PyNativeFunction#checkSelf}), so that no body sees a self of another type.
     */
    static void method(PyType type, String name, PyNativeFunction.Body body) {
        type.dict.put(name, new PyNativeFunction(name, body, type));
    }

    /**
     * A function kept in a built-in type's dict that is called through the class without an instance (what CPython
     * makes a classmethod or staticmethod: {@code dict.fromkeys}, {@code chain.from_iterable}): no self to check.
     */
    static void classLevel(PyType type, String name, PyNativeFunction.Body body) {
        type.dict.put(name, new PyNativeFunction(name, body));
    }
}
