package lockstep.sim.machine;

import lockstep.sim.ThreadState;
import lockstep.sim.runtime.Blocker;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.ThreadHandle;

/** A simulated thread: its frames, state, what it waits for, and the exception its except blocks are handling. */
public final class SimThread implements ThreadHandle {
    final int id;
    final String name;
    final SimProcess process;
    final boolean daemon;
    Frame frame;
    ThreadState state = ThreadState.NEW;
    /** When a SLEEPING or IO thread wakes, or a computing thread finishes its CPU work. */
    long wakeAtNanos;
    /** True while the thread does {@code sim.compute}: RUNNING and holding its core until {@link #wakeAtNanos}. */
    boolean computing;
    /** What a BLOCKED or WAITING thread waits for; null otherwise. */
    Blocker blocker;
    /** When a blocked thread's wait times out; -1 for never. */
    long blockDeadlineNanos = -1;
    /** The scheduling priority for the priority policy (higher runs first). */
    int priority;
    /** The step at which the thread last became ready to run: the ready queue's order. */
    long readySince;
    int depth;
    /** The exception being handled by the innermost running except block, for bare {@code raise}. */
    PyBaseException handledException;
    /** A value to push on the thread's stack before it next runs: a forked child's 0 from {@code fork()}. */
    lockstep.sim.runtime.PyObject pushOnResume;
    /**
     * For the main thread of a spawned process: once the module's top level has run, this function is called with
     * {@link #spawnArgs} (multiprocessing's bootstrap, which then calls the target).
     */
    String spawnEntry;
    /** The function of a thread {@code _thread.start_new_thread} started, named when it lets an exception out. */
    lockstep.sim.runtime.PyObject bareFunction;
    lockstep.sim.runtime.PyObject[] spawnArgs;
    /** The asyncio task whose coroutine frames this thread is running, or null: for the steps it reports. */
    String currentTask;
    /** The task the event loop announced it resumes next: it becomes {@link #currentTask} once its coroutine runs. */
    String resumingTask;
    /** Set by a step that switched coroutines: the task that ran when the step began, the one it is reported under. */
    String taskAtStepStart;
    boolean switchedTask;
    /** True while its sleep is an event loop's select, which a signal ends rather than interrupts. */
    boolean selecting;
    /** A sleep a signal handler interrupted: the time it sleeps on to once the handler returns; -1 for none. */
    long sleepAfterSignalUntil = -1;
    /** The uncaught exception that ended the thread, if any. */
    PyBaseException uncaught;
    /** {@code str()} of {@link #uncaught}, taken when it ended the thread (it may run program code). */
    String uncaughtMessage;

    SimThread(int id, String name, SimProcess process, boolean daemon) {
        this.id = id;
        this.name = name;
        this.process = process;
        this.daemon = daemon;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public java.util.List<PyBaseException.TracebackEntry> callStack() {
        java.util.ArrayList<PyBaseException.TracebackEntry> entries = new java.util.ArrayList<>();
        for (Frame f = frame; f != null; f = f.back) {
            if (!lockstep.sim.library.Modules.standsForBuiltIn(f.code.fileName)) {
                entries.add(0, new PyBaseException.TracebackEntry(f.code.fileName, f.currentLine(), f.code.name));
            }
        }
        return entries;
    }

    @Override
    public PyBaseException handledException() {
        return handledException;
    }

    public ThreadState state() {
        return state;
    }

    boolean isAlive() {
        return state != ThreadState.DONE;
    }

    // Read-only views for inspection.

    @Override
    public lockstep.sim.runtime.ObjectSpace objectIds() {
        return process.objects;
    }

    public SimProcess process() {
        return process;
    }

    public boolean daemon() {
        return daemon;
    }

    /** What a BLOCKED or WAITING thread waits for; null otherwise. */
    public Blocker blocker() {
        return blocker;
    }

    /** The step count at which the thread last became ready: the order of the ready queue. */
    public long readySince() {
        return readySince;
    }

    /** When a SLEEPING, IO or computing thread wakes, in virtual nanoseconds. */
    public long wakeAtNanos() {
        return wakeAtNanos;
    }

    /** True while the thread does CPU work ({@code sim.compute}) and holds its core. */
    public boolean computing() {
        return computing;
    }

    /**
     * The global of its process's main module that the thread's next instruction stores, or null: lets a watcher
     * see a store that leaves a variable's value as it was (a lost update writing what was there).
     */
    public String nextGlobalStore() {
        Frame f = frame;
        if (f == null || f.pc >= f.code.opcodes.length || f.globals != process.main.dict) {
            return null;
        }
        int op = f.code.opcodes[f.pc];
        boolean store = op == lockstep.sim.compile.Opcode.STORE_GLOBAL
                || (op == lockstep.sim.compile.Opcode.STORE_NAME && f.namespace == null);
        return store ? f.code.names[f.code.args[f.pc]] : null;
    }

    /**
     * The thread's frames, innermost first. A frame's line is the line being executed: for the innermost frame of a
     * thread that can run, the instruction it runs next; for a frame inside a call (every outer frame, and the
     * innermost of a thread waiting in a native call), the line of that call.
     */
    /**
     * Where a value just pushed by the innermost frame went, cheaply, for inspection watching every shared read: how
     * many frames the thread has, the innermost frame's value-stack depth and its next micro-op; null without frames.
     */
    public PushSite pushSite() {
        if (frame == null) {
            return null;
        }
        int frames = 0;
        for (Frame f = frame; f != null; f = f.back) {
            frames++;
        }
        String next = frame.pc < frame.code.lines.length ? frame.code.describe(frame.pc) : "";
        return new PushSite(frames, frame.sp, next);
    }

    /** See {@link #pushSite()}. */
    public record PushSite(int frames, int valueDepth, String nextMicroOp) {}

    public java.util.List<StackFrame> stack() {
        java.util.List<StackFrame> frames = new java.util.ArrayList<>();
        boolean inCall = state == ThreadState.BLOCKED || state == ThreadState.WAITING || state == ThreadState.SLEEPING
                || state == ThreadState.IO || computing || pushOnResume != null;
        for (Frame f = frame; f != null; f = f.back) {
            int line;
            int at;
            if (f == frame && !inCall && f.pc < f.code.lines.length) {
                line = f.code.lines[f.pc];
                at = f.pc;
            } else {
                line = f.currentLine();
                at = f.pc - 1;
            }
            java.util.LinkedHashMap<String, lockstep.sim.runtime.PyObject> locals = new java.util.LinkedHashMap<>();
            for (int i = 0; i < f.locals.length; i++) {
                if (f.locals[i] != null) {
                    locals.put(f.code.localNames[i], f.locals[i]);
                }
            }
            for (int i = 0; i < f.cells.length; i++) {
                if (f.cells[i] != null && f.cells[i].value != null && i < f.code.cellNames.length) {
                    locals.putIfAbsent(f.code.cellNames[i], f.cells[i].value);
                }
            }
            java.util.List<lockstep.sim.runtime.PyObject> values = new java.util.ArrayList<>(f.sp);
            for (int i = 0; i < f.sp; i++) {
                values.add(f.stack[i]);
            }
            String microOp = at >= 0 && at < f.code.lines.length ? f.code.describe(at) : "";
            frames.add(new StackFrame(f.code.fileName, f.code.qualifiedName, line, locals, values, microOp));
        }
        return frames;
    }
}
