package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.library.Modules;
import lockstep.sim.runtime.ObjectIds;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PythonRandom;
import lockstep.sim.runtime.Types;
import lockstep.sim.trace.Narration;
import lockstep.sim.trace.Segment;
import lockstep.sim.trace.Step;
import lockstep.sim.trace.StepListener;
import lockstep.sim.trace.Trace;
import lockstep.sim.trace.TraceEvent;

/**
 * The simulated computer: processes, threads, a virtual clock, the output and the trace. It owns all state; the
 * {@link Interpreter} executes steps on the thread the machine chooses. Nothing here reads the wall clock.
 */
public final class Machine {
    /** Output beyond this many characters ends the run: a runaway print loop must not exhaust memory. */
    static final int MAX_OUTPUT_CHARS = 16 * 1024 * 1024;
    /** Printed text kept in a trace event is cut to this length; the output keeps all of it. */
    private static final int EVENT_TEXT_CHARS = 200;

    final long opCostNanos;
    final long maxSteps;
    final StepListener listener;
    final PythonRandom random;
    long steps;
    long clockNanos;

    private final Interpreter interpreter = new Interpreter(this);
    private final List<SimProcess> processes = new ArrayList<>();
    private final List<SimThread> threads = new ArrayList<>();
    private final StringBuilder output = new StringBuilder();
    private final Trace trace = new Trace();
    private final StepNarrator narrator = new StepNarrator();
    private SimThread mainThread;
    /** Text printed by the step being executed, for its narration. */
    private String printedThisStep;
    private Outcome outcome;

    /** How the run ended. */
    public enum Outcome { COMPLETED, ERROR, STEP_LIMIT, DEADLOCK, OUTPUT_LIMIT }

    public Machine(long seed, long maxSteps, long opCostNanos, StepListener listener) {
        this.maxSteps = maxSteps;
        this.opCostNanos = opCostNanos;
        this.listener = listener;
        this.random = new PythonRandom(seed);
    }

    /** Creates the main process and thread, ready to run {@code module} as {@code __main__}. */
    public void load(CodeObject module) {
        // The built-in namespace also installs the methods of the built-in types: it must exist before any step.
        lockstep.sim.library.Builtins.all();
        ObjectIds.reset();
        SimProcess process = new SimProcess(1);
        processes.add(process);
        LinkedHashMap<String, PyObject> globals = process.main.dict;
        globals.put("__name__", PyStr.of("__main__"));
        process.modules.put("__main__", process.main);
        PyFunction moduleFunction = new PyFunction(module, globals, new PyObject[0], null, new lockstep.sim.runtime.PyCell[0]);
        Frame frame = new Frame(module, moduleFunction, globals, null);
        mainThread = new SimThread(1, "MainThread", process);
        mainThread.frame = frame;
        mainThread.depth = 1;
        mainThread.state = ThreadState.RUNNABLE;
        process.threads.add(mainThread);
        threads.add(mainThread);
        event(mainThread, 0, TraceEvent.Kind.THREAD_START, Narration.of("event.thread_start", mainThread.name));
    }

    /** Runs to the end: every thread done, the main thread failed, a deadlock, or the step limit. */
    public Outcome run() {
        while (outcome == null) {
            SimThread next = pickRunnable();
            if (next == null) {
                if (!wakeSleepers()) {
                    outcome = allDone() ? Outcome.COMPLETED : Outcome.DEADLOCK;
                }
                continue;
            }
            if (steps >= maxSteps) {
                outcome = Outcome.STEP_LIMIT;
                int line = next.frame == null ? 0 : next.frame.currentLine();
                event(next, line, TraceEvent.Kind.STEP_LIMIT, Narration.of("event.step_limit", maxSteps));
                break;
            }
            long first = steps;
            long startNanos = clockNanos;
            next.state = ThreadState.RUNNING;
            interpreter.run(next, maxSteps);
            if (next.state == ThreadState.RUNNING) {
                next.state = ThreadState.RUNNABLE;
            }
            trace.addSegment(new Segment(first, steps - first, 0, next.process.pid, next.name, startNanos));
        }
        return outcome;
    }

    private SimThread pickRunnable() {
        for (SimThread t : threads) {
            if (t.state == ThreadState.RUNNABLE) {
                return t;
            }
        }
        return null;
    }

    /** Advances the clock to the earliest sleeper's wake-up time and wakes it; false when nobody sleeps. */
    private boolean wakeSleepers() {
        SimThread earliest = null;
        for (SimThread t : threads) {
            if ((t.state == ThreadState.SLEEPING || t.state == ThreadState.IO)
                    && (earliest == null || t.wakeAtNanos < earliest.wakeAtNanos)) {
                earliest = t;
            }
        }
        if (earliest == null) {
            return false;
        }
        clockNanos = Math.max(clockNanos, earliest.wakeAtNanos);
        for (SimThread t : threads) {
            if ((t.state == ThreadState.SLEEPING || t.state == ThreadState.IO) && t.wakeAtNanos <= clockNanos) {
                t.state = ThreadState.RUNNABLE;
            }
        }
        return true;
    }

    private boolean allDone() {
        for (SimThread t : threads) {
            if (t.state != ThreadState.DONE) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ called by the interpreter

    void print(SimThread t, int line, String text) {
        if (output.length() + text.length() > MAX_OUTPUT_CHARS) {
            outcome = Outcome.OUTPUT_LIMIT;
            throw new Interpreter.OutOfSteps();
        }
        output.append(text);
        if (listener != null) {
            printedThisStep = printedThisStep == null ? text : printedThisStep + text;
        }
        String shown = text.length() > EVENT_TEXT_CHARS ? text.substring(0, EVENT_TEXT_CHARS) + "…" : text;
        event(t, line, TraceEvent.Kind.PRINT, Narration.of("event.print", shown.endsWith("\n")
                ? shown.substring(0, shown.length() - 1) : shown));
    }

    void suspend(SimThread t, long nanos, String kind) {
        long wake = clockNanos + Math.max(0, nanos);
        if (kind.equals("compute")) {
            // CPU work keeps the thread running: the clock advances while it holds its core.
            clockNanos = wake;
            return;
        }
        t.wakeAtNanos = wake;
        t.state = kind.equals("io") ? ThreadState.IO : ThreadState.SLEEPING;
        int line = t.frame == null ? 0 : t.frame.currentLine();
        event(t, line, TraceEvent.Kind.SLEEP, Narration.of("event." + kind, t.name, nanos / 1e9));
    }

    void threadFinished(SimThread t, PyBaseException uncaught) {
        t.state = ThreadState.DONE;
        t.uncaught = uncaught;
        if (uncaught != null) {
            t.uncaughtMessage = interpreter.describe(uncaught);
            PyBaseException.TracebackEntry last = uncaught.traceback.isEmpty() ? null
                    : uncaught.traceback.get(uncaught.traceback.size() - 1);
            event(t, last == null ? 0 : last.line(), TraceEvent.Kind.ERROR,
                    Narration.of("event.uncaught", t.name, uncaught.type().name));
            if (t == mainThread && uncaught.type() != Types.SYSTEM_EXIT) {
                outcome = Outcome.ERROR;
            }
        }
        event(t, 0, TraceEvent.Kind.THREAD_END, Narration.of("event.thread_end", t.name));
    }

    PyModule importModule(SimProcess process, String name) {
        PyModule m = process.modules.get(name);
        if (m == null) {
            m = Modules.create(name);
            process.modules.put(name, m);
        }
        return m;
    }

    void recordStep(SimThread t, Frame frame, int pc, int op, int arg) {
        CodeObject code = frame.code;
        long start = clockNanos - opCostNanos;
        Narration narration;
        if (printedThisStep != null) {
            String shown = printedThisStep.endsWith("\n")
                    ? printedThisStep.substring(0, printedThisStep.length() - 1) : printedThisStep;
            narration = Narration.of("op.print", lockstep.sim.runtime.Ops.strRepr(
                    shown.length() > EVENT_TEXT_CHARS ? shown.substring(0, EVENT_TEXT_CHARS) + "…" : shown));
            printedThisStep = null;
        } else {
            narration = narrator.narrate(code, pc, frame, t);
        }
        listener.onStep(new Step(steps - 1, start, 0, t.process.pid, t.name, code.lines[pc], code.describe(pc),
                narration));
    }

    private void event(SimThread t, int line, TraceEvent.Kind kind, Narration narration) {
        trace.addEvent(new TraceEvent(steps, clockNanos, t.process.pid, t.name, line, kind, narration));
    }

    // ------------------------------------------------------------------ results

    public String output() {
        return output.toString();
    }

    public long steps() {
        return steps;
    }

    public long clockNanos() {
        return clockNanos;
    }

    public Trace trace() {
        return trace;
    }

    /** The exception that ended the main thread, or null. */
    public PyBaseException mainException() {
        return mainThread.uncaught;
    }

    /** {@code str()} of the exception that ended the main thread, or null. */
    public String mainExceptionMessage() {
        return mainThread.uncaughtMessage;
    }

    public Map<String, PyObject> mainGlobals() {
        return processes.get(0).globals();
    }

    /** Evaluates compiled expression code over the main module's globals, outside the run's step accounting. */
    public PyObject evaluate(CodeObject expression) {
        SimProcess process = processes.get(0);
        SimThread evaluator = new SimThread(0, "expect", process);
        PyFunction fn = new PyFunction(expression, process.globals(), new PyObject[0], null,
                new lockstep.sim.runtime.PyCell[0]);
        Frame frame = new Frame(expression, fn, process.globals(), null);
        evaluator.frame = frame;
        evaluator.state = ThreadState.RUNNABLE;
        return interpreter.evaluate(evaluator, frame);
    }
}
