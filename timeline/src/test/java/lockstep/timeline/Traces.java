package lockstep.timeline;

import java.util.HashMap;
import java.util.Map;
import lockstep.sim.trace.Segment;
import lockstep.sim.trace.Trace;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceEvent.At;
import lockstep.sim.trace.ObjectName;
import lockstep.sim.trace.TraceEvent.ObjectRef;
import lockstep.sim.trace.TraceThread;

/**
 * Hand-made traces: segments and typed events written out step by step, as the machine would record them. Threads
 * are named here for readability; each (process, name) is one thread of the table, entered when first used.
 */
final class Traces {
    static final int PID = 1000;

    private final Trace trace = new Trace();
    private final Map<String, Integer> ids = new HashMap<>();

    /** The id of the thread {@code name} of process {@code pid}, entering it in the thread table when new. */
    int id(int pid, String name) {
        return ids.computeIfAbsent(pid + "/" + name, k -> {
            int id = trace.threads().size() + 1;
            trace.addThread(new TraceThread(id, pid, name, -1, false));
            return id;
        });
    }

    /** A thread that has the same name as another: a new id each time. */
    int another(int pid, String name) {
        int id = trace.threads().size() + 1;
        trace.addThread(new TraceThread(id, pid, name, -1, false));
        return id;
    }

    /** A stretch of steps by a thread on core 0 of process 1000, at 1 µs a step from time 0. */
    Traces run(String thread, long first, long count) {
        return run(PID, thread, 0, first, count, first * 1000);
    }

    Traces run(int pid, String thread, int core, long first, long count, long startNanos) {
        return runId(id(pid, thread), pid, core, first, count, startNanos);
    }

    Traces runId(int thread, int pid, int core, long first, long count, long startNanos) {
        trace.addSegment(new Segment(first, count, core, pid, thread, startNanos));
        return this;
    }

    private At at(long step, String thread) {
        return new At(step, step * 1000, id(PID, thread), 0, null);
    }

    Traces add(TraceEvent event) {
        trace.addEvent(event);
        return this;
    }

    Traces firstThread(long step, String thread) {
        return add(new TraceEvent.ThreadStarted(at(step, thread), id(PID, thread)));
    }

    Traces starts(long step, String parent, String child) {
        return add(new TraceEvent.ThreadStarted(at(step, parent), id(PID, child)));
    }

    Traces acquire(long step, String thread, String name, String key) {
        return add(new TraceEvent.Acquired(at(step, thread), new ObjectRef(key, new ObjectName.Variable(name))));
    }

    Traces release(long step, String thread, String name, String key) {
        return add(new TraceEvent.Released(at(step, thread), new ObjectRef(key, new ObjectName.Variable(name))));
    }

    /** A lock held by {@code holder} (BLOCKED), or a wait for a signal when {@code holder} is null (WAITING). */
    Traces block(long step, String thread, String name, String holder) {
        return add(new TraceEvent.Blocked(at(step, thread), new ObjectRef(name, new ObjectName.Variable(name)),
                holder == null ? -1 : id(PID, holder), holder == null ? TraceEvent.Why.SIGNAL : TraceEvent.Why.LOCK));
    }

    Traces timeout(long step, String thread, String name) {
        return add(new TraceEvent.TimedOut(at(step, thread), new ObjectRef(name, new ObjectName.Variable(name))));
    }

    Traces sleep(long step, String thread, TraceEvent.Pause pause, double seconds) {
        return add(new TraceEvent.Slept(at(step, thread), pause, Math.round(seconds * 1e9)));
    }

    Traces wake(long step, String thread) {
        return add(new TraceEvent.Woke(at(step, thread)));
    }

    /** A wake-up at a virtual time of its own (after a jump of the clock). */
    Traces wakeAt(long step, long nanos, String thread) {
        return add(new TraceEvent.Woke(new At(step, nanos, id(PID, thread), 0, null)));
    }

    Traces print(long step, String thread, String text) {
        return add(new TraceEvent.Printed(at(step, thread), text));
    }

    Traces end(long step, String thread) {
        return add(new TraceEvent.ThreadEnded(at(step, thread), false));
    }

    /** {@code thread} of process 1000 forks {@code childPid}, whose thread has the same name. */
    Traces fork(long step, String thread, int childPid) {
        return add(new TraceEvent.Forked(at(step, thread), PID, childPid, id(childPid, thread)));
    }

    /** {@code thread} of process 1000 spawns {@code childPid}, whose thread is its MainThread. */
    Traces spawn(long step, String thread, int childPid) {
        return add(new TraceEvent.Spawned(at(step, thread), PID, childPid, id(childPid, "MainThread"), false));
    }

    /** {@code thread} takes the GIL from {@code from} (null: nobody held it). */
    Traces gil(long step, String thread, String from) {
        return add(new TraceEvent.GilHandedOver(at(step, thread), from == null ? -1 : id(PID, from),
                from == null ? TraceEvent.GilReason.FIRST : TraceEvent.GilReason.INTERVAL));
    }

    Traces taskStart(long step, String thread, String task) {
        return add(new TraceEvent.TaskStarted(at(step, thread), task, "main"));
    }

    Traces taskYield(long step, String thread, String task, String awaits) {
        return add(new TraceEvent.TaskYielded(at(step, thread), task, awaits));
    }

    Traces taskResume(long step, String thread, String task) {
        return add(new TraceEvent.TaskResumed(at(step, thread), task, null));
    }

    Traces taskEnd(long step, String thread, String task) {
        return add(new TraceEvent.TaskEnded(at(step, thread), task, TraceEvent.Ending.RETURNED, "None"));
    }

    Traces stepLimit(long step, String thread, long max) {
        return add(new TraceEvent.StepLimitReached(at(step, thread), max));
    }

    Traces error(long step, String thread, String type) {
        return add(new TraceEvent.ErrorRaised(at(step, thread), type, "", ""));
    }

    Trace trace() {
        return trace;
    }

    TimelineModel model() {
        return TimelineLayout.build(trace, null, java.util.List.of());
    }

    /** The lane of the thread {@code name} of process {@code pid} in {@code model}: the first of that name. */
    static int lane(TimelineModel model, int pid, String name) {
        for (Lane lane : model.lanes()) {
            if (lane.kind() == LaneKind.THREAD && lane.pid() == pid && lane.thread().equals(name)) {
                return lane.index();
            }
        }
        return -1;
    }
}
