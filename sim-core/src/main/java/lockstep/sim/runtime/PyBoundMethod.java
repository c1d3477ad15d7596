package lockstep.sim.runtime;

/** A function bound to its {@code self}: {@code obj.method} before it is called. */
public final class PyBoundMethod extends PyObject {
    public final PyObject self;
    public final PyObject function;

    public PyBoundMethod(PyObject self, PyObject function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public PyType type() {
        return Types.METHOD;
    }
}
