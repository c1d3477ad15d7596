package lockstep.sim.machine;

import java.util.LinkedHashMap;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.library.Modules;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;

/**
 * Module loading: {@code import} of the library's modules into a process, once per process — those written in
 * Python run their top level outside the run's steps and trace, the others are made by {@link Modules}.
 */
final class ModuleLoader {
    private final Machine machine;

    ModuleLoader(Machine machine) {
        this.machine = machine;
    }

    /** The module {@code name} of the thread's process, or null when it has not been imported there. */
    PyModule moduleOf(SimThread t, String name) {
        return t.process.modules.get(name);
    }

    /**
     * Imports {@code name} into the process once; a dotted name imports its package first and becomes an
     * attribute of it, so {@code import concurrent.futures} makes {@code concurrent.futures} reachable.
     */
    PyModule importModule(SimProcess process, String name) {
        PyModule m = process.modules.get(name);
        if (m == null && name.contains(".")) {
            int dot = name.lastIndexOf('.');
            PyModule parent = importModule(process, name.substring(0, dot));
            m = loadModule(process, name);
            parent.dict.put(name.substring(dot + 1), m);
            return m;
        }
        return m != null ? m : loadModule(process, name);
    }

    /** Loads one module (not yet in the process) from its Python source or from Java. */
    private PyModule loadModule(SimProcess process, String name) {
        PyModule m = process.modules.get(name);
        if (m == null) {
            CodeObject pythonSource = Modules.pythonSource(name);
            if (pythonSource != null) {
                LinkedHashMap<String, PyObject> globals = new LinkedHashMap<>();
                globals.put("__name__", PyStr.of(name));
                m = new PyModule(name, globals);
                process.modules.put(name, m);
                machine.interpreter.runModuleBody(pythonSource, globals);
            } else {
                m = Modules.create(name);
                process.modules.put(name, m);
            }
        }
        return m;
    }
}
