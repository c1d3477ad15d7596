package lockstep.sim.library;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.runtime.Attrs;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;

/**
 * An asyncio event loop's pending callbacks, read from the attributes {@code asyncio.py} keeps them in: the ready
 * queue ({@code _ready}) and the timers ({@code _scheduled}), without the cancelled ones. The trace's loop events and
 * the inspector's pictures both read them here. Reads only; never runs program code.
 */
public final class EventLoopQueues {
    /** A pending timer: what it will do and the virtual time it fires at. */
    public record Timer(String label, double whenSeconds) {}

    private EventLoopQueues() {}

    /** The ready queue, first to run first: each callback named after the task it steps, or its function. */
    public static List<String> ready(PyObject loop) {
        List<String> labels = new ArrayList<>();
        for (PyInstance handle : pending(loop, "_ready")) {
            labels.add(label(handle));
        }
        return labels;
    }

    /** The timers, earliest first. */
    public static List<Timer> timers(PyObject loop) {
        List<Timer> timers = new ArrayList<>();
        for (PyInstance handle : pending(loop, "_scheduled")) {
            if (handle.dict.get("_when") instanceof PyFloat when) {
                timers.add(new Timer(label(handle), when.value));
            }
        }
        return timers;
    }

    private static List<PyInstance> pending(PyObject loop, String attribute) {
        List<PyInstance> handles = new ArrayList<>();
        if (loop instanceof PyInstance l && l.dict.get(attribute) instanceof PyList list) {
            for (PyObject h : list.items) {
                if (h instanceof PyInstance handle && handle.dict.get("_cancelled") != PyBool.TRUE) {
                    handles.add(handle);
                }
            }
        }
        return handles;
    }

    private static String label(PyInstance handle) {
        if (handle.dict.get("_label") instanceof PyStr s) {
            return s.value;
        }
        PyObject callback = handle.dict.get("_callback");
        PyObject name = callback == null ? null : Attrs.find(callback, "__name__");
        return name instanceof PyStr s ? s.value + "()" : "?";
    }
}
