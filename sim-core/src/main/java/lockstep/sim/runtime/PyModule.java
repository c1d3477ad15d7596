package lockstep.sim.runtime;

import java.util.LinkedHashMap;

/** A module: the program's {@code __main__} or a simulated library module such as {@code time}. */
public final class PyModule extends PyObject {
    public final String name;
    public final LinkedHashMap<String, PyObject> dict;

    public PyModule(String name, LinkedHashMap<String, PyObject> dict) {
        this.name = name;
        this.dict = dict;
    }

    @Override
    public PyType type() {
        return Types.MODULE;
    }
}
