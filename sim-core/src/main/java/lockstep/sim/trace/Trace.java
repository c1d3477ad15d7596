package lockstep.sim.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only record of a run, kept compact: which thread ran which stretch of steps ({@link Segment}s), the
 * events that matter ({@link TraceEvent}s), and the tables they refer to: the threads ({@link TraceThread}, by id)
 * and the synchronization objects ({@link TraceObject}, by key). A step of plain computation costs nothing here; its
 * detail is recomputed on demand by re-running with a {@link StepListener}, which the determinism of the simulator
 * allows.
 */
public final class Trace {
    private final List<Segment> segments = new ArrayList<>();
    private final List<TraceEvent> events = new ArrayList<>();
    private final List<TraceThread> threads = new ArrayList<>();
    private final Map<String, TraceObject> objects = new LinkedHashMap<>();

    /** An empty trace; the machine appends to it as the run goes. */
    public Trace() {
    }

    /** Records that a thread ran {@code stepCount} steps from {@code firstStep}; merges with the last segment when it continues it. */
    public void addSegment(Segment segment) {
        if (segment.stepCount() == 0) {
            return;
        }
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (last.pid() == segment.pid() && last.core() == segment.core() && last.thread() == segment.thread()
                    && last.firstStep() + last.stepCount() == segment.firstStep()) {
                segments.set(segments.size() - 1, new Segment(last.firstStep(), last.stepCount() + segment.stepCount(),
                        last.core(), last.pid(), last.thread(), last.startNanos()));
                return;
            }
        }
        segments.add(segment);
    }

    public void addEvent(TraceEvent event) {
        events.add(event);
    }

    /** Enters a thread in the thread table, when it is created. */
    public void addThread(TraceThread thread) {
        threads.add(thread);
    }

    /** Enters a synchronization object in the object table, when it is created, without a name yet. */
    public void addObject(String key, String kind) {
        addObject(key, kind, false);
    }

    /** Enters an object in the object table; {@code internal} when a library made it for its own use. */
    public void addObject(String key, String kind, boolean internal) {
        objects.put(key, new TraceObject(key, kind, null, internal));
    }

    /** Gives an object the program's name for it; the first name given stays. */
    public void nameObject(String key, ObjectName name) {
        TraceObject o = objects.get(key);
        if (o != null && o.name() == null) {
            objects.put(key, new TraceObject(key, o.kind(), name, o.internal()));
        } else if (o == null) {
            objects.put(key, new TraceObject(key, "", name));
        }
    }

    public List<Segment> segments() {
        return Collections.unmodifiableList(segments);
    }

    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Every thread of the run, in order of creation (so of id). */
    public List<TraceThread> threads() {
        return Collections.unmodifiableList(threads);
    }

    /** The thread with this id, or null when the run has none. */
    public TraceThread thread(int id) {
        if (id >= 1 && id <= threads.size() && threads.get(id - 1).id() == id) {
            return threads.get(id - 1);
        }
        for (TraceThread t : threads) {
            if (t.id() == id) {
                return t;
            }
        }
        return null;
    }

    /** The name of thread {@code id}, or {@code thread <id>} for one the table does not know. */
    public String threadName(int id) {
        TraceThread t = thread(id);
        return t != null ? t.name() : "thread " + id;
    }

    /** The process of thread {@code id}, or -1. */
    public int pidOf(int id) {
        TraceThread t = thread(id);
        return t != null ? t.pid() : -1;
    }

    /** Every synchronization object of the run, in order of creation. */
    public List<TraceObject> objects() {
        return List.copyOf(objects.values());
    }

    /**
     * The name of an object key: the program's ({@code a}), or the key's kind and number ({@code lock#3}) when it has
     * none; a key of no object names itself.
     */
    public ObjectName objectName(String key) {
        TraceObject o = objects.get(key);
        if (o != null) {
            return o.shownName();
        }
        ObjectName numbered = ObjectName.ofKey(key);
        return numbered != null ? numbered : new ObjectName.Variable(key);
    }

    /**
     * Whether {@code key} is an object a library made for its own use ({@link TraceObject#isInternal()}); false for
     * the program's objects and for keys of no object (a wait for a child process, the event loop's next event).
     */
    public boolean isInternal(String key) {
        TraceObject o = objects.get(key);
        return o != null && o.internal();
    }

    /** Whether {@code key} is an object of the table. */
    public boolean hasObject(String key) {
        return objects.containsKey(key);
    }

    /** Whether any synchronization object exists yet. */
    public boolean hasObjects() {
        return !objects.isEmpty();
    }

    /** A copy of the trace so far, tables included: later additions to this one do not reach it. */
    public Trace copy() {
        Trace copy = new Trace();
        copy.segments.addAll(segments);
        copy.events.addAll(events);
        copy.threads.addAll(threads);
        copy.objects.putAll(objects);
        return copy;
    }

    /** The number of steps the segments cover. */
    public long steps() {
        if (segments.isEmpty()) {
            return 0;
        }
        Segment last = segments.get(segments.size() - 1);
        return last.firstStep() + last.stepCount();
    }
}
