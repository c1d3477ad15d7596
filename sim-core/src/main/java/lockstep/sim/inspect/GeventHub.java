package lockstep.sim.inspect;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.machine.SimProcess;
import lockstep.sim.machine.SimThread;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyBoundMethod;
import lockstep.sim.runtime.PyFloat;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyList;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyTuple;

/**
 * Reads a process's gevent hub from {@code gevent.py}'s module state, as an {@link EventLoopInfo} of runner
 * {@link EventLoopInfo.Runner#GEVENT}: the callbacks it will run ({@code _pending}, then {@code _callbacks}), its
 * timers ({@code _timers}), the greenlets made ({@code _greenlets}), the one running ({@code _current}) and the main
 * greenlet's wait ({@code _main_waiter}). Reads only; never runs program code.
 */
final class GeventHub {
    private GeventHub() {}

    /** The hub, or null when the process never made a greenlet. */
    static EventLoopInfo of(SimProcess p) {
        PyModule gevent = p.module("gevent");
        if (gevent == null || !(gevent.dict.get("_greenlets") instanceof PyList greenlets)
                || greenlets.items.isEmpty()) {
            return null;
        }
        PyObject current = gevent.dict.get("_current");
        PyInstance mainWaiter = gevent.dict.get("_main_waiter") instanceof PyList w && !w.items.isEmpty()
                && w.items.get(0) instanceof PyInstance waiter ? waiter : null;
        List<String> ready = new ArrayList<>();
        for (String queue : List.of("_pending", "_callbacks")) {
            if (gevent.dict.get(queue) instanceof PyList calls) {
                for (PyObject call : calls.items) {
                    if (call instanceof PyTuple t && t.items.length == 2) {
                        ready.add(label(t.items[0], t.items[1]));
                    }
                }
            }
        }
        List<EventLoopInfo.Timer> timers = new ArrayList<>();
        if (gevent.dict.get("_timers") instanceof PyList pending) {
            for (PyObject timer : pending.items) {
                if (timer instanceof PyList t && t.items.size() == 5 && t.items.get(0) instanceof PyFloat deadline) {
                    timers.add(new EventLoopInfo.Timer(label(t.items.get(2), t.items.get(3)), deadline.value));
                }
            }
        }
        List<EventLoopInfo.TaskInfo> tasks = new ArrayList<>();
        for (PyObject g : greenlets.items) {
            if (g instanceof PyInstance greenlet && isKnownToTheHub(greenlet)) {
                tasks.add(greenlet(greenlet, greenlet == current));
            }
        }
        EventLoopInfo.TaskInfo main = new EventLoopInfo.TaskInfo(EventLoopInfo.MAIN_GREENLET, "<module>",
                mainWaiter == null ? EventLoopInfo.State.RUNNING : EventLoopInfo.State.WAITING,
                mainWaiter == null ? null : text(mainWaiter.dict.get("what")));
        return new EventLoopInfo(EventLoopInfo.Runner.GEVENT, threadName(p, gevent), mainWaiter != null, ready,
                timers, tasks, main);
    }

    /** Started, scheduled to start, or over: a greenlet made and never started is not the hub's yet. */
    private static boolean isKnownToTheHub(PyInstance g) {
        return truth(g.dict.get("_started")) || truth(g.dict.get("_done"))
                || g.dict.get("_start_event") instanceof PyInstance;
    }

    private static EventLoopInfo.TaskInfo greenlet(PyInstance g, boolean current) {
        String name = text(g.dict.get("_name"));
        PyObject run = g.dict.containsKey("_run") ? g.dict.get("_run") : g.type().lookup("_run");
        String function = functionName(run);
        EventLoopInfo.State state;
        String awaiting = null;
        if (truth(g.dict.get("_done"))) {
            PyObject error = g.dict.get("_exception");
            if (error != null && error != PyNone.NONE) {
                state = EventLoopInfo.State.FAILED;
            } else {
                PyObject value = g.dict.get("value");
                state = value != null && isGreenletExit(value) ? EventLoopInfo.State.CANCELLED
                        : EventLoopInfo.State.DONE;
            }
        } else if (current) {
            state = EventLoopInfo.State.RUNNING;
        } else if (g.dict.get("_waiter") instanceof PyInstance waiter) {
            state = EventLoopInfo.State.WAITING;
            awaiting = text(waiter.dict.get("what"));
        } else if (!truth(g.dict.get("_started")) && g.dict.get("_start_event") instanceof PyInstance start
                && start.dict.get("timer") instanceof PyList timer && timer.items.size() == 5
                && timer.items.get(4) == PyBool.TRUE) {
            // spawn_later: waits for its timer (among the hub's timers, with its deadline) before it starts.
            state = EventLoopInfo.State.WAITING;
            awaiting = "spawn_later";
        } else {
            state = EventLoopInfo.State.READY;
        }
        return new EventLoopInfo.TaskInfo(name, function, state, awaiting);
    }

    private static boolean isGreenletExit(PyObject value) {
        for (var t = value.type(); t != null; t = t.base) {
            if (t.name.equals("GreenletExit")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A callback or timer in words, as asyncio's ready queue names its handles: the greenlet it starts or switches
     * back to (with what that greenlet waits for), else the function's name.
     */
    private static String label(PyObject function, PyObject args) {
        if (function instanceof PyInstance start && start.type().name.equals("_StartCall")) {
            return greenletName(start.dict.get("greenlet"));
        }
        if (function instanceof PyBoundMethod bound && bound.self instanceof PyInstance self) {
            String method = functionName(bound.function);
            if (self.type().name.equals("_Waiter")) {
                return greenletName(self.dict.get("greenlet")) + " " + text(self.dict.get("what"));
            }
            if (self.dict.get("_name") instanceof PyStr greenlet) {
                return greenlet.value + "." + method + "()";
            }
            return self.type().name + "." + method + "()";
        }
        if (function instanceof PyInstance callable) {
            return callable.type().name + "()";
        }
        return functionName(function) + "()";
    }

    private static String greenletName(PyObject g) {
        return g instanceof PyInstance i && i.dict.get("_name") instanceof PyStr name ? name.value
                : EventLoopInfo.MAIN_GREENLET;
    }

    private static String functionName(PyObject f) {
        if (f instanceof PyBoundMethod bound) {
            return functionName(bound.function);
        }
        if (f instanceof PyFunction function) {
            return function.name;
        }
        return f == null ? "?" : f.type().name;
    }

    /** The thread the hub runs on (the one that imported gevent). */
    private static String threadName(SimProcess p, PyModule gevent) {
        long ident = gevent.dict.get("_hub_thread") instanceof PyInt i ? i.toBig().longValue() : -1;
        for (SimThread t : p.threads()) {
            if (t.id() == ident) {
                return t.name();
            }
        }
        return p.threads().isEmpty() ? "" : p.threads().get(0).name();
    }

    private static boolean truth(PyObject o) {
        return o == PyBool.TRUE;
    }

    private static String text(PyObject o) {
        return o instanceof PyStr s ? s.value : "";
    }
}
