package lockstep.app.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import lockstep.app.document.ScenarioDocument;
import lockstep.timeline.TimelineModel;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.RunResult;
import lockstep.sim.RunStatus;
import lockstep.sim.trace.Segment;
import lockstep.sim.trace.Trace;
import lockstep.sim.trace.TraceEvent;
import lockstep.sim.trace.TraceEvent.ThreadEnded;
import lockstep.sim.trace.TraceEvent.ThreadStarted;

/**
 * One simulated run, indexed for the views: its threads in order of appearance, which thread ran each step, each
 * thread's stretches of steps, and its events in step order. Immutable; built off the JavaFX thread.
 *
 * <p>Positions are cursor positions {@code 0..steps()}: at position {@code s} the first {@code s} steps have run,
 * the step just done has index {@code s - 1} and the step about to run has index {@code s}.
 */
public final class RunSession {
    private final ScenarioDocument document;
    private final String programText;
    private final Program program;
    private final RunOptions options;
    private final RunResult result;
    private final boolean manual;
    private final TimelineModel timeline;
    private final List<ThreadKey> threads;
    private final boolean severalProcesses;
    /** Segment starts and owners, in step order: the thread of any step by binary search. */
    private final long[] segmentFirst;
    private final long[] segmentEnd;
    private final int[] segmentThread;
    /** Per thread, the indices into the segment arrays of its segments. */
    private final int[][] segmentsOfThread;
    private final List<TraceEvent> events;
    private final long[] eventSteps;
    private final long[] threadStartStep;
    private final long[] threadEndStep;

    public RunSession(ScenarioDocument document, String programText, Program program, RunOptions options,
                      RunResult result, boolean manual) {
        this(document, programText, program, options, result, manual, TimelineModel.of(result));
    }

    /** A run with its timeline already laid out ({@code timeline}). */
    public RunSession(ScenarioDocument document, String programText, Program program, RunOptions options,
                      RunResult result, boolean manual, TimelineModel timeline) {
        this.timeline = timeline;
        this.document = document;
        this.programText = programText;
        this.program = program;
        this.options = options;
        this.result = result;
        this.manual = manual;

        Trace trace = result.trace();
        Map<Integer, ThreadKey> keys = new LinkedHashMap<>();
        List<TraceEvent> sorted = new ArrayList<>(result.trace().events());
        sorted.sort(Comparator.comparingLong(TraceEvent::step));
        this.events = List.copyOf(sorted);
        this.eventSteps = events.stream().mapToLong(TraceEvent::step).toArray();

        // Threads in order of appearance: a thread's start event or its first segment, whichever comes first.
        List<Segment> segments = result.trace().segments();
        int e = 0;
        for (Segment s : segments) {
            while (e < events.size() && events.get(e).step() <= s.firstStep()) {
                if (events.get(e++) instanceof ThreadStarted started) {
                    key(keys, trace, started.started());
                }
            }
            key(keys, trace, s.thread());
        }
        for (; e < events.size(); e++) {
            if (events.get(e) instanceof ThreadStarted started) {
                key(keys, trace, started.started());
            }
        }
        // Each thread keeps the colour the timeline gives it (its order of birth), so every view agrees.
        List<ThreadKey> coloured = new ArrayList<>();
        for (ThreadKey key : keys.values()) {
            int lane = timeline.threadLane(key.id());
            int colour = lane >= 0 ? timeline.lanes().get(lane).colorIndex() : -1;
            coloured.add(new ThreadKey(key.index(), key.id(), key.pid(), key.name(),
                    colour >= 0 ? colour : key.index()));
        }
        this.threads = List.copyOf(coloured);
        keys.clear();
        for (ThreadKey key : threads) {
            keys.put(key.id(), key);
        }
        this.severalProcesses = threads.stream().mapToInt(ThreadKey::pid).distinct().count() > 1;

        int n = segments.size();
        segmentFirst = new long[n];
        segmentEnd = new long[n];
        segmentThread = new int[n];
        int[] counts = new int[threads.size()];
        for (int i = 0; i < n; i++) {
            Segment s = segments.get(i);
            segmentFirst[i] = s.firstStep();
            segmentEnd[i] = s.firstStep() + s.stepCount();
            segmentThread[i] = keys.get(s.thread()).index();
            counts[segmentThread[i]]++;
        }
        segmentsOfThread = new int[threads.size()][];
        for (int t = 0; t < threads.size(); t++) {
            segmentsOfThread[t] = new int[counts[t]];
        }
        int[] fill = new int[threads.size()];
        for (int i = 0; i < n; i++) {
            int t = segmentThread[i];
            segmentsOfThread[t][fill[t]++] = i;
        }
        threadStartStep = new long[threads.size()];
        threadEndStep = new long[threads.size()];
        Arrays.fill(threadStartStep, Long.MAX_VALUE);
        Arrays.fill(threadEndStep, Long.MAX_VALUE);
        for (TraceEvent event : events) {
            if (event instanceof ThreadStarted started && keys.get(started.started()) != null) {
                int index = keys.get(started.started()).index();
                threadStartStep[index] = Math.min(threadStartStep[index], event.step());
            } else if (event instanceof ThreadEnded && keys.get(event.thread()) != null) {
                int index = keys.get(event.thread()).index();
                threadEndStep[index] = Math.min(threadEndStep[index], event.step());
            }
        }
        for (int t = 0; t < threads.size(); t++) {
            if (segmentsOfThread[t].length > 0) {
                threadStartStep[t] = Math.min(threadStartStep[t], segmentFirst[segmentsOfThread[t][0]]);
            }
        }
    }

    private static void key(Map<Integer, ThreadKey> keys, Trace trace, int thread) {
        keys.computeIfAbsent(thread, id -> new ThreadKey(keys.size(), id, trace.pidOf(id), trace.threadName(id),
                keys.size()));
    }

    /** The run laid out for the timeline (off the JavaFX thread, with the run). */
    public TimelineModel timeline() {
        return timeline;
    }

    public ScenarioDocument document() {
        return document;
    }

    /** The program text that was run (what the editor showed when it was submitted). */
    public String programText() {
        return programText;
    }

    public Program program() {
        return program;
    }

    public RunOptions options() {
        return options;
    }

    public RunResult result() {
        return result;
    }

    /** Whether this run follows a schedule chosen by hand, which ends where the choices end. */
    public boolean manual() {
        return manual;
    }

    /** Whether a manual run stopped because the choices so far ran out, rather than because the program ended. */
    public boolean awaitingChoice() {
        return manual && endedForLackOfChoices(result);
    }

    /** Whether a replay stopped because its schedule ran out while the program could go on. */
    public static boolean endedForLackOfChoices(RunResult run) {
        return run.status() == RunStatus.ERROR && run.error() != null && run.error().contains("schedule ends");
    }

    public long steps() {
        return result.steps();
    }

    public List<ThreadKey> threads() {
        return threads;
    }

    public boolean severalProcesses() {
        return severalProcesses;
    }

    public List<TraceEvent> events() {
        return events;
    }

    /** The thread that runs step {@code index}, or null outside the run. */
    public ThreadKey threadOfStep(long index) {
        int i = segmentAt(index);
        return i < 0 ? null : threads.get(segmentThread[i]);
    }

    /** The index of {@code thread}'s last step before position {@code position}, or -1. */
    public long lastStepBefore(ThreadKey thread, long position) {
        int[] own = segmentsOfThread[thread.index()];
        int lo = 0;
        int hi = own.length - 1;
        long found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int seg = own[mid];
            if (segmentFirst[seg] < position) {
                found = Math.min(segmentEnd[seg], position) - 1;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The index of {@code thread}'s first step at or after position {@code position}, or -1. */
    public long nextStepFrom(ThreadKey thread, long position) {
        int[] own = segmentsOfThread[thread.index()];
        int lo = 0;
        int hi = own.length - 1;
        long found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int seg = own[mid];
            if (segmentEnd[seg] > position) {
                found = Math.max(segmentFirst[seg], position);
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    /** Whether {@code thread} exists at position {@code position}: started, and not yet ended. */
    public boolean alive(ThreadKey thread, long position) {
        return threadStartStep[thread.index()] <= position && threadEndStep[thread.index()] > position;
    }

    /** Whether {@code thread} has ended by position {@code position}. */
    public boolean ended(ThreadKey thread, long position) {
        return threadEndStep[thread.index()] <= position;
    }

    /**
     * The position of the first event after {@code position} that {@code kind} accepts, or -1. An event's step is a
     * position: the number of steps run when it happened (the step that raised it is the one before).
     */
    public long nextEventPosition(long position, Predicate<TraceEvent> kind) {
        for (int i = firstEventAtOrAfter(position + 1); i < events.size(); i++) {
            if (kind.test(events.get(i))) {
                return Math.min(steps(), events.get(i).step());
            }
        }
        return -1;
    }

    /** The position of the last event before {@code position} that {@code kind} accepts, or -1. */
    public long previousEventPosition(long position, Predicate<TraceEvent> kind) {
        for (int i = firstEventAtOrAfter(position) - 1; i >= 0; i--) {
            if (kind.test(events.get(i))) {
                return events.get(i).step();
            }
        }
        return -1;
    }

    /** The events raised by step {@code index} (seen at position {@code index + 1}). */
    public List<TraceEvent> eventsOfStep(long index) {
        List<TraceEvent> out = new ArrayList<>();
        for (int i = firstEventAtOrAfter(index + 1); i < events.size() && events.get(i).step() == index + 1; i++) {
            out.add(events.get(i));
        }
        return out;
    }

    /** The events seen by position {@code position}, newest last: those whose step is at most it. */
    public int eventCountAt(long position) {
        return firstEventAtOrAfter(position + 1);
    }

    /** What the program had printed by position {@code position}: the whole output at the end of the run. */
    public String outputAt(long position) {
        if (position >= steps()) {
            return result.outputText();
        }
        StringBuilder out = new StringBuilder();
        for (TraceEvent event : events) {
            if (event.step() > position) {
                break;
            }
            if (event instanceof TraceEvent.Printed printed && !printed.stderr()) {
                out.append(printed.text()).append('\n');
            }
        }
        return out.toString();
    }

    private int firstEventAtOrAfter(long step) {
        int lo = 0;
        int hi = eventSteps.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (eventSteps[mid] < step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int segmentAt(long index) {
        int lo = 0;
        int hi = segmentFirst.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (segmentEnd[mid] <= index) {
                lo = mid + 1;
            } else if (segmentFirst[mid] > index) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
