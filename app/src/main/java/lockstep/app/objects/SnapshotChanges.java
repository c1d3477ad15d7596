package lockstep.app.objects;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import lockstep.sim.inspect.BarrierInfo;
import lockstep.sim.inspect.ConditionInfo;
import lockstep.sim.inspect.EventInfo;
import lockstep.sim.inspect.EventLoopInfo;
import lockstep.sim.inspect.GilInfo;
import lockstep.sim.inspect.LockInfo;
import lockstep.sim.inspect.ProcessInfo;
import lockstep.sim.inspect.QueueInfo;
import lockstep.sim.inspect.SemaphoreInfo;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.inspect.SyncInfo;
import lockstep.sim.inspect.ThreadInfo;
import lockstep.sim.inspect.VariableInfo;

/**
 * What changed between two pictures, row by row: for each row (a thread, an object, a variable, keyed by
 * {@link #key}) the parts that differ ({@link Part}). A row absent from the previous picture is new: every part of
 * it counts as changed. Without a previous picture nothing is changed.
 */
final class SnapshotChanges {
    /** The parts of a row that can change. */
    enum Part { OWNER, COUNT, WAITERS, VALUE, STATE, LINE, WAIT, NEW }

    private final Map<String, Set<Part>> changes = new HashMap<>();

    private SnapshotChanges() {}

    /** The row key of a thread: {@code pid/thread/id}. */
    static String key(int pid, ThreadInfo t) {
        return pid + "/thread/" + t.id();
    }

    /** The row key of an object: {@code pid/kind/name}. */
    static String key(int pid, SyncInfo o) {
        return pid + "/" + o.getClass().getSimpleName() + "/" + o.name();
    }

    /** The row key of a shared variable: {@code pid/variable/name}. */
    static String key(int pid, VariableInfo v) {
        return pid + "/variable/" + v.name();
    }

    /** The row key of a process's GIL: {@code pid/gil}. */
    static String gilKey(int pid) {
        return pid + "/gil";
    }

    /** The row key of an event loop: {@code pid/loop/thread}, or {@code pid/hub/thread} for gevent's hub. */
    static String key(int pid, EventLoopInfo loop) {
        return pid + (loop.runner() == EventLoopInfo.Runner.GEVENT ? "/hub/" : "/loop/") + loop.thread();
    }

    /**
     * The row key of an asyncio task, {@code pid/task/name}, or of a greenlet of gevent's hub,
     * {@code pid/greenlet/name} (the main greenlet's name is {@link EventLoopInfo#MAIN_GREENLET}).
     */
    static String key(int pid, EventLoopInfo loop, EventLoopInfo.TaskInfo task) {
        return pid + (loop.runner() == EventLoopInfo.Runner.GEVENT ? "/greenlet/" : "/task/") + task.name();
    }

    static SnapshotChanges between(Snapshot current, Snapshot previous) {
        SnapshotChanges c = new SnapshotChanges();
        if (current == null || previous == null) {
            return c;
        }
        for (ProcessInfo p : current.processes()) {
            ProcessInfo before = previous.process(p.pid());
            for (ThreadInfo t : p.threads()) {
                ThreadInfo old = before == null ? null : thread(before, t.id());
                c.compare(key(p.pid(), t), old == null, parts -> {
                    parts.add(Part.STATE, !t.state().equals(old.state()));
                    parts.add(Part.LINE, t.line() != old.line());
                    parts.add(Part.WAIT, !Objects.equals(t.waitingFor(), old.waitingFor()));
                });
            }
            if (p.gil() != null) {
                GilInfo old = before == null ? null : before.gil();
                c.compare(gilKey(p.pid()), old == null, parts -> {
                    parts.add(Part.OWNER, !Objects.equals(p.gil().holder(), old.holder()));
                    parts.add(Part.WAITERS, !p.gil().waiting().equals(old.waiting()));
                });
            }
            for (SyncInfo o : p.objects()) {
                SyncInfo old = before == null ? null : object(before, o);
                c.compare(key(p.pid(), o), old == null, parts -> objectParts(parts, o, old));
            }
            for (VariableInfo v : p.variables()) {
                String old = before == null ? null : before.variable(v.name());
                c.compare(key(p.pid(), v), old == null, parts -> parts.add(Part.VALUE, !v.value().equals(old)));
            }
            for (EventLoopInfo loop : p.loops()) {
                EventLoopInfo old = before == null ? null : loop(before, loop);
                c.compare(key(p.pid(), loop), old == null, parts -> {
                    parts.add(Part.WAITERS, !loop.ready().equals(old.ready()));
                    parts.add(Part.VALUE, !loop.timers().equals(old.timers()));
                });
                if (loop.main() != null) {
                    c.compareTask(key(p.pid(), loop, loop.main()), loop.main(), old == null ? null : old.main());
                }
                for (EventLoopInfo.TaskInfo t : loop.tasks()) {
                    c.compareTask(key(p.pid(), loop, t), t, old == null ? null : old.task(t.name()));
                }
            }
        }
        return c;
    }

    private void compareTask(String key, EventLoopInfo.TaskInfo t, EventLoopInfo.TaskInfo old) {
        compare(key, old == null, parts -> {
            parts.add(Part.STATE, t.state() != old.state());
            parts.add(Part.WAIT, !Objects.equals(t.awaiting(), old.awaiting()));
        });
    }

    /** The loop of {@code p} run by the same runner on the same thread as {@code loop}. */
    private static EventLoopInfo loop(ProcessInfo p, EventLoopInfo loop) {
        for (EventLoopInfo l : p.loops()) {
            if (l.runner() == loop.runner() && l.thread().equals(loop.thread())) {
                return l;
            }
        }
        return null;
    }

    /** True when some part of the row changed (or the row is new). */
    boolean changed(String key) {
        return changes.containsKey(key);
    }

    /** True when {@code part} of the row changed, or the row is new. */
    boolean changed(String key, Part part) {
        Set<Part> parts = changes.get(key);
        return parts != null && (parts.contains(part) || parts.contains(Part.NEW));
    }

    /** How many rows changed. */
    int size() {
        return changes.size();
    }

    // ------------------------------------------------------------------ comparison

    /** Collects changed parts. */
    private static final class Parts {
        final Set<Part> set = new TreeSet<>();

        void add(Part part, boolean changed) {
            if (changed) {
                set.add(part);
            }
        }
    }

    private void compare(String key, boolean isNew, java.util.function.Consumer<Parts> differences) {
        Parts parts = new Parts();
        if (isNew) {
            parts.set.add(Part.NEW);
        } else {
            differences.accept(parts);
        }
        if (!parts.set.isEmpty()) {
            changes.put(key, parts.set);
        }
    }

    private static void objectParts(Parts parts, SyncInfo o, SyncInfo old) {
        parts.add(Part.WAITERS, !o.waiters().equals(old.waiters()));
        if (o instanceof LockInfo l && old instanceof LockInfo k) {
            parts.add(Part.OWNER, !Objects.equals(l.owner(), k.owner()) || l.ownerAbsent() != k.ownerAbsent());
            parts.add(Part.COUNT, l.count() != k.count());
        } else if (o instanceof ConditionInfo l && old instanceof ConditionInfo k) {
            parts.add(Part.OWNER, !Objects.equals(l.lockOwner(), k.lockOwner()));
        } else if (o instanceof SemaphoreInfo l && old instanceof SemaphoreInfo k) {
            parts.add(Part.VALUE, l.value() != k.value());
        } else if (o instanceof EventInfo l && old instanceof EventInfo k) {
            parts.add(Part.VALUE, l.set() != k.set());
        } else if (o instanceof BarrierInfo l && old instanceof BarrierInfo k) {
            parts.add(Part.VALUE, l.waiting() != k.waiting() || l.phase() != k.phase());
        } else if (o instanceof QueueInfo l && old instanceof QueueInfo k) {
            parts.add(Part.VALUE, !l.items().equals(k.items()) || l.size() != k.size()
                    || l.unfinishedTasks() != k.unfinishedTasks());
        }
    }

    private static ThreadInfo thread(ProcessInfo p, int id) {
        for (ThreadInfo t : p.threads()) {
            if (t.id() == id) {
                return t;
            }
        }
        return null;
    }

    private static SyncInfo object(ProcessInfo p, SyncInfo like) {
        for (SyncInfo o : p.objects()) {
            if (o.name().equals(like.name()) && o.getClass() == like.getClass()) {
                return o;
            }
        }
        return null;
    }
}
