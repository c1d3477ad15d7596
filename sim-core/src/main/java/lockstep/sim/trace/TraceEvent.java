package lockstep.sim.trace;

import java.util.List;
import lockstep.sim.analysis.Deadlock;

/**
 * Something that happened in a run and that the trace keeps: output, a sleep, a thread starting or ending, a lock
 * taken or released, an uncaught exception, an asyncio task switching. Stretches of plain computation keep no events.
 *
 * <p>One record per kind, each with its facts typed: views switch over the records and never read a sentence. What
 * every event shares ({@link At}: step, virtual time, the thread that raised it, the program line and the asyncio
 * task) is reached through the accessors here. Text comes only from {@link EventNarrator}. Records compare by value,
 * so two runs give equal traces exactly when they did the same.
 */
public sealed interface TraceEvent {
    /**
     * Where and when an event happened.
     *
     * @param step      the number of steps run when it happened (the step that raised it is the one before)
     * @param timeNanos the virtual time
     * @param thread    the id of the thread that raised it (see {@link Trace#thread(int)})
     * @param line      the innermost line of the program's own code, 0 when there is none
     * @param task      the asyncio task the thread was running, or null outside any task
     */
    record At(long step, long timeNanos, int thread, int line, String task) {}

    /**
     * What a thread waits for or takes: the object's key ({@code lock#1}; for a wait on no object, a description such
     * as {@code process 1001}) and the name it had for the program when the event happened ({@code a}, or the key).
     */
    record ObjectRef(String key, ObjectName name) {}

    At at();

    default long step() {
        return at().step();
    }

    default long timeNanos() {
        return at().timeNanos();
    }

    /** The id of the thread that raised the event. */
    default int thread() {
        return at().thread();
    }

    default int line() {
        return at().line();
    }

    /** The asyncio task the thread was running, or null. */
    default String task() {
        return at().task();
    }

    /** The kind's name, as the fixed-column text shows it where a step shows its micro-op. */
    Kind kind();

    /** The kinds as the text renderings name them ({@code --events}, golden files); several records share FORK. */
    enum Kind { THREAD_START, THREAD_END, PRINT, SLEEP, ERROR, STEP_LIMIT, DEADLOCK, BLOCK, ACQUIRE, RELEASE,
        TIMEOUT, GIL, FORK, WAKE, TASK_START, TASK_YIELD, TASK_RESUME, TASK_END, TASK_WAKE, LOOP,
        LOST_UPDATE,
        /** Control passes into or out of a generator advanced by next(), send(), throw() or close(). */
        GENERATOR }

    /** Thread {@code started} begins; raised by the thread that started it, or by itself when it is a run's first. */
    record ThreadStarted(At at, int started) implements TraceEvent {
        /** The starting thread, or -1 for the run's first thread. */
        public int parent() {
            return started == at.thread() ? -1 : at.thread();
        }

        public Kind kind() {
            return Kind.THREAD_START;
        }
    }

    /** The thread ends; {@code daemonStopped} when it was a daemon thread stopped because the program ended. */
    record ThreadEnded(At at, boolean daemonStopped) implements TraceEvent {
        public Kind kind() {
            return Kind.THREAD_END;
        }
    }

    /**
     * The thread printed {@code text} (without its final line break, cut when very long); {@code stderr} when the
     * program wrote it to its standard error (a log message, {@code print(file=sys.stderr)}).
     */
    record Printed(At at, String text, boolean stderr) implements TraceEvent {
        /** Text written to standard output. */
        public Printed(At at, String text) {
            this(at, text, false);
        }

        public Kind kind() {
            return Kind.PRINT;
        }
    }

    /** What a thread does while it does not run: sleep, I/O, CPU work (it keeps its core), an event loop's select. */
    enum Pause { SLEEP, IO, COMPUTE, SELECT }

    /** The thread pauses for {@code nanos} of virtual time. */
    record Slept(At at, Pause pause, long nanos) implements TraceEvent {
        public Kind kind() {
            return Kind.SLEEP;
        }
    }

    /**
     * Why a thread stops: it wants a lock (BLOCKED), waits for a signal, an event or another's end (WAITING), or is
     * the main thread waiting for the other threads at shutdown (WAITING).
     */
    enum Why {
        LOCK, SIGNAL, SHUTDOWN;

        /** The thread state it leaves the thread in: {@code BLOCKED} or {@code WAITING}. */
        public String state() {
            return this == LOCK ? "BLOCKED" : "WAITING";
        }
    }

    /**
     * The thread waits for {@code object} (null for a shutdown wait); {@code holder} is the thread holding it when it
     * is a lock someone else holds, else -1.
     */
    record Blocked(At at, ObjectRef object, int holder, Why why) implements TraceEvent {
        public Kind kind() {
            return Kind.BLOCK;
        }
    }

    /** The thread takes {@code object} (a lock acquired, a wait that ended because what it waited for came). */
    record Acquired(At at, ObjectRef object) implements TraceEvent {
        public Kind kind() {
            return Kind.ACQUIRE;
        }
    }

    /** The thread releases {@code object}. */
    record Released(At at, ObjectRef object) implements TraceEvent {
        public Kind kind() {
            return Kind.RELEASE;
        }
    }

    /** The thread stops waiting for {@code object}: its timeout passed. */
    record TimedOut(At at, ObjectRef object) implements TraceEvent {
        public Kind kind() {
            return Kind.TIMEOUT;
        }
    }

    /** A sleeping thread (or one doing I/O or CPU work) is ready to run again. */
    record Woke(At at) implements TraceEvent {
        public Kind kind() {
            return Kind.WAKE;
        }
    }

    /**
     * Why the GIL changed hands: nobody held it (FIRST); the holder's switch interval was over while another thread
     * waited for it (INTERVAL); or the holder stopped running Python and dropped it: it waits for a lock, a
     * condition, a join (WAIT), sleeps (SLEEP), waits for I/O (IO), or has ended (END).
     */
    enum GilReason { FIRST, INTERVAL, WAIT, SLEEP, IO, END }

    /** The thread takes its process's GIL from thread {@code from} (-1 when nobody held it), for {@code reason}. */
    record GilHandedOver(At at, int from, GilReason reason) implements TraceEvent {
        public Kind kind() {
            return Kind.GIL;
        }
    }

    /** Process {@code parentPid} forks {@code childPid}, whose one thread {@code childThread} copies the forker. */
    record Forked(At at, int parentPid, int childPid, int childThread) implements TraceEvent {
        public Kind kind() {
            return Kind.FORK;
        }
    }

    /**
     * Process {@code parentPid} spawns {@code childPid} (main thread {@code childThread}); {@code viaServer} when the
     * child is forked from the fork server.
     */
    record Spawned(At at, int parentPid, int childPid, int childThread, boolean viaServer) implements TraceEvent {
        public Kind kind() {
            return Kind.FORK;
        }
    }

    /** The fork server starts as process {@code pid}. */
    record ForkServerStarted(At at, int pid) implements TraceEvent {
        public Kind kind() {
            return Kind.FORK;
        }
    }

    /**
     * The thread stops with an uncaught exception of type {@code exceptionType}; {@code message} is its {@code str()}
     * (empty when it has none) and {@code stderr} what CPython writes to stderr for it: the traceback, headed
     * {@code Exception in thread ...:} for a thread other than the main one; empty for {@code SystemExit}.
     */
    record ErrorRaised(At at, String exceptionType, String message, String stderr) implements TraceEvent {
        /** The traceback's last line: {@code NameError: name 'y' is not defined}, or the type alone. */
        public String summary() {
            return message.isEmpty() ? exceptionType : exceptionType + ": " + message;
        }

        public Kind kind() {
            return Kind.ERROR;
        }
    }

    /** The run stops at its limit of {@code maxSteps} steps. */
    record StepLimitReached(At at, long maxSteps) implements TraceEvent {
        public Kind kind() {
            return Kind.STEP_LIMIT;
        }
    }

    /** Nothing can ever run again. */
    record Deadlocked(At at, Deadlock deadlock) implements TraceEvent {
        public Kind kind() {
            return Kind.DEADLOCK;
        }
    }

    /** Who runs a task: asyncio's event loop, or gevent's hub (the task is then a greenlet). */
    enum TaskRunner { ASYNCIO, GEVENT }

    /** Asyncio task {@code task} is created to run {@code coroutine}, and joins the ready queue. */
    record TaskStarted(At at, String started, String coroutine, TaskRunner runner) implements TraceEvent {
        public TaskStarted(At at, String started, String coroutine) {
            this(at, started, coroutine, TaskRunner.ASYNCIO);
        }

        public Kind kind() {
            return Kind.TASK_START;
        }
    }

    /** Task {@code task} gives up control at an {@code await}, waiting for {@code awaits}; at.task is that task. */
    record TaskYielded(At at, String yielding, String awaits, TaskRunner runner) implements TraceEvent {
        public TaskYielded(At at, String yielding, String awaits) {
            this(at, yielding, awaits, TaskRunner.ASYNCIO);
        }

        public Kind kind() {
            return Kind.TASK_YIELD;
        }
    }

    /** What task {@code woken} awaited ({@code awaited}) is done: the task joins the ready queue. */
    record TaskWoken(At at, String woken, String awaited, TaskRunner runner) implements TraceEvent {
        public TaskWoken(At at, String woken, String awaited) {
            this(at, woken, awaited, TaskRunner.ASYNCIO);
        }

        public Kind kind() {
            return Kind.TASK_WAKE;
        }
    }

    /** The loop gives control to {@code resumed}; {@code coroutine} names what starts on its first run, else null. */
    record TaskResumed(At at, String resumed, String coroutine, TaskRunner runner) implements TraceEvent {
        public TaskResumed(At at, String resumed, String coroutine) {
            this(at, resumed, coroutine, TaskRunner.ASYNCIO);
        }

        public Kind kind() {
            return Kind.TASK_RESUME;
        }
    }

    /** How a task ended. */
    enum Ending { RETURNED, RAISED, CANCELLED }

    /**
     * Task {@code ended} is done: it returned (detail: the value's repr), raised (its type's name), was cancelled (a
     * greenlet: killed).
     */
    record TaskEnded(At at, String ended, Ending ending, String detail, TaskRunner runner) implements TraceEvent {
        public TaskEnded(At at, String ended, Ending ending, String detail) {
            this(at, ended, ending, detail, TaskRunner.ASYNCIO);
        }

        public Kind kind() {
            return Kind.TASK_END;
        }
    }

    /**
     * An event loop's ready queue and timers changed: the queue as text ({@code [Task-1, ...]}), the timers by
     * deadline, each with the virtual time it fires at, so that narration writes the unit in its language.
     */
    record LoopChanged(At at, String readyQueue, List<LoopTimer> timers) implements TraceEvent {
        public LoopChanged {
            timers = List.copyOf(timers);
        }

        public Kind kind() {
            return Kind.LOOP;
        }
    }

    /** A timer of an event loop: what it runs ({@code Task-2 sleep(1)}) and when, in virtual seconds. */
    record LoopTimer(String label, double whenSeconds) {}

    /**
     * A lost update: the thread writes {@code value} to shared {@code variable} over {@code overwrittenValue}, written
     * by thread {@code overwrittenWriter} at step {@code overwrittenStep} after the thread's own read of it at step
     * {@code readStep}: that write is erased unseen (see {@code analysis.LostUpdateDetector}). Steps are counted as
     * {@link At#step()} is, the number of steps run once the access was made. Values are their repr, or
     * {@code <Type object>} for what is not a number, string or None.
     */
    record LostUpdate(At at, String variable, String value, long readStep, int overwrittenWriter,
                      String overwrittenValue, long overwrittenStep) implements TraceEvent {
        public Kind kind() {
            return Kind.LOST_UPDATE;
        }
    }

    /**
     * How control passes between a generator and the code that advanced it: into it by {@code next()} (NEXT),
     * {@code send(value)} (SEND), {@code throw(exception)} (THROW) or {@code close()} (CLOSE); back out of it at a
     * {@code yield} (YIELD), by its return (RETURN: StopIteration in the caller) or by an exception it lets out (RAISE).
     */
    enum Handoff {
        NEXT, SEND, THROW, CLOSE, YIELD, RETURN, RAISE;

        /** True for the hand-offs into the generator. */
        public boolean entering() {
            return ordinal() <= CLOSE.ordinal();
        }
    }

    /**
     * Control passes into or out of {@code generator} (its function's qualified name and its number in the run, as
     * {@code consumer#1}) when the program advances it with {@code next()}, {@code send()}, {@code throw()} or
     * {@code close()}; {@code value} is what is sent or yielded or returned (as in {@link LostUpdate}), or the
     * exception's type for THROW and RAISE, and empty for NEXT and CLOSE. A {@code for} loop's items are not told.
     */
    record GeneratorHandoff(At at, String generator, Handoff handoff, String value) implements TraceEvent {
        public Kind kind() {
            return Kind.GENERATOR;
        }
    }

    /** The asyncio task an event is about: the one started, yielding, woken, resumed or ended; null for others. */
    static String taskOf(TraceEvent event) {
        if (event instanceof TaskStarted e) {
            return e.started();
        } else if (event instanceof TaskYielded e) {
            return e.yielding();
        } else if (event instanceof TaskWoken e) {
            return e.woken();
        } else if (event instanceof TaskResumed e) {
            return e.resumed();
        } else if (event instanceof TaskEnded e) {
            return e.ended();
        }
        return null;
    }
}
