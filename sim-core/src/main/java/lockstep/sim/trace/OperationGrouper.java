package lockstep.sim.trace;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Groups each thread's steps into operations, as they arrive. The boundary rules are {@link Operations}'s; this
 * class keeps one open operation per thread and closes it at the step that ends it, or at the run's end.
 */
final class OperationGrouper {
    /** One thread's operation, in progress or closed; named once the run's thread table is complete. */
    static final class Open {
        final Step start;
        Step last;
        int steps;
        /** The library function the program called to begin it, or null. */
        String called;
        /** The line of its last step in the program's own code, 0 while it has none. */
        int programLine;
        /**
         * The events inside it that may say what a library call did (a thread started, a block), up to the first
         * that is not a block: a block on a library's own lock says nothing to the program, so {@link #build}
         * passes over it, which needs the run's object table. Null while there is none.
         */
        java.util.List<TraceEvent> telling;
        /** Whether {@link #telling} holds an event that is not a block: no later event can tell more. */
        boolean told;
        /** Closed by the end of the run rather than by a step. */
        boolean atRunEnd;
        /** It goes on with a library call that an earlier operation began and that waited. */
        boolean resumed;
        /** It is the thread's first operation. */
        boolean first;
        /**
         * The program's step that ran library code from inside it (a property's getter or setter in threading.py):
         * it finishes after that code, so it arrives last; null when there is none.
         */
        Step outer;

        Open(Step start) {
            this.start = start;
        }
    }

    private final TreeMap<Integer, Open> open = new TreeMap<>();
    /** Per thread, its last closed operation, which a step finishing late may still join. */
    private final TreeMap<Integer, Open> lastClosed = new TreeMap<>();
    /** Per thread that waited inside a library call, the call it goes on with. */
    private final TreeMap<Integer, String> waitedIn = new TreeMap<>();
    /** The threads that have begun an operation. */
    private final java.util.TreeSet<Integer> begun = new java.util.TreeSet<>();
    private final Consumer<Open> closed;

    OperationGrouper(Consumer<Open> closed) {
        this.closed = closed;
    }

    void add(Step step) {
        Open op = open.get(step.thread());
        Open before = lastClosed.get(step.thread());
        if (op == null && before != null && step.index() < before.last.index()) {
            // A step that ran library code from inside it finishes after that code: it belongs to the operation
            // that code ended, and says what it was.
            before.steps++;
            before.outer = step;
            collectTelling(before, step.events());
            return;
        }
        if (op == null) {
            op = new Open(step);
            op.first = begun.add(step.thread());
            op.called = waitedIn.remove(step.thread());
            op.resumed = op.called != null;
            open.put(step.thread(), op);
        }
        op.last = step;
        op.steps++;
        if (!step.isLibraryCode()) {
            op.programLine = step.line();
        }
        if (step.effect() == StepEffect.CALLS_LIBRARY && op.called == null
                && step.narration().key().equals("op.enter")) {
            op.called = callName(String.valueOf(step.narration().args().get(0)));
        }
        collectTelling(op, step.events());
        if (endsOperation(step)) {
            open.remove(step.thread());
            if (step.isLibraryCode() && step.effect() != StepEffect.LEAVES_LIBRARY && op.called != null) {
                waitedIn.put(step.thread(), op.called);
            }
            lastClosed.put(step.thread(), op);
            closed.accept(op);
        }
    }

    /** What the program called, as it wrote it: calling a class runs its {@code __init__}, {@code Thread()}. */
    private static String callName(String qualifiedName) {
        return qualifiedName.endsWith(".__init__")
                ? qualifiedName.substring(0, qualifiedName.length() - ".__init__".length()) : qualifiedName;
    }

    /** Closes every thread's operation still open: the run is over. */
    void finish() {
        for (Open op : open.values()) {
            op.atRunEnd = true;
            closed.accept(op);
        }
        open.clear();
    }

    static boolean endsOperation(Step step) {
        if (step.isLibraryCode()) {
            return step.effect() == StepEffect.LEAVES_LIBRARY || waits(step.events());
        }
        return step.effect() == StepEffect.READS_SHARED || step.effect() == StepEffect.WRITES_SHARED
                || actsOnOthers(step.events());
    }

    /**
     * Whether the thread did something others see; a wake-up, a timeout or the GIL passing happen to it, and another
     * thread's end is told on whichever step runs next.
     */
    private static boolean actsOnOthers(List<TraceEvent> events) {
        for (TraceEvent e : events) {
            if (!(e instanceof TraceEvent.Woke || e instanceof TraceEvent.TimedOut
                    || e instanceof TraceEvent.GilHandedOver || e instanceof TraceEvent.ThreadEnded)) {
                return true;
            }
        }
        return false;
    }

    private static boolean waits(List<TraceEvent> events) {
        for (TraceEvent e : events) {
            if (e instanceof TraceEvent.Blocked || e instanceof TraceEvent.Slept || e instanceof TraceEvent.TaskYielded) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the events that may say what a library call did, until one that is not a block is kept. */
    private static void collectTelling(Open op, List<TraceEvent> events) {
        for (int i = 0; i < events.size() && !op.told; i++) {
            TraceEvent e = events.get(i);
            if (tells(e)) {
                if (op.telling == null) {
                    op.telling = new java.util.ArrayList<>(1);
                }
                op.telling.add(e);
                op.told = !(e instanceof TraceEvent.Blocked);
            }
        }
    }

    /** Whether an event says what a library call did as the program sees it; internal locking says nothing. */
    private static boolean tells(TraceEvent e) {
        return e instanceof TraceEvent.ThreadStarted || e instanceof TraceEvent.Blocked
                || e instanceof TraceEvent.Printed || e instanceof TraceEvent.Slept
                || e instanceof TraceEvent.Forked || e instanceof TraceEvent.Spawned
                || e instanceof TraceEvent.ThreadEnded || e instanceof TraceEvent.TaskYielded
                || e instanceof TraceEvent.TaskStarted || e instanceof TraceEvent.ErrorRaised;
    }

    /**
     * The first event of {@code op} that says what it did. A block on a lock a library made for its own use
     * ({@link TraceObject#internal()}, such as the lock of {@code Thread.start()}'s Event) is passed over, unless
     * the library named the lock after what the call waits for: a notify, a thread's end, a semaphore's release.
     */
    private static TraceEvent telling(Open op, Trace names) {
        if (op.telling == null) {
            return null;
        }
        for (TraceEvent e : op.telling) {
            if (!(e instanceof TraceEvent.Blocked b && b.object() != null && names.isInternal(b.object().key())
                    && !namesAWait(b.object().name()))) {
                return e;
            }
        }
        return null;
    }

    private static boolean namesAWait(ObjectName name) {
        return name instanceof ObjectName.Notify || name instanceof ObjectName.ThreadEnd
                || name instanceof ObjectName.SemaphoreRelease;
    }

    /** The closed operation, its events named from the run's trace. */
    static Operation build(Open op, Trace names) {
        Step last = op.last;
        long first = op.outer != null ? Math.min(op.start.index(), op.outer.index()) : op.start.index();
        return new Operation(last.thread(), op.start.threadName(), op.start.task(), first, last.index(), op.steps,
                op.start.timeNanos(), op.programLine != 0 ? op.programLine : last.line(), narration(op, names));
    }

    private static Narration narration(Open op, Trace names) {
        TraceEvent telling = telling(op, names);
        Narration told = telling == null ? null : EventNarrator.narrate(telling, names);
        if (op.called != null) {
            String key = op.resumed ? "operation.resume" : "operation.call";
            return told == null ? Narration.of(key, op.called) : Narration.of(key + "_and", op.called, told);
        }
        if (op.outer != null && told == null) {
            return said(op.outer);
        }
        if (op.last.isLibraryCode()) {
            if (told != null) {
                return told;
            }
            String module = op.last.opName().substring(0, op.last.opName().indexOf(": "));
            String key = op.atRunEnd ? "operation.library_end" : op.first ? "operation.library_begin"
                    : "operation.library";
            return Narration.of(key, module, op.steps);
        }
        return said(op.last);
    }

    /** The last step's narration, or what it wrote where a micro-op has no sentence of its own (STORE_ATTR). */
    private static Narration said(Step step) {
        if (step.effect() != StepEffect.WRITES_SHARED || !step.narration().key().equals("op.generic")) {
            return step.narration();
        }
        String op = step.opName();
        if (op.startsWith("STORE_ATTR ") || op.startsWith("DELETE_ATTR ")) {
            return Narration.of("operation.write_attribute", op.substring(op.indexOf(' ') + 1));
        }
        return op.startsWith("STORE_SUBSCR") || op.startsWith("DELETE_SUBSCR")
                ? Narration.of("operation.write_item") : step.narration();
    }
}
