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

    /** A method of a built-in type; {@code args[0]} is self. Its name for messages is {@code type.name}. */
    static void method(PyType type, String name, PyNativeFunction.Body body) {
        type.dict.put(name, new PyNativeFunction(name, body));
    }
}
