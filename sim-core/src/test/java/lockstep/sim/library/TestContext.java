package lockstep.sim.library;

import lockstep.sim.runtime.PyBoundMethod;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyNativeFunction;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyType;

/** A machine-less context for tests: calls natives, bound natives and built-in constructors directly. */
final class TestContext extends lockstep.sim.runtime.PlainContext {
    final StringBuilder printed = new StringBuilder();

    @Override
    public PyObject call(PyObject callable, PyObject[] args, PyDict kwargs) {
        if (callable instanceof PyNativeFunction n) {
            return n.body.call(this, args, kwargs);
        }
        if (callable instanceof PyBoundMethod m) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = m.self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return call(m.function, withSelf, kwargs);
        }
        if (callable instanceof PyType t && t.constructor() != null) {
            return t.constructor().construct(this, t, args, kwargs);
        }
        throw lockstep.sim.runtime.Errors.typeError("'" + callable.type().name + "' object is not callable");
    }

    @Override
    public void print(String text) {
        printed.append(text);
    }
}
