package lockstep.sim.machine;

import java.util.Map;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.TypeFactory;
import lockstep.sim.runtime.Types;

/**
 * {@code class} statements: runs the class body in a namespace of its own and makes the type from it, or, when
 * the class has a metaclass other than {@code type} (given, or its base's), calls the metaclass with the name, the
 * bases and the namespace, as CPython does.
 */
final class ClassBuilder {
    private final Interpreter interpreter;

    ClassBuilder(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** {@code metaclass} is the {@code metaclass=} keyword's value, or null. */
    PyType makeClass(PyFunction body, String name, PyTuple bases, PyObject metaclass) {
        PyType base = TypeFactory.base(bases);
        PyType meta = metaclass instanceof PyType m ? m : base.type();
        if (metaclass != null && !(metaclass instanceof PyType)) {
            throw lockstep.sim.runtime.Errors.typeError("a metaclass other than a class is outside the scenario "
                    + "language");
        }
        Calls calls = interpreter.calls;
        Frame frame = calls.newFrame(body, new PyObject[0], 0, 0, null);
        frame.returnMode = Frame.ReturnMode.TO_JAVA;
        String module = body.globals.get("__name__") instanceof PyStr n ? n.value : "__main__";
        frame.namespace.put("__module__", PyStr.of(module));
        frame.namespace.put("__qualname__", PyStr.of(body.code.qualifiedName));
        calls.enter(frame, interpreter.thread.frame);
        interpreter.execute(frame);
        if (meta == Types.TYPE) {
            return defining(frame, TypeFactory.create(interpreter.context, Types.TYPE, name, bases, frame.namespace));
        }
        PyDict namespace = new PyDict();
        for (Map.Entry<String, PyObject> e : frame.namespace.entrySet()) {
            namespace.map.put(PyStr.of(e.getKey()), e.getValue());
        }
        PyObject made = calls.callFromJava(meta, new PyObject[] {PyStr.of(name), bases, namespace}, null);
        if (!(made instanceof PyType t)) {
            throw lockstep.sim.runtime.Errors.typeError("a metaclass returning something other than a class is "
                    + "outside the scenario language");
        }
        return defining(frame, t);
    }

    /** Every function the body defined learns its class, however it was wrapped since. */
    private static PyType defining(Frame body, PyType type) {
        if (body.methodsDefined != null) {
            for (PyFunction fn : body.methodsDefined) {
                if (fn.definingClass == null) {
                    fn.definingClass = type;
                }
            }
        }
        return type;
    }
}
