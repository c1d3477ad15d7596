package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.analysis.Deadlock;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.runtime.Blocker;
import lockstep.sim.runtime.ThreadHandle;
import lockstep.sim.trace.EventNarrator;
import lockstep.sim.trace.Narration;
import lockstep.sim.trace.ObjectName;
import lockstep.sim.trace.ObjectNames;
import lockstep.sim.trace.Step;
import lockstep.sim.trace.StepListener;
import lockstep.sim.trace.Trace;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceEvent.At;
import lockstep.sim.trace.TraceEvent.ObjectRef;
import lockstep.sim.trace.TraceThread;

/**
 * Records a run's trace for the {@link Machine}: the thread and object tables, one typed method per kind of event,
 * and, for a {@link StepListener}, each step with the events it raised. Every event is placed at the current step
 * and virtual time, and at the innermost line of the program's own code (never a line of {@code threading.py}).
 */
final class TraceRecorder {
    /** Printed text kept in a trace event is cut to this length; the output keeps all of it. */
    private static final int EVENT_TEXT_CHARS = 200;

    private final Machine machine;
    /** Not final: see {@link Machine#adopt}. */
    StepListener listener;
    private final Trace trace = new Trace();
    private final StepNarrator narrator = new StepNarrator();
    private final Map<String, Integer> objectCounters = new TreeMap<>();
    /** The events raised by the step being executed, for its listener; only collected when there is one. */
    private final List<TraceEvent> eventsThisStep = new ArrayList<>();
    /** What waits on no object of the table are for ({@code process 1001}), by key, for the end of the wait. */
    private final Map<String, ObjectName> waitNames = new TreeMap<>();
    private String programFile = "";

    /** True while library modules initialise or expectations are evaluated: nothing of it enters the trace. */
    boolean quiet;

    TraceRecorder(Machine machine, StepListener listener) {
        this.machine = machine;
        this.listener = listener;
    }

    Trace trace() {
        return trace;
    }

    /** The file the program was compiled as: frames of other files are library code. */
    String programFile() {
        return programFile;
    }

    void programFile(String fileName) {
        this.programFile = fileName;
    }

    // ------------------------------------------------------------------ tables

    /** Enters a new thread in the thread table; {@code parent} is null for the run's first thread. */
    void threadCreated(SimThread t, SimThread parent) {
        trace.addThread(new TraceThread(t.id, t.process.pid, t.name, parent == null ? -1 : parent.id, t.daemon));
    }

    /**
     * A fresh key for a synchronization object: {@code lock#1}, {@code lock#2}, ... per kind, in creation order;
     * {@code internal} when a library made it for its own use.
     */
    String newObjectKey(String kind, boolean internal) {
        int n = objectCounters.merge(kind, 1, Integer::sum);
        String key = kind + "#" + n;
        trace.addObject(key, kind, internal);
        return key;
    }

    /** Whether any lock or channel exists yet: until then no global can hold one, and naming has nothing to do. */
    boolean hasSyncObjects() {
        return !objectCounters.isEmpty();
    }

    /** Names an object after the global that holds it (or a label), for narration; the first name stays. */
    void nameObject(String key, ObjectName name) {
        trace.nameObject(key, name);
    }

    /** The program's name for an object key, when it has one ({@code lock A}), else its description; in English. */
    String describeObject(String key) {
        return ObjectNames.english(trace.objectName(key), trace);
    }

    /** The name of an object key, as data. */
    ObjectName objectName(String key) {
        return trace.objectName(key);
    }

    private ObjectRef object(String key) {
        ObjectName waited = waitNames.get(key);
        return new ObjectRef(key, waited != null && !trace.hasObject(key) ? waited : trace.objectName(key));
    }

    // ------------------------------------------------------------------ events

    void firstThreadStarted(SimThread t) {
        add(new TraceEvent.ThreadStarted(at(t, 0), t.id));
    }

    void threadStarted(SimThread parent, SimThread started) {
        add(new TraceEvent.ThreadStarted(at(parent, programLine(parent.frame)), started.id));
    }

    void threadEnded(SimThread t) {
        add(new TraceEvent.ThreadEnded(at(t, 0), false));
    }

    void daemonStopped(SimThread t) {
        add(new TraceEvent.ThreadEnded(at(t, 0), true));
    }

    void printed(SimThread t, String text) {
        printed(t, text, false);
    }

    /** Text the thread wrote to standard output, or to standard error when {@code stderr}. */
    void printed(SimThread t, String text, boolean stderr) {
        String shown = text.length() > EVENT_TEXT_CHARS ? text.substring(0, EVENT_TEXT_CHARS) + "…" : text;
        shown = shown.endsWith("\n") ? shown.substring(0, shown.length() - 1) : shown;
        add(new TraceEvent.Printed(at(t, programLine(t.frame)), shown, stderr));
    }

    /** {@code kind}: {@code sleep}, {@code io}, {@code compute} or {@code select}, as the native asked. */
    void slept(SimThread t, String kind, long nanos) {
        TraceEvent.Pause pause = TraceEvent.Pause.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        add(new TraceEvent.Slept(at(t, programLine(t.frame)), pause, nanos));
    }

    void blocked(SimThread t, Blocker blocker) {
        ThreadHandle holder = blocker.holder();
        int holderId = holder != null && holder != t && blocker.isLockLike() ? holder.id() : -1;
        TraceEvent.Why why = blocker.isBlockedState() ? TraceEvent.Why.LOCK : TraceEvent.Why.SIGNAL;
        add(new TraceEvent.Blocked(at(t, programLine(t.frame)), blockedOn(blocker), holderId, why));
    }

    private ObjectRef blockedOn(Blocker blocker) {
        ObjectName name = blocker.waitsForName();
        if (name != null) {
            waitNames.put(blocker.waitsFor(), name);
        }
        return object(blocker.waitsFor());
    }

    /** The main thread has run its code and waits for the other non-daemon threads, as at CPython's shutdown. */
    void waitsForShutdown(SimThread t) {
        add(new TraceEvent.Blocked(at(t, 0), null, -1, TraceEvent.Why.SHUTDOWN));
    }

    void acquired(SimThread t, String object) {
        add(new TraceEvent.Acquired(at(t, programLine(t.frame)), object(object)));
    }

    void released(SimThread t, String object) {
        add(new TraceEvent.Released(at(t, programLine(t.frame)), object(object)));
    }

    void timedOut(SimThread t, String object) {
        add(new TraceEvent.TimedOut(at(t, programLine(t.frame)), object(object)));
    }

    void woke(SimThread t) {
        add(new TraceEvent.Woke(at(t, programLine(t.frame))));
    }

    /** {@code to} takes its process's GIL from {@code from} (null: nobody held it), for the reason its state says. */
    void gilHandedOver(SimThread from, SimThread to) {
        int fromId = from == null ? -1 : from.id;
        add(new TraceEvent.GilHandedOver(at(to, programLine(to.frame)), fromId, gilReason(from)));
    }

    /** Why {@code from} no longer holds the GIL, read from where it stopped. */
    private static TraceEvent.GilReason gilReason(SimThread from) {
        if (from == null) {
            return TraceEvent.GilReason.FIRST;
        }
        return switch (from.state) {
            case DONE -> TraceEvent.GilReason.END;
            case SLEEPING -> TraceEvent.GilReason.SLEEP;
            case IO -> TraceEvent.GilReason.IO;
            case BLOCKED, WAITING -> TraceEvent.GilReason.WAIT;
            default -> TraceEvent.GilReason.INTERVAL;
        };
    }

    void forked(SimThread parent, SimThread copy) {
        add(new TraceEvent.Forked(at(parent, programLine(parent.frame)), parent.process.pid, copy.process.pid,
                copy.id));
    }

    void spawned(SimThread parent, SimThread childMain, boolean viaServer) {
        add(new TraceEvent.Spawned(at(parent, programLine(parent.frame)), parent.process.pid, childMain.process.pid,
                childMain.id, viaServer));
    }

    void forkServerStarted(SimThread parent, int pid) {
        add(new TraceEvent.ForkServerStarted(at(parent, 0), pid));
    }

    void errorRaised(SimThread t, int line, String exceptionType, String message, String stderr) {
        add(new TraceEvent.ErrorRaised(at(t, line), exceptionType, message, stderr));
    }

    void stepLimitReached(SimThread t, long maxSteps) {
        add(new TraceEvent.StepLimitReached(at(t, programLine(t.frame)), maxSteps));
    }

    void deadlocked(SimThread t, Deadlock deadlock) {
        add(new TraceEvent.Deadlocked(at(t, 0), deadlock));
    }

    /** {@code t}'s write erased another thread's write unseen: a lost update. */
    void lostUpdate(SimThread t, lockstep.sim.analysis.StaleWrite stale) {
        add(new TraceEvent.LostUpdate(at(t, programLine(t.frame)), stale.variable(), valueText(stale.value()),
                stale.readStep() + 1, stale.overwrittenWriter(), valueText(stale.overwrittenValue()),
                stale.overwrittenStep() + 1));
    }

    /** Control passes into or out of a generator the program advanced; {@code value} may be null. */
    void generatorHandoff(SimThread t, Frame where, String generator, TraceEvent.Handoff handoff,
                          lockstep.sim.runtime.PyObject value) {
        if (quiet) {
            return;
        }
        String text = value == null ? ""
                : handoff == TraceEvent.Handoff.THROW || handoff == TraceEvent.Handoff.RAISE ? value.type().name
                : valueText(value);
        add(new TraceEvent.GeneratorHandoff(at(t, programLine(where)), generator, handoff, text));
    }

    /** A written value's text, made without running program code or handing out an id. */
    private static String valueText(Object value) {
        if (value instanceof lockstep.sim.runtime.PyInt i && !(value instanceof lockstep.sim.runtime.PyBool)) {
            // The common case (x += 1), without setting up a repr's context.
            String digits = i.toString();
            return digits.length() > EVENT_TEXT_CHARS ? digits.substring(0, EVENT_TEXT_CHARS) + "…" : digits;
        }
        if (value instanceof lockstep.sim.runtime.PyInt || value instanceof lockstep.sim.runtime.PyFloat
                || value == lockstep.sim.runtime.PyNone.NONE) {
            return lockstep.sim.runtime.Ops.safeRepr((lockstep.sim.runtime.PyObject) value, EVENT_TEXT_CHARS);
        }
        if (value instanceof lockstep.sim.runtime.PyStr s) {
            String text = lockstep.sim.runtime.Ops.strRepr(s.value);
            return text.length() > EVENT_TEXT_CHARS ? text.substring(0, EVENT_TEXT_CHARS) + "…" : text;
        }
        return value instanceof lockstep.sim.runtime.PyObject o ? "<" + o.type().name + " object>" : "?";
    }

    /**
     * An event of an asyncio event loop (a task created, yielding, woken, resuming, ending; the loop's queues), as
     * {@code asyncio.py} reports it: its kind, its message key and their texts, at the program line of {@code where}.
     */
    void loopEvent(SimThread t, Frame where, String kind, String narrationKey, Object... args) {
        TraceEvent.Kind k = TraceEvent.Kind.valueOf(kind);
        String first = args.length > 0 ? (String) args[0] : null;
        Object second = args.length > 1 ? args[1] : null;
        if (k == TraceEvent.Kind.TASK_RESUME) {
            // The task's steps begin when its coroutine is sent to (see Coroutine.attach).
            t.resumingTask = first;
        }
        // A yield is told once the task's frames have left the thread, but it is the task's act, at its await.
        At at = new At(machine.steps, machine.clockNanos, t.id, programLine(where),
                k == TraceEvent.Kind.TASK_YIELD ? first : t.currentTask);
        add(LoopEvents.of(at, k, narrationKey, first, second));
    }

    private At at(SimThread t, int line) {
        return new At(machine.steps, machine.clockNanos, t.id, line, t.currentTask);
    }

    private void add(TraceEvent event) {
        if (quiet) {
            return;
        }
        if (listener != null) {
            eventsThisStep.add(event);
        }
        trace.addEvent(event);
    }

    /** The line of the innermost frame from {@code frame} outwards that runs the program's own code; 0 if none. */
    int programLine(Frame frame) {
        for (Frame f = frame; f != null; f = f.back) {
            if (f.code.fileName.equals(programFile)) {
                return f.currentLine();
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------ steps

    /**
     * Tells the listener of a finished step. A step that called program code (a property, a sort key) finishes
     * after the steps of that call, so the listener may see its index after theirs.
     */
    void step(SimThread t, Frame frame, int pc, long stepIndex, long startNanos, int core) {
        if (!listener.narrated()) {
            bareStep(t, frame, pc, stepIndex, startNanos, core);
            return;
        }
        CodeObject code = frame.code;
        int line = code.lines[pc];
        String opName = code.describe(pc);
        if (!code.fileName.equals(programFile)) {
            // A step inside a library module (threading.py, queue.py): shown at the program line that called it.
            opName = code.fileName.replace(".py", "") + ": " + opName;
            line = programLine(frame.back);
        }
        Narration narration = errorOrGil(eventsThisStep, true);
        if (narration == null) {
            narration = narrationFromEvents(eventsThisStep);
        }
        if (narration == null) {
            narration = errorOrGil(eventsThisStep, false);
        }
        if (narration == null) {
            narration = narrator.narrate(code, pc, frame, t);
            if (!code.fileName.equals(programFile) && narration.key().equals("op.jump")) {
                // A jump inside a library module: its line numbers are not the program's.
                narration = Narration.of("op.library_jump", code.fileName.replace(".py", ""));
            }
        }
        List<TraceEvent> raised = List.copyOf(eventsThisStep);
        eventsThisStep.clear();
        listener.onStep(new Step(stepIndex, startNanos, core, t.process.pid, t.id, t.name, line, opName, narration,
                raised, t.switchedTask ? t.taskAtStepStart : t.currentTask,
                StepEffects.of(code, pc, frame, t, programFile)));
        t.switchedTask = false;
    }

    /** A step without narration: its library module's name stands for its micro-op name. */
    private void bareStep(SimThread t, Frame frame, int pc, long stepIndex, long startNanos, int core) {
        CodeObject code = frame.code;
        boolean library = !code.fileName.equals(programFile);
        List<TraceEvent> raised = eventsThisStep.isEmpty() ? List.of() : List.copyOf(eventsThisStep);
        eventsThisStep.clear();
        listener.onStep(new Step(stepIndex, startNanos, core, t.process.pid, t.id, t.name,
                library ? 0 : code.lines[pc], library ? code.fileName + ": " : "", BARE, raised,
                t.switchedTask ? t.taskAtStepStart : t.currentTask, StepEffects.of(code, pc, frame, t, programFile)));
        t.switchedTask = false;
    }

    private static final Narration BARE = Narration.of("op.nop");

    /**
     * An error that ends the thread tells its step before anything else the step did ({@code errors}); a GIL hand-off
     * tells the step that starts the new holder's turn when the step did nothing else worth saying.
     */
    private Narration errorOrGil(List<TraceEvent> events, boolean errors) {
        for (TraceEvent e : events) {
            if (errors ? e instanceof TraceEvent.ErrorRaised : e instanceof TraceEvent.GilHandedOver) {
                return EventNarrator.narrate(e, trace);
            }
        }
        return null;
    }

    /**
     * What a step that raised events is said to have done: what it printed, else its last synchronization event
     * (a block, an acquire, a release, a thread started); null when it raised none of those.
     */
    private Narration narrationFromEvents(List<TraceEvent> events) {
        List<String> printed = new ArrayList<>();
        TraceEvent sync = null;
        TraceEvent task = null;
        TraceEvent loop = null;
        TraceEvent sleep = null;
        TraceEvent handoff = null;
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Printed p) {
                printed.add(p.text());
            } else if (e instanceof TraceEvent.Blocked || e instanceof TraceEvent.Acquired
                    || e instanceof TraceEvent.Released || e instanceof TraceEvent.ThreadStarted) {
                sync = e;
            } else if (e instanceof TraceEvent.LoopChanged) {
                loop = e;
            } else if (e instanceof TraceEvent.Slept) {
                sleep = e;
            } else if (e instanceof TraceEvent.GeneratorHandoff) {
                handoff = e;
            } else if (task == null && TraceEvent.taskOf(e) != null) {
                task = e;
            }
        }
        if (!printed.isEmpty()) {
            return Narration.of("op.print", lockstep.sim.runtime.Ops.strRepr(String.join("\n", printed)));
        }
        TraceEvent told = sync != null ? sync : task != null ? task : handoff != null ? handoff
                : sleep != null ? sleep : loop;
        return told == null ? null : EventNarrator.narrate(told, trace);
    }
}
