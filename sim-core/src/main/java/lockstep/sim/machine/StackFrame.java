package lockstep.sim.machine;

import java.util.Map;
import lockstep.sim.runtime.PyObject;

/**
 * One frame of a thread as inspection sees it: the file and function it runs, the line being executed, and its
 * bound local variables (cells included) by name.
 */
public record StackFrame(String file, String function, int line, Map<String, PyObject> locals) {
    public StackFrame {
        locals = java.util.Collections.unmodifiableMap(locals);
    }
}
