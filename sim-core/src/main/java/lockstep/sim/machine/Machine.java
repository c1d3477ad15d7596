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
    /** The GIL policy is on: one thread of the process runs at a time, switching after the switch interval. */
    final boolean gilActive;
    /** Classic GIL model: a switch may happen at any bytecode; modern: only at eval-breaker points. */
    final boolean gilClassic;
    /** CPython's switch interval ({@code sys.setswitchinterval}), in virtual nanoseconds. */
    long switchIntervalNanos;
    private SimThread gilHolder;
    final long maxSteps;
    final StepListener listener;
    final PythonRandom random;
    final SchedulerPolicy policy;
    final lockstep.sim.analysis.SyncObserver observer;
    private final Schedule schedule = new Schedule();
    private int nextThreadId = 1;
    private int nextPid = 1000;
    /** Accesses to shared state are reported to the observer once a second thread exists. */
    boolean trackAccesses;
    LinkedHashMap<String, PyObject> mainGlobals;
    private int threadNameCounter;
    long steps;
    long clockNanos;

    private final Interpreter interpreter = new Interpreter(this);
    private final List<SimProcess> processes = new ArrayList<>();
    private final List<SimThread> threads = new ArrayList<>();
    private final StringBuilder output = new StringBuilder();
    private final StringBuilder errorOutput = new StringBuilder();
    /** Records the trace: its tables and events, and each step for the listener. */
    final TraceRecorder recorder;
    private SimThread mainThread;
    /** The first process's main thread ended with an uncaught exception (the run's status is error). */
    private boolean mainFailed;
    private lockstep.sim.analysis.Deadlock deadlock;
    private Outcome outcome;

    /** How the run ended. */
    public enum Outcome { COMPLETED, ERROR, STEP_LIMIT, DEADLOCK, OUTPUT_LIMIT }

    public Machine(long seed, long maxSteps, long opCostNanos, StepListener listener, SchedulerPolicy policy,
                   lockstep.sim.analysis.SyncObserver observer, int cores, boolean gilActive, boolean gilClassic,
                   double switchIntervalSeconds) {
        this.gilActive = gilActive;
        this.gilClassic = gilClassic;
        this.switchIntervalNanos = Math.max(1, Math.round(switchIntervalSeconds * 1e9));
        this.maxSteps = maxSteps;
        this.opCostNanos = opCostNanos;
        this.cores = Math.max(1, cores);
        this.stepClockNanos = this.cores == 1 ? opCostNanos : 0;
        this.cStepClockNanos = stepClockNanos / C_SPEEDUP;
        this.listener = listener;
        this.random = new PythonRandom(seed);
        this.policy = policy;
        this.observer = observer;
        this.recorder = new TraceRecorder(this, listener);
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

    private CodeObject programCode;

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

    /** Runs to the end: every thread done, the main thread failed, a deadlock, or the step limit. */
    public Outcome run() {
        SimThread previous = null;
        List<SimThread> runnable = new ArrayList<>();
        while (outcome == null) {
            expireTimeouts();
            int freeCores = cores;
            runnable.clear();
            for (SimThread t : threads) {
                if (t.computing) {
                    freeCores--;
                } else if (t.state == ThreadState.RUNNABLE || (t.blocker != null && t.blocker.ready(t))) {
                    runnable.add(t);
                }
            }
            if (gilActive && freeCores < cores) {
                // A thread doing CPU work holds its process's GIL: no other thread of that process may run.
                runnable.removeIf(t -> computingIn(t.process));
            }
            if (runnable.isEmpty() || freeCores <= 0) {
                if (!advanceToNextTimedEvent()) {
                    finishWithoutRunnable();
                }
                continue;
            }
            if (steps >= maxSteps) {
                outcome = Outcome.STEP_LIMIT;
                SimThread t = runnable.get(0);
                recorder.stepLimitReached(t, maxSteps);
                break;
            }
            if (gilActive && cores > 1) {
                runGilTick(runnable, freeCores);
                previous = null;
            } else if (cores == 1 || gilActive) {
                SimThread chosen = policy.choose(runnable, previous);
                long slice = gilActive ? Math.max(1, switchIntervalNanos / opCostNanos) : policy.sliceSteps(chosen);
                if (gilActive) {
                    passGil(chosen);
                }
                previous = runSlice(chosen, 0, slice);
            } else {
                runTick(runnable, freeCores, previous);
                previous = null;
            }
        }
        return outcome;
    }

    /** One core: the chosen thread runs up to {@code slice} steps. Returns it. */
    private SimThread runSlice(SimThread next, int core, long sliceSteps) {
        if (next.blocker != null && !next.blocker.ready(next)) {
            // Another core's thread took what this one waited for earlier in the same tick.
            return next;
        }
        if (next.blocker != null) {
            endWait(next, next.blocker.complete(next), true);
            if (outcome != null || next.frame == null) {
                return next;
            }
        }
        long slice = Math.max(1, sliceSteps);
        long limit = slice >= maxSteps - steps ? maxSteps : steps + slice;
        long first = steps;
        long startNanos = clockNanos;
        next.state = ThreadState.RUNNING;
        currentCore = core;
        interpreter.run(next, limit);
        if (next.state == ThreadState.RUNNING && !next.computing) {
            next.state = ThreadState.RUNNABLE;
            next.readySince = steps;
        }
        recorder.trace().addSegment(new Segment(first, steps - first, core, next.process.pid, next.id, startNanos));
        schedule.add(next.id, steps - first);
        policy.ran(next, steps - first);
        return next;
    }

    /**
     * Several cores: up to {@code freeCores} different threads each execute one step in the same tick of virtual
     * time, core by core in the order the policy chose them.
     */
    private void runTick(List<SimThread> runnable, int freeCores, SimThread previous) {
        List<SimThread> candidates = new ArrayList<>(runnable);
        int core = 0;
        while (core < freeCores && !candidates.isEmpty() && outcome == null && steps < maxSteps) {
            SimThread next = policy.choose(candidates, previous);
            candidates.remove(next);
            if (next.blocker != null && !next.blocker.ready(next)) {
                continue;
            }
            runSlice(next, core, 1);
            core++;
        }
        clockNanos += opCostNanos;
    }

    private boolean computingIn(SimProcess process) {
        for (SimThread t : process.threads) {
            if (t.computing) {
                return true;
            }
        }
        return false;
    }

    /** Each process's GIL holder and the steps it has run since it took the GIL, for several cores. */
    private final java.util.Map<Integer, SimThread> gilHolders = new java.util.TreeMap<>();
    private final java.util.Map<Integer, Long> gilHeldSteps = new java.util.TreeMap<>();

    /**
     * Several cores under the GIL: in each tick at most one thread of each process runs a step — its GIL holder,
     * until it has had the switch interval, then the next in the process's ready queue — so processes run in
     * parallel and the threads of one process do not.
     */
    private void runGilTick(List<SimThread> runnable, int freeCores) {
        java.util.Map<Integer, List<SimThread>> byProcess = new java.util.TreeMap<>();
        for (SimThread t : runnable) {
            byProcess.computeIfAbsent(t.process.pid, k -> new ArrayList<>()).add(t);
        }
        long slice = Math.max(1, switchIntervalNanos / opCostNanos);
        int core = 0;
        for (java.util.Map.Entry<Integer, List<SimThread>> e : byProcess.entrySet()) {
            if (core >= freeCores || outcome != null || steps >= maxSteps) {
                break;
            }
            SimThread holder = gilHolders.get(e.getKey());
            long held = gilHeldSteps.getOrDefault(e.getKey(), 0L);
            SimThread next;
            if (holder != null && e.getValue().contains(holder)
                    && (held < slice || (!gilClassic && !atEvalBreaker(holder)))) {
                next = holder;
            } else {
                next = policy.choose(e.getValue(), holder);
                held = 0;
            }
            if (next != holder) {
                recorder.gilHandedOver(holder, next);
            }
            gilHolders.put(e.getKey(), next);
            runSlice(next, core++, 1);
            gilHeldSteps.put(e.getKey(), held + 1);
        }
        clockNanos += opCostNanos;
    }

    /** Whether a thread's next instruction is a point where the modern GIL may change hands. */
    private static boolean atEvalBreaker(SimThread t) {
        Frame f = t.frame;
        if (f == null || f.pc == 0) {
            return true;
        }
        return f.code.opcodes[f.pc] == lockstep.sim.compile.Opcode.JUMP && f.code.args[f.pc] < f.pc;
    }

    /** Records the GIL changing hands when another thread than its last holder runs. */
    private void passGil(SimThread next) {
        if (next == gilHolder) {
            return;
        }
        recorder.gilHandedOver(gilHolder, next);
        gilHolder = next;
    }

    /** Blocked threads whose timeout has passed stop waiting, with the call's timeout result. */
    private void expireTimeouts() {
        for (SimThread t : threads) {
            if (t.blocker != null && t.blockDeadlineNanos >= 0 && t.blockDeadlineNanos <= clockNanos
                    && !t.blocker.ready(t)) {
                recorder.timedOut(t, t.blocker.waitsFor());
                endWait(t, t.blocker.timedOut(t), false);
            }
        }
        for (SimThread t : threads) {
            if ((t.state == ThreadState.SLEEPING || t.state == ThreadState.IO || t.computing)
                    && t.wakeAtNanos <= clockNanos) {
                t.computing = false;
                t.state = ThreadState.RUNNABLE;
                t.readySince = steps;
                recorder.woke(t);
            }
        }
    }

    /** The wait of {@code t} is over: the native call it was in returns {@code result}. */
    private void endWait(SimThread t, lockstep.sim.runtime.PyObject result, boolean completed) {
        if (completed && t.frame != null) {
            recordAcquire(t, t.blocker.waitsFor());
        }
        t.blocker = null;
        t.blockDeadlineNanos = -1;
        t.state = ThreadState.RUNNABLE;
        t.readySince = steps;
        if (t.frame != null && t.frame.sp > 0) {
            t.frame.stack[t.frame.sp - 1] = result;
        } else if (t.frame == null) {
            shutdownComplete(t);
        }
    }

    /** With nobody runnable, jumps the clock to the next wake-up or timeout; false when there is none. */
    private boolean advanceToNextTimedEvent() {
        long next = Long.MAX_VALUE;
        for (SimThread t : threads) {
            if (t.state == ThreadState.SLEEPING || t.state == ThreadState.IO || t.computing) {
                next = Math.min(next, t.wakeAtNanos);
            }
            if (t.blocker != null && t.blockDeadlineNanos >= 0) {
                next = Math.min(next, t.blockDeadlineNanos);
            }
        }
        if (next == Long.MAX_VALUE) {
            return false;
        }
        clockNanos = Math.max(clockNanos, next);
        return true;
    }

    /** Nothing can run and nothing is timed: the run is over, or deadlocked. */
    private void finishWithoutRunnable() {
        if (allDone()) {
            outcome = mainFailed ? Outcome.ERROR : Outcome.COMPLETED;
            return;
        }
        deadlock = Deadlocks.analyze(threads, this::describeObject);
        outcome = Outcome.DEADLOCK;
        recorder.deadlocked(mainThread, deadlock);
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

    void print(SimThread t, String text) {
        if (output.length() + text.length() > MAX_OUTPUT_CHARS) {
            outcome = Outcome.OUTPUT_LIMIT;
            throw new Interpreter.OutOfSteps();
        }
        output.append(text);
        recorder.printed(t, text);
    }

    void suspend(SimThread t, long nanos, String kind) {
        long wake = clockNanos + Math.max(0, nanos);
        t.wakeAtNanos = wake;
        if (kind.equals("compute")) {
            // CPU work: the thread stays RUNNING and holds its core until the work is done.
            t.computing = true;
            t.state = ThreadState.RUNNING;
            recorder.slept(t, kind, nanos);
            return;
        }
        t.state = kind.equals("io") ? ThreadState.IO : ThreadState.SLEEPING;
        recorder.slept(t, kind, nanos);
    }

    void threadFinished(SimThread t, PyBaseException uncaught) {
        t.uncaught = uncaught;
        if (uncaught != null) {
            t.uncaughtMessage = interpreter.describe(uncaught);
            PyBaseException.TracebackEntry last = uncaught.traceback.isEmpty() ? null
                    : uncaught.traceback.get(uncaught.traceback.size() - 1);
            recorder.errorRaised(t, last == null ? 0 : last.line(), uncaught.type().name);
        }
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
    private void shutdownComplete(SimThread main) {
        if (main.state != ThreadState.DONE) {
            main.state = ThreadState.DONE;
            recorder.threadEnded(main);
        }
        for (SimThread t : main.process.threads) {
            if (t.isAlive()) {
                t.state = ThreadState.DONE;
                t.blocker = null;
                recorder.daemonStopped(t);
            }
        }
        boolean failed = main.uncaught != null && main.uncaught.type() != Types.SYSTEM_EXIT;
        main.process.exitCode = failed ? 1 : main.process.exitCode;
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
    }

    /** Makes {@code t} wait on {@code blocker}; called when the native that asked for it has returned. */
    void block(SimThread t, lockstep.sim.runtime.Blocker blocker, long timeoutNanos) {
        t.blocker = blocker;
        t.blockDeadlineNanos = timeoutNanos < 0 ? -1 : clockNanos + timeoutNanos;
        t.state = blocker.isBlockedState() ? ThreadState.BLOCKED : ThreadState.WAITING;
        recorder.blocked(t, blocker);
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
     * {@code os.fork()} by {@code parent}: a new process with a copy of the parent's memory — every module, object
     * and lock in its current state — and only the calling thread, which will see 0 as fork's result.
     */
    int fork(SimThread parent) {
        SimProcess from = parent.process;
        SimProcess child = new SimProcess(nextPid++, from.pid);
        SimThread copy = new SimThread(nextThreadId++, parent.name, child, false);
        lockstep.sim.runtime.ObjectCopier copier = new lockstep.sim.runtime.ObjectCopier(parent, copy);
        for (java.util.Map.Entry<String, PyModule> e : from.modules.entrySet()) {
            child.modules.put(e.getKey(), (PyModule) copier.copy(e.getValue()));
        }
        child.main = child.modules.get("__main__");
        copy.frame = parent.frame.copyFor(copier);
        copy.depth = parent.depth;
        copy.handledException = (PyBaseException) copier.copy(parent.handledException);
        child.objects = from.objects.copyFor(copier);
        copy.priority = parent.priority;
        copy.pushOnResume = lockstep.sim.runtime.PyInt.ZERO;
        copy.state = ThreadState.RUNNABLE;
        copy.readySince = steps;
        child.threads.add(copy);
        threads.add(copy);
        processes.add(child);
        recorder.threadCreated(copy, parent);
        recorder.forked(parent, copy);
        return child.pid;
    }

    /**
     * What a thread waiting for a child process (any child for -1) waits on, or null when it has no such child.
     * The wait returns {@code (pid, status)} with the exit code in the status's high byte, as CPython's does.
     */
    lockstep.sim.runtime.Blocker childWait(SimThread t, int pid) {
        List<SimProcess> children = new ArrayList<>();
        for (SimProcess p : processes) {
            boolean mine = p.parentPid == t.process.pid || (forkServerPid != 0 && p.parentPid == forkServerPid
                    && t.process.pid == process(forkServerPid).parentPid);
            if (mine && p.pid != forkServerPid && (pid == -1 || p.pid == pid) && !reaped.contains(p.pid)) {
                children.add(p);
            }
        }
        if (children.isEmpty()) {
            return null;
        }
        return new lockstep.sim.runtime.Blocker() {
            private SimProcess ended() {
                for (SimProcess p : children) {
                    if (!p.isAlive()) {
                        return p;
                    }
                }
                return null;
            }

            @Override
            public boolean ready(lockstep.sim.runtime.ThreadHandle waiter) {
                return ended() != null;
            }

            @Override
            public lockstep.sim.runtime.PyObject complete(lockstep.sim.runtime.ThreadHandle waiter) {
                SimProcess p = ended();
                reaped.add(p.pid);
                return lockstep.sim.runtime.PyTuple.of(lockstep.sim.runtime.PyInt.of(p.pid),
                        lockstep.sim.runtime.PyInt.of((p.exitCode & 0xff) << 8));
            }

            @Override
            public lockstep.sim.runtime.PyObject timedOut(lockstep.sim.runtime.ThreadHandle waiter) {
                return lockstep.sim.runtime.PyNone.NONE;
            }

            @Override
            public String waitsFor() {
                return children.size() == 1 ? "process " + children.get(0).pid : "a child process";
            }
        };
    }

    /** Children whose end a wait has already reported. */
    private final java.util.Set<Integer> reaped = new java.util.TreeSet<>();

    /**
     * Starts a process the way multiprocessing's spawn and forkserver methods do: a fresh interpreter that runs the
     * program's top level with {@code __name__} set to {@code '__mp_main__'}, then calls
     * {@code multiprocessing._spawn_bootstrap(*bootstrapArgs)} (arguments copied, as pickling would). With
     * {@code viaServer}, the child's parent is a single-threaded fork server started the first time.
     */
    int spawn(SimThread parent, PyObject[] bootstrapArgs, boolean viaServer) {
        int parentPid = parent.process.pid;
        if (viaServer) {
            if (forkServerPid == 0) {
                SimProcess server = new SimProcess(nextPid++, parent.process.pid);
                processes.add(server);
                forkServerPid = server.pid;
                recorder.forkServerStarted(parent, server.pid);
            }
            parentPid = forkServerPid;
        }
        SimProcess child = new SimProcess(nextPid++, parentPid);
        SimThread main = new SimThread(nextThreadId++, "MainThread", child, false);
        lockstep.sim.runtime.ObjectCopier copier = new lockstep.sim.runtime.ObjectCopier(parent, main);
        PyObject[] args = new PyObject[bootstrapArgs.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = copier.copy(bootstrapArgs[i]);
        }
        LinkedHashMap<String, PyObject> globals = child.main.dict;
        globals.put("__name__", PyStr.of("__mp_main__"));
        child.modules.put("__main__", child.main);
        child.modules.put("__mp_main__", child.main);
        PyFunction moduleFunction = new PyFunction(programCode, globals, new PyObject[0], null,
                new lockstep.sim.runtime.PyCell[0]);
        main.frame = new Frame(programCode, moduleFunction, globals, null);
        main.depth = 1;
        main.spawnEntry = "_spawn_bootstrap";
        main.spawnArgs = args;
        main.state = ThreadState.RUNNABLE;
        main.readySince = steps;
        child.threads.add(main);
        threads.add(main);
        processes.add(child);
        recorder.threadCreated(main, parent);
        recorder.spawned(parent, main, viaServer);
        return child.pid;
    }

    private int forkServerPid;

    /** The exit code of process {@code pid} if it has ended, or null while it runs. */
    Integer exitCodeOf(int pid) {
        SimProcess p = process(pid);
        return p == null || p.isAlive() ? null : p.exitCode;
    }

    /** The module {@code name} of the thread's process, or null when it has not been imported there. */
    PyModule moduleOf(SimThread t, String name) {
        return t.process.modules.get(name);
    }

    /** The process with this pid, or null. */
    SimProcess process(int pid) {
        for (SimProcess p : processes) {
            if (p.pid == pid) {
                return p;
            }
        }
        return null;
    }

    /** {@code os._exit(code)}: every thread of the process ends at once, no cleanup runs. */
    void exitProcess(SimThread t, int code) {
        t.process.exitCode = code;
        for (SimThread other : t.process.threads) {
            if (other.isAlive()) {
                other.state = ThreadState.DONE;
                other.blocker = null;
                other.frame = null;
                recorder.threadEnded(other);
            }
        }
        if (t.process == mainThread.process) {
            outcome = allDone() ? Outcome.COMPLETED : outcome;
        }
    }

    /** A fresh key for a synchronization object: {@code lock#1}, {@code lock#2}, ... per kind, in creation order. */
    String newObjectKey(String kind) {
        return recorder.newObjectKey(kind);
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

    /** Names objects after the globals that hold them, for narration; the first name given stays. */
    void nameObject(String key, String name) {
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

    /**
     * Imports {@code name} into the process once; a dotted name imports its package first and becomes an
     * attribute of it, so {@code import concurrent.futures} makes {@code concurrent.futures} reachable.
     */
    PyModule importModule(SimProcess process, String name) {
        PyModule m = process.modules.get(name);
        if (m == null && name.contains(".")) {
            int dot = name.lastIndexOf('.');
            PyModule parent = importModule(process, name.substring(0, dot));
            m = loadModule(process, name);
            parent.dict.put(name.substring(dot + 1), m);
            return m;
        }
        return m != null ? m : loadModule(process, name);
    }

    /** Loads one module (not yet in the process) from its Python source or from Java. */
    private PyModule loadModule(SimProcess process, String name) {
        PyModule m = process.modules.get(name);
        if (m == null) {
            CodeObject pythonSource = Modules.pythonSource(name);
            if (pythonSource != null) {
                LinkedHashMap<String, PyObject> globals = new LinkedHashMap<>();
                globals.put("__name__", PyStr.of(name));
                m = new PyModule(name, globals);
                process.modules.put(name, m);
                interpreter.runModuleBody(pythonSource, globals);
            } else {
                m = Modules.create(name);
                process.modules.put(name, m);
            }
        }
        return m;
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

    void writeError(String text) {
        if (errorOutput.length() < MAX_OUTPUT_CHARS) {
            errorOutput.append(text);
        }
    }

    public long steps() {
        return steps;
    }

    public long clockNanos() {
        return clockNanos;
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
