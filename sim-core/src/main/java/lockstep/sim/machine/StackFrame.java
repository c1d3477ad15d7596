package lockstep.sim.machine;

import java.util.List;
import java.util.Map;
import lockstep.sim.runtime.PyObject;

/**
 * One frame of a thread as inspection sees it: the file and function it runs, the line being executed, its bound
 * local variables (cells included) by name, the values on its value stack (bottom first) and its micro-op at that
 * point (the next one for a frame about to run, the call in progress for the others).
 */
public record StackFrame(String file, String function, int line, Map<String, PyObject> locals, List<PyObject> values,
                         String microOp) {
    public StackFrame {
        locals = java.util.Collections.unmodifiableMap(locals);
        values = java.util.Collections.unmodifiableList(values);
    }

    /** A frame seen without its value stack and micro-op. */
    public StackFrame(String file, String function, int line, Map<String, PyObject> locals) {
        this(file, function, line, locals, List.of(), "");
    }
}
