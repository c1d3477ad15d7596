package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;

/** A simulated process: its pid, its {@code __main__} globals, its imported modules and its threads. */
public final class SimProcess {
    final int pid;
    final PyModule main;
    final LinkedHashMap<String, PyModule> modules = new LinkedHashMap<>();
    final List<SimThread> threads = new ArrayList<>();

    SimProcess(int pid) {
        this.pid = pid;
        LinkedHashMap<String, PyObject> globals = new LinkedHashMap<>();
        this.main = new PyModule("__main__", globals);
    }

    public int pid() {
        return pid;
    }

    public LinkedHashMap<String, PyObject> globals() {
        return main.dict;
    }
}
