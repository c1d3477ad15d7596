package lockstep.sim.library;

import java.util.LinkedHashMap;
import java.util.List;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.Blocker;
import lockstep.sim.runtime.CallContext;
import lockstep.sim.runtime.Errors;
import lockstep.sim.runtime.Ops;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyBool;
import lockstep.sim.runtime.PyCoroutine;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyInstance;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PyType;
import lockstep.sim.runtime.ThreadHandle;
import lockstep.sim.runtime.Types;
import lockstep.sim.trace.TraceEvent;

/**
 * The {@code _asyncio} module: what {@code asyncio.py} (written in the scenario language) cannot say in it — a
 * coroutine's suspension (CPython's {@code yield} in {@code Future.__await__}), the selector's wait for the next
 * timer in virtual time, and the loop's trace events — plus the coroutine type's {@code send}/{@code throw}/{@code close}.
 */
final class AsyncioSupport {
    private AsyncioSupport() {}

    /** Methods of coroutine objects, installed with the built-in types. */
    static void installCoroutineMethods() {
        Natives.method(Types.COROUTINE, "send", (ctx, a, kw) -> {
            Args.count("send", a, 2, 2);
            return new MachineRequest.Resume(coroutine(a[0]), a[1], null);
        });
        Natives.method(Types.COROUTINE, "throw", (ctx, a, kw) -> {
            Args.count("throw", a, 2, 2);
            return new MachineRequest.Resume(coroutine(a[0]), PyNone.NONE, exception(ctx, a[1]));
        });
        Natives.method(Types.COROUTINE, "close", (ctx, a, kw) -> {
            Args.count("close", a, 1, 1);
            coroutine(a[0]).close();
            return PyNone.NONE;
        });
    }

    static void install(LinkedHashMap<String, PyObject> d) {
        Natives.function(d, "_suspend", (ctx, a, kw) -> {
            Args.count("_suspend", a, 1, 1);
            return new MachineRequest.Yield(a[0]);
        });
        Natives.function(d, "iscoroutine", (ctx, a, kw) -> {
            Args.count("iscoroutine", a, 1, 1);
            return PyBool.of(a[0] instanceof PyCoroutine);
        });
        Natives.function(d, "iscoroutinefunction", (ctx, a, kw) -> {
            Args.count("iscoroutinefunction", a, 1, 1);
            return PyBool.of(a[0] instanceof PyFunction f && f.code.isCoroutine);
        });
        Natives.function(d, "_coroutine_name", (ctx, a, kw) -> {
            Args.count("_coroutine_name", a, 1, 1);
            return PyStr.of(coroutine(a[0]).qualifiedName());
        });
        Natives.function(d, "_format_coroutine", (ctx, a, kw) -> {
            Args.count("_format_coroutine", a, 1, 1);
            return PyStr.of(coroutine(a[0]).describe());
        });
        Natives.function(d, "_coroutine_unstarted", (ctx, a, kw) -> {
            Args.count("_coroutine_unstarted", a, 1, 1);
            return PyBool.of(coroutine(a[0]).isUnstarted());
        });
        Natives.function(d, "_select", (ctx, a, kw) -> {
            Args.count("_select", a, 2, 2);
            if (a[0] == PyNone.NONE) {
                return new MachineRequest.Block(new NothingToDo(a[1]), -1);
            }
            // Linux's epoll waits in whole milliseconds, rounded up, so timers due within that millisecond
            // fire together in the loop's next turn, as they do under CPython.
            long millis = (long) Math.ceil(Math.max(0, Args.asDouble(a[0])) * 1e3);
            return new MachineRequest.Suspend(millis * 1_000_000L, MachineRequest.SuspendKind.SELECT);
        });
        Natives.function(d, "_event", (ctx, a, kw) -> {
            Args.count("_event", a, 2, 8);
            ctx.sync().loopEvent(taskEventKind(ctx, a), Ops.str(ctx, a[1]), texts(ctx, a, 2));
            return PyNone.NONE;
        });
        Natives.function(d, "_event_at", (ctx, a, kw) -> {
            Args.count("_event_at", a, 3, 8);
            PyCoroutine where = coroutine(a[0]);
            ctx.sync().loopEventAt(where, taskEventKind(ctx, java.util.Arrays.copyOfRange(a, 1, a.length)),
                    Ops.str(ctx, a[2]), texts(ctx, a, 3));
            return PyNone.NONE;
        });
        Natives.function(d, "_loop_state", (ctx, a, kw) -> {
            Args.count("_loop_state", a, 1, 1);
            ctx.sync().loopEvent("LOOP", "event.loop_state", readyQueue(a[0]), timers(a[0]));
            return PyNone.NONE;
        });
        Natives.function(d, "_log_error", (ctx, a, kw) -> {
            Args.count("_log_error", a, 1, 2);
            StringBuilder text = new StringBuilder(Ops.str(ctx, a[0])).append('\n');
            if (a.length == 2 && a[1] instanceof PyBaseException e) {
                text.append(ctx.output().formatTraceback(e)).append('\n');
            }
            ctx.output().writeError(text.toString());
            return PyNone.NONE;
        });
    }

    /** {@code str()} of the arguments from {@code from} on: an event's narration arguments. */
    private static Object[] texts(CallContext ctx, PyObject[] a, int from) {
        Object[] texts = new Object[a.length - from];
        for (int i = from; i < a.length; i++) {
            texts[i - from] = Ops.str(ctx, a[i]);
        }
        return texts;
    }

    /**
     * The kind of a task's event ({@code a[0]}) with its narration key ({@code a[1]}), checked: the trace knows
     * no other, and a task's end must say how it ended.
     */
    private static String taskEventKind(CallContext ctx, PyObject[] a) {
        String kind = Ops.str(ctx, a[0]);
        String key = Ops.str(ctx, a[1]);
        if (!TASK_EVENT_KINDS.contains(kind)) {
            throw Errors.valueError("not a task's event: '" + kind + "'");
        }
        if (kind.equals("TASK_END") && !TASK_ENDINGS.contains(key)) {
            throw Errors.valueError("not a task's end: '" + key + "'");
        }
        return kind;
    }

    private static final java.util.Set<String> TASK_EVENT_KINDS = java.util.Set.of("TASK_START", "TASK_YIELD",
            "TASK_WAKE", "TASK_RESUME", "TASK_END");
    /** The narration keys of a task's end, as LoopEvents reads them. */
    private static final java.util.Set<String> TASK_ENDINGS = java.util.Set.of("event.task_returned",
            "event.greenlet_returned", "event.task_raised", "event.greenlet_raised", "event.task_cancelled",
            "event.greenlet_killed");

    private static PyCoroutine coroutine(PyObject o) {
        if (o instanceof PyCoroutine c) {
            return c;
        }
        throw Errors.typeError("a coroutine was expected, got " + o.type().name);
    }

    private static PyBaseException exception(CallContext ctx, PyObject o) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        if (o instanceof PyType t && t.isSubtypeOf(Types.BASE_EXCEPTION)) {
            return (PyBaseException) ctx.call(t);
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + o.type().name);
    }

    /** The loop's ready queue as text, first to run first. */
    private static String readyQueue(PyObject loop) {
        return "[" + String.join(", ", EventLoopQueues.ready(loop)) + "]";
    }

    /** The loop's timers by deadline, each with the virtual time it fires at. */
    private static List<TraceEvent.LoopTimer> timers(PyObject loop) {
        return EventLoopQueues.timers(loop).stream()
                .map(t -> new TraceEvent.LoopTimer(t.label(), t.whenSeconds())).toList();
    }

    /**
     * The wait of an event loop with nothing ready and no timer: only another thread's
     * {@code call_soon_threadsafe} (which sets the loop's {@code _woken}) can end it.
     */
    private record NothingToDo(PyObject loop) implements Blocker {
        @Override
        public boolean ready(ThreadHandle waiter) {
            return loop instanceof PyInstance l && l.dict.get("_woken") == PyBool.TRUE;
        }

        @Override
        public PyObject complete(ThreadHandle waiter) {
            return PyNone.NONE;
        }

        @Override
        public PyObject timedOut(ThreadHandle waiter) {
            return PyNone.NONE;
        }

        @Override
        public String waitsFor() {
            return "the event loop's next event";
        }

        /** A signal wakes the loop, whose handler (add_signal_handler's) then schedules its callback. */
        @Override
        public boolean endsOnSignal() {
            return true;
        }

        @Override
        public lockstep.sim.trace.ObjectName waitsForName() {
            return new lockstep.sim.trace.ObjectName.LoopEvent();
        }
    }
}
