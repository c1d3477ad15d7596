package lockstep.sim.machine;

import java.util.Map;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyStaticMethod;
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
        PyType type = new PyType(name, base, false, module);
        for (Map.Entry<String, PyObject> e : frame.namespace.entrySet()) {
            if (e.getKey().equals("__qualname__")) {
                continue;
            }
            PyObject value = e.getValue();
            if (e.getKey().equals("__new__") && value instanceof PyFunction) {
                value = new PyStaticMethod(value); // as CPython: __new__ is a static method without the decorator
            }
            type.dict.put(e.getKey(), value);
            if (e.getValue() instanceof PyFunction fn && fn.code.isMethodOfClassBody) {
                fn.definingClass = type;
            }
        }
        setNames(type);
        return type;
    }

    /** {@code __set_name__(owner, name)} of each attribute that defines it, in definition order, as CPython. */
    private void setNames(PyType type) {
        for (Map.Entry<String, PyObject> e : type.dict.entrySet()) {
            PyObject setName = e.getValue() instanceof PyInstance ? e.getValue().type().lookup("__set_name__") : null;
            if (setName != null) {
                interpreter.calls.callFromJava(setName, new PyObject[] {e.getValue(), type, PyStr.of(e.getKey())}, null);
            }
        }
    }
}
