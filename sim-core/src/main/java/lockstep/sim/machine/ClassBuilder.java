package lockstep.sim.machine;

import java.util.Map;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.Types;

/** {@code class} statements: runs the class body in a namespace of its own and makes the type from it. */
final class ClassBuilder {
    private final Interpreter interpreter;

    ClassBuilder(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    PyType makeClass(PyFunction body, String name, PyTuple bases) {
        if (bases.items.length > 1) {
            throw Errors.typeError("multiple inheritance is outside the scenario language");
        }
        PyType base = Types.OBJECT;
        if (bases.items.length == 1) {
            if (!(bases.items[0] instanceof PyType b)) {
                throw Errors.typeError("bases must be types");
            }
            base = b;
        }
        Calls calls = interpreter.calls;
        Frame frame = calls.newFrame(body, new PyObject[0], 0, 0, null);
        frame.returnMode = Frame.ReturnMode.TO_JAVA;
        String module = body.globals.get("__name__") instanceof PyStr n ? n.value : "__main__";
        frame.namespace.put("__module__", PyStr.of(module));
        frame.namespace.put("__qualname__", PyStr.of(body.code.qualifiedName));
        calls.enter(frame, interpreter.thread.frame);
        interpreter.execute(frame);
        if (frame.namespace.get("__module__") instanceof PyStr assigned) {
            module = assigned.value; // a class body may set its own __module__, as asyncio's Task does
        }
        PyType type = new PyType(name, base, false, module);
        for (Map.Entry<String, PyObject> e : frame.namespace.entrySet()) {
            if (e.getKey().equals("__qualname__")) {
                continue;
            }
            type.dict.put(e.getKey(), e.getValue());
            if (e.getValue() instanceof PyFunction fn && fn.code.isMethodOfClassBody) {
                fn.definingClass = type;
            }
        }
        return type;
    }
}
