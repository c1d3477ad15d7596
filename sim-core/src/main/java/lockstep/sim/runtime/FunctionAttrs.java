package lockstep.sim.runtime;

/** The attributes of a program function: its names, docstring, module and whatever the program sets on it. */
final class FunctionAttrs {
    private FunctionAttrs() {}

    static PyObject get(PyFunction f, String name) {
        PyObject own = f.attribute(name);
        if (own != null) {
            return own;
        }
        return switch (name) {
            case "__name__" -> PyStr.of(f.name);
            case "__qualname__" -> PyStr.of(f.qualifiedName);
            case "__module__" -> f.globals.get("__name__") instanceof PyStr s ? s : PyStr.of("__main__");
            case "__doc__" -> f.code.docstring == null ? PyNone.NONE : PyStr.of(f.code.docstring);
            case "__dict__" -> dict(f);
            case "__defaults__" -> f.defaults.length == 0 ? PyNone.NONE : PyTuple.of(f.defaults.clone());
            default -> null;
        };
    }

    static void set(PyFunction f, String name, PyObject value) {
        switch (name) {
            case "__name__", "__qualname__" -> {
                if (!(value instanceof PyStr s)) {
                    throw Errors.typeError(name + " must be set to a string object");
                }
                if (name.equals("__name__")) {
                    f.name = s.value;
                } else {
                    f.qualifiedName = s.value;
                }
            }
            case "__dict__", "__defaults__", "__code__", "__globals__", "__closure__" ->
                    throw Errors.typeError("setting " + name + " of a function is outside the scenario language");
            default -> f.setAttribute(name, value);
        }
    }

    /** A copy of the attributes the program set, which is what CPython's function {@code __dict__} holds. */
    private static PyDict dict(PyFunction f) {
        PyDict d = new PyDict();
        f.attributes().forEach((k, v) -> {
            if (!k.equals("__doc__") && !k.equals("__module__")) {
                d.map.put(PyStr.of(k), v);
            }
        });
        return d;
    }
}
