package lockstep.sim.inspect;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.library.EventLoopQueues;
import lockstep.sim.machine.SimProcess;
import lockstep.sim.machine.SimThread;
import lockstep.sim.runtime.PyCoroutine;
import lockstep.sim.runtime.PyDict;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;

/**
 * Reads a process's asyncio event loops from the module's own state ({@code _all_tasks}, {@code _running_loops},
 * {@code _current_tasks}, each loop's {@code _ready} and {@code _scheduled}), as {@code asyncio.py} keeps it; then
 * its gevent hub ({@link GeventHub}), when it has one.
 */
final class EventLoops {
    private EventLoops() {}

    static List<EventLoopInfo> of(SimProcess p) {
        List<EventLoopInfo> loops = new ArrayList<>(asyncioLoops(p));
        EventLoopInfo hub = GeventHub.of(p);
        if (hub != null) {
            loops.add(hub);
        }
        return loops;
    }

    private static List<EventLoopInfo> asyncioLoops(SimProcess p) {
        PyModule asyncio = p.module("asyncio");
        if (asyncio == null) {
            return List.of();
        }
        Map<PyObject, List<PyInstance>> tasksByLoop = new IdentityHashMap<>();
        List<PyObject> loops = new ArrayList<>();
        if (asyncio.dict.get("_all_tasks") instanceof PyList all) {
            for (PyObject t : all.items) {
                if (t instanceof PyInstance task && task.dict.get("_loop") instanceof PyInstance loop) {
                    if (!tasksByLoop.containsKey(loop)) {
                        loops.add(loop);
                    }
                    tasksByLoop.computeIfAbsent(loop, k -> new ArrayList<>()).add(task);
                }
            }
        }
        if (asyncio.dict.get("_running_loops") instanceof PyDict running) {
            for (PyObject loop : running.map.values()) {
                if (loop instanceof PyInstance && !tasksByLoop.containsKey(loop)) {
                    loops.add(loop);
                    tasksByLoop.put(loop, new ArrayList<>());
                }
            }
        }
        List<EventLoopInfo> infos = new ArrayList<>();
        for (PyObject loop : loops) {
            PyInstance l = (PyInstance) loop;
            if (l.dict.get("_closed") == lockstep.sim.runtime.PyBool.TRUE && !hasPending(tasksByLoop.get(loop))) {
                continue;
            }
            infos.add(loop(p, asyncio, l, tasksByLoop.get(loop)));
        }
        return infos;
    }

    private static boolean hasPending(List<PyInstance> tasks) {
        return tasks.stream().anyMatch(t -> "PENDING".equals(text(t.dict.get("_state"))));
    }

    private static EventLoopInfo loop(SimProcess p, PyModule asyncio, PyInstance loop, List<PyInstance> tasks) {
        PyObject current = asyncio.dict.get("_current_tasks") instanceof PyDict d ? d.map.get(loop) : null;
        List<EventLoopInfo.Timer> timers = EventLoopQueues.timers(loop).stream()
                .map(t -> new EventLoopInfo.Timer(t.label(), t.whenSeconds())).toList();
        List<EventLoopInfo.TaskInfo> infos = new ArrayList<>();
        for (PyInstance t : tasks) {
            infos.add(task(t, t == current));
        }
        return new EventLoopInfo(threadOf(p, loop), loop.dict.get("_thread_id") instanceof PyInt,
                EventLoopQueues.ready(loop), timers, infos);
    }

    private static EventLoopInfo.TaskInfo task(PyInstance t, boolean current) {
        String name = text(t.dict.get("_name"));
        String coroutine = t.dict.get("_coro") instanceof PyCoroutine c ? c.qualifiedName() : "?";
        String state = text(t.dict.get("_state"));
        PyObject waiter = t.dict.get("_fut_waiter");
        EventLoopInfo.State s;
        String awaiting = null;
        if ("CANCELLED".equals(state)) {
            s = EventLoopInfo.State.CANCELLED;
        } else if ("FINISHED".equals(state)) {
            PyObject exception = t.dict.get("_exception");
            s = exception == null || exception == PyNone.NONE ? EventLoopInfo.State.DONE : EventLoopInfo.State.FAILED;
        } else if (waiter instanceof PyInstance w) {
            // Checked first: a task that has just yielded is still the loop's current task until its step returns.
            s = EventLoopInfo.State.WAITING;
            PyObject label = w.dict.get("_label");
            awaiting = label instanceof PyStr ls ? ls.value : "<Future pending>";
        } else if (current) {
            s = EventLoopInfo.State.RUNNING;
        } else {
            s = EventLoopInfo.State.READY;
        }
        return new EventLoopInfo.TaskInfo(name, coroutine, s, awaiting);
    }

    /** The thread that runs (or last ran) the loop; the process's first thread when it never ran. */
    private static String threadOf(SimProcess p, PyInstance loop) {
        long ident = loop.dict.get("_thread_id") instanceof PyInt i ? i.toBig().longValue() : -1;
        for (SimThread t : p.threads()) {
            if (t.id() == ident) {
                return t.name();
            }
        }
        return p.threads().isEmpty() ? "" : p.threads().get(0).name();
    }

    private static String text(PyObject o) {
        return o instanceof PyStr s ? s.value : "";
    }
}
