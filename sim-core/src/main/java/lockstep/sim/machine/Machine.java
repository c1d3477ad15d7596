package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.Schedule;
import lockstep.sim.ThreadState;
import lockstep.sim.compile.CodeObject;
import lockstep.sim.library.Modules;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyFunction;
import lockstep.sim.runtime.PyModule;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.PyStr;
import lockstep.sim.runtime.PythonRandom;
import lockstep.sim.runtime.Types;
import lockstep.sim.trace.Segment;
import lockstep.sim.trace.StepListener;
import lockstep.sim.trace.Trace;

/**
 * The simulated computer: processes, threads, a virtual clock, the output and the trace. It owns all state; the
 * {@link Interpreter} executes steps on the thread the machine chooses. Nothing here reads the wall clock.
 */
public final class Machine {
    /** Output beyond this many characters ends the run: a runaway print loop must not exhaust memory. */
    static final int MAX_OUTPUT_CHARS = 16 * 1024 * 1024;

    final long opCostNanos;
    /**
     * How much faster than a program's micro-op a step of C-speed library code is: CPython runs asyncio's tasks and
     * futures in C, so its event loop's bookkeeping takes microseconds per task switch, not the hundreds of
     * micro-ops our Python port of it executes.
     */
    static final long C_SPEEDUP = 20;
    /** Virtual time each step adds to the clock as it executes: a step's cost on one core, 0 with several. */
    long stepClockNanos;
    /** What a step of library code CPython runs in C (asyncio's loop, tasks and futures) adds to the clock. */
    long cStepClockNanos;
    final int cores;
    final long maxSteps;
    /** Not final: a machine the explorer kept is handed to a later run with that run's listener ({@link #adopt}). */
    StepListener listener;
    final PythonRandom random;
    /** The operating system's randomness (uuid4, urandom), apart from {@code random}'s so neither shifts the other. */
    final PythonRandom entropy;
    private static final long ENTROPY_SALT = 0x75756964L;
    final lockstep.sim.analysis.SyncObserver observer;
    final Schedule schedule = new Schedule();
    int nextThreadId = 1;
    int nextPid = 1000;
    /** Accesses to shared state are reported to the observer once a second thread exists. */
    boolean trackAccesses;
    LinkedHashMap<String, PyObject> mainGlobals;
    private int threadNameCounter;
    /** Generators made so far in the run: each one's number in the trace ({@code consumer#1}). */
    int generatorsMade;
    long steps;
    long clockNanos;
    /**
     * How often the program has read the clock and drawn from the random generators: the explorer's measure of what
     * an operation depends on besides memory (a clock read depends on every step before it).
     */
    long clockReads;
    long randomUses;
    /** The keys of the synchronization objects that are one object in every process (multiprocessing locks). */
    final java.util.Set<String> keysSharedByProcesses = new java.util.TreeSet<>();

    /** Which threads run on which cores, and the GIL. */
    final Planner planner;
    final Timers timers = new Timers(this);
    final Processes processTable = new Processes(this);
    final ModuleLoader modules = new ModuleLoader(this);
    final Interpreter interpreter;
    final List<SimProcess> processes = new ArrayList<>();
    final List<SimThread> threads = new ArrayList<>();
    private final StringBuilder output = new StringBuilder();
    private final StringBuilder errorOutput = new StringBuilder();
    /** Records the trace: its tables and events, and each step for the listener. */
    final TraceRecorder recorder;
    SimThread mainThread;
    /** The first process's main thread ended with an uncaught exception (the run's status is error). */
    private boolean mainFailed;
    private lockstep.sim.analysis.Deadlock deadlock;
    Outcome outcome;

    /** How the run ended. */
    public enum Outcome {
        COMPLETED, ERROR, STEP_LIMIT, DEADLOCK, OUTPUT_LIMIT,
        /** The run loop stopped making progress (rounds without a step): a fault of the machine, not the program. */
        STALLED
    }

    public Machine(long seed, long maxSteps, long opCostNanos, StepListener listener, SchedulerPolicy policy,
                   lockstep.sim.analysis.SyncObserver observer, int cores, boolean gilActive, boolean gilClassic,
                   double switchIntervalSeconds) {
        this.planner = new Planner(this, policy, gilActive, gilClassic,
                Math.max(1, Math.round(switchIntervalSeconds * 1e9)));
        this.maxSteps = maxSteps;
        this.opCostNanos = opCostNanos;
        this.cores = Math.max(1, cores);
        this.stepClockNanos = this.cores == 1 ? opCostNanos : 0;
        this.cStepClockNanos = stepClockNanos / C_SPEEDUP;
        this.listener = listener;
        this.random = new PythonRandom(seed);
        this.entropy = new PythonRandom(seed ^ ENTROPY_SALT);
        this.observer = observer;
        this.interpreter = new Interpreter(this);
        this.recorder = new TraceRecorder(this, listener);
    }

    /** Sets the size in bytes (CPython's sizes) past which a value the library builds raises {@code MemoryError}. */
    public void setMemoryBudget(long bytes) {
        interpreter.context.setMemoryBudget(bytes);
    }

    /** Creates the main process and thread, ready to run {@code module} as {@code __main__}. */
    private String source = "";

    String source() {
        return source;
    }

    /** Creates the main process and thread, ready to run {@code module} (compiled from {@code programSource}). */
    public void load(CodeObject module, String programSource) {
        this.source = programSource;
        load(module);
    }

    CodeObject programCode;

    public void load(CodeObject module) {
        recorder.programFile(module.fileName);
        this.programCode = module;
        // The built-in namespace also installs the methods of the built-in types: it must exist before any step.
        lockstep.sim.library.Builtins.all();
        SimProcess process = new SimProcess(nextPid++, 0);
        processes.add(process);
        LinkedHashMap<String, PyObject> globals = process.main.dict;
        mainGlobals = globals;
        globals.put("__name__", PyStr.of("__main__"));
        // The program's file as the run names it: there is no file system to make it absolute, as CPython does.
        globals.put("__file__", PyStr.of(module.fileName));
        process.modules.put("__main__", process.main);
        PyFunction moduleFunction = new PyFunction(module, globals, new PyObject[0], null, new lockstep.sim.runtime.PyCell[0]);
        Frame frame = new Frame(module, moduleFunction, globals, null);
        mainThread = new SimThread(nextThreadId++, "MainThread", process, false);
        mainThread.frame = frame;
        mainThread.depth = 1;
        mainThread.state = ThreadState.RUNNABLE;
        process.threads.add(mainThread);
        threads.add(mainThread);
        recorder.threadCreated(mainThread, null);
        recorder.firstThreadStarted(mainThread);
    }

    /**
     * Hands this machine, kept by the explorer and never run, to a new run: its scheduler and step listener replace
     * those it was made with (and its probe is left to the new run to install).
     */
    public void adopt(SchedulerPolicy policy, StepListener newListener) {
        planner.policy = policy;
        listener = newListener;
        recorder.listener = newListener;
        setProbe(null, Long.MAX_VALUE);
    }

    /**
     * The hash {@code String.hashCode} gives the output and the error output so far, kept as they grow: the explorer
     * fingerprints a state many times, and hashing the whole text each time would cost as much as the text is long.
     */
    int outputHash;
    int errorOutputHash;

    private static int extendHash(int hash, String text) {
        int h = hash;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** Runs to the end: every thread done, the main thread failed, a deadlock, the step limit, or a stall. */
    public Outcome run() {
        SimThread previous = null;
        List<SimThread> runnable = new ArrayList<>();
        Progress progress = new Progress();
        while (outcome == null) {
            long stepsBefore = steps;
            boolean clockJumped = false;
            timers.expireTimeouts();
            int freeCores = planner.collectRunnable(threads, runnable);
            if (runnable.isEmpty() || freeCores <= 0) {
                if (steps >= maxSteps && timers.nextTimedEvent() != Long.MAX_VALUE) {
                    // Whatever wakes next needs a step the budget no longer has.
                    stopAtStepLimit(runnable.isEmpty() ? firstLiveThread() : runnable.get(0));
                    break;
                }
                long clockBefore = clockNanos;
                if (!timers.advanceToNextTimedEvent()) {
                    finishWithoutRunnable();
                }
                clockJumped = clockNanos != clockBefore;
            } else if (steps >= maxSteps) {
                stopAtStepLimit(runnable.get(0));
                break;
            } else {
                previous = planner.runRound(runnable, freeCores, previous);
            }
            if (outcome == null && progress.stalled(steps != stepsBefore, clockJumped)) {
                outcome = Outcome.STALLED;
                stall = Stall.describe(this, progress);
            }
        }
        return outcome;
    }

    private void stopAtStepLimit(SimThread t) {
        outcome = Outcome.STEP_LIMIT;
        recorder.stepLimitReached(t, maxSteps);
    }

    private SimThread firstLiveThread() {
        for (SimThread t : threads) {
            if (t.isAlive()) {
                return t;
            }
        }
        return mainThread;
    }

    /** What the machine looked like when its loop stopped making progress; null unless the outcome is STALLED. */
    private Stall stall;

    /** The stall that ended the run, or null. */
    public Stall stall() {
        return stall;
    }

    /** Nothing can run and nothing is timed: the run is over, or deadlocked. */
    private void finishWithoutRunnable() {
        if (allDone()) {
            outcome = mainFailed ? Outcome.ERROR : Outcome.COMPLETED;
            return;
        }
        deadlock = Deadlocks.analyze(threads, this::describeObject, recorder::objectName);
        outcome = Outcome.DEADLOCK;
        recorder.deadlocked(mainThread, deadlock);
    }

    boolean allDone() {
        for (SimThread t : threads) {
            if (t.state != ThreadState.DONE) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ called by the interpreter

    void print(SimThread t, String text) {
        if (output.length() + text.length() > MAX_OUTPUT_CHARS) {
            outcome = Outcome.OUTPUT_LIMIT;
            throw new Interpreter.OutOfSteps();
        }
        output.append(text);
        outputHash = extendHash(outputHash, text);
        recorder.printed(t, text);
    }

    void threadFinished(SimThread t, PyBaseException uncaught) {
        if (uncaught != null) {
            uncaughtRaised(t, uncaught);
        }
        finished(t);
    }

    /** Signals between processes and their handlers. */
    final Signals signals = new Signals(this);

    /**
     * An exception ended the program's frames on {@code t}: CPython prints its traceback now (for the main thread,
     * before the exit hooks run).
     */
    void uncaughtRaised(SimThread t, PyBaseException uncaught) {
        t.uncaught = uncaught;
        t.uncaughtMessage = interpreter.describe(uncaught);
        int line = 0; // the innermost line of the program's own code, never a library module's
        for (PyBaseException.TracebackEntry entry : uncaught.traceback) {
            if (entry.fileName().equals(recorder.programFile())) {
                line = entry.line();
            }
        }
        String stderr = uncaught.type() == Types.SYSTEM_EXIT ? ""
                : Traceback.format(uncaught, t.uncaughtMessage, source) + "\n";
        if (t.bareFunction != null && !stderr.isEmpty()) {
            // CPython 3.11's _thread hands it to sys.unraisablehook, which prints it at once; the process goes on.
            stderr = "Exception ignored in thread started by: "
                    + lockstep.sim.runtime.Ops.repr(interpreter.context, t.bareFunction) + "\n" + stderr;
            writeError(stderr);
        }
        recorder.errorRaised(t, line, uncaught.type().name, t.uncaughtMessage, stderr);
    }

    /** The thread's frames are all gone (its uncaught exception, if any, already reported). */
    private void finished(SimThread t) {
        PyBaseException uncaught = t.uncaught;
        if (t != mainThread && t == t.process.threads.get(0)) {
            // The main thread of a forked child: the process ends with it, as its interpreter exits.
            if (uncaught != null && uncaught.type() != Types.SYSTEM_EXIT) {
                writeError(Traceback.format(uncaught, t.uncaughtMessage, source) + "\n");
            }
            shutdownComplete(t);
            return;
        }
        if (t == mainThread && otherLiveThreads()) {
            // As CPython's interpreter shutdown: the main thread waits for every non-daemon thread.
            t.state = ThreadState.WAITING;
            t.blocker = new ShutdownBlocker();
            t.blockDeadlineNanos = -1;
            recorder.waitsForShutdown(t);
            return;
        }
        t.state = ThreadState.DONE;
        recorder.threadEnded(t);
        if (t == mainThread) {
            shutdownComplete(t);
        }
    }

    private boolean otherLiveThreads() {
        for (SimThread other : threads) {
            if (other != mainThread && other.process == mainThread.process && !other.daemon && other.isAlive()) {
                return true;
            }
        }
        return false;
    }

    /** The main thread has finished and every non-daemon thread too: daemon threads stop, the run ends. */
    void shutdownComplete(SimThread main) {
        if (main.state != ThreadState.DONE) {
            main.state = ThreadState.DONE;
            recorder.threadEnded(main);
        }
        for (SimThread t : main.process.threads) {
            if (t.isAlive()) {
                t.state = ThreadState.DONE;
                t.blocker = null;
                t.computing = false; // a stopped daemon's CPU work must not wake it again
                recorder.daemonStopped(t);
            }
        }
        boolean failed = main.uncaught != null && main.uncaught.type() != Types.SYSTEM_EXIT;
        main.process.exitCode = failed ? 1 : main.process.exitCode;
        processTable.terminateDaemonChildren(main.process);
        if (main == mainThread) {
            mainFailed = failed;
            if (allDone()) {
                outcome = failed ? Outcome.ERROR : Outcome.COMPLETED;
            }
        }
    }

    /** Waits until no non-daemon thread but the main one is alive. */
    private final class ShutdownBlocker implements lockstep.sim.runtime.Blocker {
        @Override
        public boolean ready(lockstep.sim.runtime.ThreadHandle waiter) {
            return !otherLiveThreads();
        }

        @Override
        public lockstep.sim.runtime.PyObject complete(lockstep.sim.runtime.ThreadHandle waiter) {
            return null;
        }

        @Override
        public lockstep.sim.runtime.PyObject timedOut(lockstep.sim.runtime.ThreadHandle waiter) {
            return null;
        }

        @Override
        public String waitsFor() {
            return "the other threads to finish";
        }

        @Override
        public lockstep.sim.trace.ObjectName waitsForName() {
            return new lockstep.sim.trace.ObjectName.OtherThreads();
        }
    }

    /** Creates a thread that will call {@code function(*args)} when first scheduled. */
    SimThread startThread(SimThread parent, lockstep.sim.runtime.PyObject function,
                          lockstep.sim.runtime.PyObject[] args, String name, boolean daemon, Interpreter starter) {
        int id = nextThreadId++;
        String threadName = name != null ? name : "Thread-" + (++threadNameCounter);
        SimThread t = new SimThread(id, threadName, parent.process, daemon);
        t.frame = starter.entryFrame(function, args);
        t.depth = 1;
        t.state = ThreadState.RUNNABLE;
        t.readySince = steps;
        threads.add(t);
        parent.process.threads.add(t);
        recorder.threadCreated(t, parent);
        observer.threadStarted(parent.id, t.id);
        trackAccesses = observer != lockstep.sim.analysis.SyncObserver.NONE;
        recorder.threadStarted(parent, t);
        return t;
    }

    /**
     * A fresh key for a synchronization object that thread {@code maker} makes now: {@code lock#1}, {@code lock#2},
     * ... per kind, in creation order; internal or the program's by the maker's frames ({@link ObjectOrigin}).
     */
    String newObjectKey(String kind, SimThread maker) {
        return recorder.newObjectKey(kind, ObjectOrigin.internal(maker.frame, recorder.programFile()));
    }

    /** The name of the thread with this id, for reports. */
    public String threadName(int id) {
        for (SimThread t : threads) {
            if (t.id == id) {
                return t.name;
            }
        }
        return "thread " + id;
    }

    /** Whether any lock or channel exists yet: until then no global can hold one, and naming has nothing to do. */
    boolean hasSyncObjects() {
        return recorder.hasSyncObjects();
    }

    /** The program's name for an object key, when a global of the main module holds it: {@code lock A}. */
    public String describeObject(String key) {
        return recorder.describeObject(key);
    }

    /** The name of an object key as data: the program's, or the key's kind and number. */
    public lockstep.sim.trace.ObjectName objectName(String key) {
        return recorder.objectName(key);
    }

    /** Names objects after the globals that hold them, for narration; the first name given stays. */
    void nameObject(String key, lockstep.sim.trace.ObjectName name) {
        recorder.nameObject(key, name);
    }

    void recordAcquire(SimThread t, String object) {
        observer.acquired(t.id, object);
        recorder.acquired(t, object);
    }

    void recordRelease(SimThread t, String object) {
        observer.released(t.id, object);
        recorder.released(t, object);
    }

    /** Records a lost update the run's analysis found, as an event of the writing thread. */
    public void recordLostUpdate(lockstep.sim.analysis.StaleWrite stale) {
        for (SimThread t : threads) {
            if (t.id == stale.writer()) {
                recorder.lostUpdate(t, stale);
                return;
            }
        }
    }

    /** The core the running thread is on, for the steps it reports. */
    int currentCore;

    /** An event of an asyncio event loop (a task starting, yielding, resuming, ending; the loop's queues). */
    void recordLoopEvent(SimThread t, Frame where, String kind, String narrationKey, Object... args) {
        recorder.loopEvent(t, where, kind, narrationKey, args);
    }

    // ------------------------------------------------------------------ inspection

    /**
     * Told before a step executes, once the run has made {@code steps} steps and that count has reached the step it
     * asked for; {@code next} is the thread about to execute. Returns the step count at which to be told next
     * ({@link Long#MAX_VALUE}: never). It may read the machine but must change nothing. Steps of library module
     * initialisation and of expectations are not counted and not probed.
     */
    @FunctionalInterface
    public interface Probe {
        long reached(SimThread next);
    }

    Probe probe;
    /** The step count at which {@link #probe} is told next. */
    long probeStep = Long.MAX_VALUE;

    /** Installs {@code probe}, told first when the run has made {@code firstStep} steps. */
    public void setProbe(Probe newProbe, long firstStep) {
        this.probe = newProbe;
        this.probeStep = newProbe == null ? Long.MAX_VALUE : firstStep;
    }

    /** The processes, in creation order (the program's own first). */
    public List<SimProcess> processes() {
        return java.util.Collections.unmodifiableList(processes);
    }

    /** Every thread of every process, in creation order. */
    public List<SimThread> threads() {
        return java.util.Collections.unmodifiableList(threads);
    }

    /** Whether the run uses the GIL policy: each process's threads take turns holding its GIL. */
    public boolean gilActive() {
        return planner.gilActive;
    }

    /** The thread holding {@code process}'s GIL now, or null (no GIL policy, or nobody holds it). */
    public SimThread gilHolder(SimProcess process) {
        return planner.gilHolder(process);
    }

    /** The file name the program was compiled as: frames of other files are library code. */
    public String programFile() {
        return recorder.programFile();
    }

    // ------------------------------------------------------------------ results

    public String output() {
        return output.toString();
    }

    /** Text CPython would write to stderr during the run: the tracebacks of threads that died of an exception. */
    public String errorOutput() {
        return errorOutput.toString();
    }

    int errorOutputLength() {
        return errorOutput.length();
    }

    /**
     * A thread's exception reached {@code threading.excepthook} (or a process's, multiprocessing's bootstrap):
     * CPython writes {@code header} and the traceback to stderr, and the trace records it as the error that ends
     * the thread, at the innermost line of the program's code.
     */
    void threadExceptionReported(SimThread t, String header, PyBaseException exception, String message) {
        String stderr = header + "\n" + Traceback.format(exception, message, source) + "\n";
        writeError(stderr);
        int line = 0;
        for (PyBaseException.TracebackEntry entry : exception.traceback) {
            if (entry.fileName().equals(recorder.programFile())) {
                line = entry.line();
            }
        }
        recorder.errorRaised(t, line, exception.type().name, message, stderr);
    }

    /** The program wrote to its standard error: the error output keeps it, the trace shows it marked as stderr. */
    void writeStderr(SimThread t, String text) {
        if (errorOutput.length() + text.length() > MAX_OUTPUT_CHARS) {
            outcome = Outcome.OUTPUT_LIMIT;
            throw new Interpreter.OutOfSteps();
        }
        errorOutput.append(text);
        errorOutputHash = extendHash(errorOutputHash, text);
        recorder.printed(t, text, true);
    }

    void writeError(String text) {
        if (errorOutput.length() < MAX_OUTPUT_CHARS) {
            errorOutput.append(text);
            errorOutputHash = extendHash(errorOutputHash, text);
        }
    }

    /**
     * Whether {@code t} stands at a point where CPython's modern GIL may be taken from it: the start of a function or
     * a loop's backward jump, where the eval loop checks for a drop request.
     */
    public boolean atEvalBreaker(SimThread t) {
        return Planner.atEvalBreaker(t.frame);
    }

    /** How many times the program has read the clock (time.time(), monotonic(), ...) so far. */
    public long clockReads() {
        return clockReads;
    }

    /** How many times the program has drawn from its random generators so far. */
    public long randomUses() {
        return randomUses;
    }

    /** How much has been printed so far, standard output and error together. */
    public int outputLength() {
        return output.length() + errorOutput.length();
    }

    public long steps() {
        return steps;
    }

    public long clockNanos() {
        return clockNanos;
    }

    /** Whether the synchronization object with {@code key} is one object in every process (a multiprocessing lock). */
    public boolean sharedByProcesses(String key) {
        return keysSharedByProcesses.contains(key);
    }

    /**
     * Whether a wake-up, timeout or alarm is pending: then when things happen from here depends on the clock's
     * reading now, not only on what runs.
     */
    public boolean timersPending() {
        return timers.nextTimedEvent() != Long.MAX_VALUE;
    }

    public Trace trace() {
        return recorder.trace();
    }

    /** The deadlock that ended the run, or null. */
    public lockstep.sim.analysis.Deadlock deadlock() {
        return deadlock;
    }

    /** The schedule this run followed: replaying it reproduces the run. */
    public Schedule schedule() {
        return schedule;
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
        SimThread evaluator = new SimThread(0, "expect", process, false);
        PyFunction fn = new PyFunction(expression, process.globals(), new PyObject[0], null,
                new lockstep.sim.runtime.PyCell[0]);
        Frame frame = new Frame(expression, fn, process.globals(), null);
        evaluator.frame = frame;
        evaluator.state = ThreadState.RUNNABLE;
        return interpreter.evaluate(evaluator, frame);
    }
}
