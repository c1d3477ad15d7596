package lockstep.sim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Happens-before data-race detection with vector clocks, in the manner of ThreadSanitizer and FastTrack.
 *
 * <p>Each thread has a vector clock; each synchronization object has one too. {@link #released} joins the thread's
 * clock into the object's and advances the thread's own component; {@link #acquired} joins the object's clock into
 * the thread's. {@link #threadStarted} gives the child its parent's clock, {@link #threadJoined} gives the waiter the
 * finished thread's clock. An access by thread {@code t} is stamped with its epoch, {@code t}'s own component at the
 * time; a later access by thread {@code u} is ordered after it iff that epoch is at most {@code u}'s component for
 * {@code t}.
 *
 * <p>Per variable it keeps the last write and, since that write, the latest read by each thread: state bounded by
 * the number of threads, never a history. A read races with the last write unless ordered after it; a write races
 * with the last write and with each read since, unless ordered after them.
 *
 * <p>Reports: one per (variable, unordered pair of source lines), in the order found, with the first pair of
 * accesses found on those lines (ordered by step) and how many racing pairs those lines had in all; at most
 * {@value #MAX_REPORTS}; further distinct races are only counted ({@link #suppressed()}). Deterministic: hash maps
 * are only looked up, never iterated.
 */
public final class RaceDetector implements SyncObserver {
    /** At most this many races are reported; the rest are counted by {@link #suppressed()}. */
    public static final int MAX_REPORTS = 100;

    private final IntFunction<String> threadNames;
    private final Map<Integer, VectorClock> threadClocks = new HashMap<>();
    private final Map<String, VectorClock> objectClocks = new HashMap<>();
    private final Map<String, VariableState> variables = new HashMap<>();
    /** Each distinct race's index in {@link #races}, or -1 for those beyond the cap. */
    private final Map<ReportKey, Integer> reportedPairs = new HashMap<>();
    private final List<Race> races = new ArrayList<>();
    /** How many racing pairs each reported race has had so far, by index in {@link #races}. */
    private final List<Integer> counts = new ArrayList<>();
    private int suppressed;

    /** @param threadNames names a thread id, for {@link Race.Access#threadName()} (asked when a race is found) */
    public RaceDetector(IntFunction<String> threadNames) {
        this.threadNames = Objects.requireNonNull(threadNames, "threadNames");
    }

    /** The distinct races found so far, in the order found, each with its count (at most {@value #MAX_REPORTS}). */
    public List<Race> races() {
        List<Race> counted = new ArrayList<>(races.size());
        for (int i = 0; i < races.size(); i++) {
            Race race = races.get(i);
            counted.add(new Race(race.variable(), race.first(), race.second(), counts.get(i)));
        }
        return List.copyOf(counted);
    }

    /** How many distinct races (new variable and line pair) were found after {@value #MAX_REPORTS} were reported. */
    public int suppressed() {
        return suppressed;
    }

    @Override
    public void threadStarted(int parent, int child) {
        VectorClock parentClock = clockOf(parent);
        VectorClock childClock = clockOf(child);
        childClock.join(parentClock);
        childClock.tick(child);
        parentClock.tick(parent);
    }

    @Override
    public void threadJoined(int waiter, int finished) {
        VectorClock finishedClock = clockOf(finished);
        clockOf(waiter).join(finishedClock);
        finishedClock.tick(finished);
    }

    @Override
    public void released(int thread, String object) {
        VectorClock clock = clockOf(thread);
        objectClocks.computeIfAbsent(object, key -> new VectorClock()).join(clock);
        clock.tick(thread);
    }

    @Override
    public void acquired(int thread, String object) {
        VectorClock clock = clockOf(thread);
        VectorClock objectClock = objectClocks.get(object);
        if (objectClock != null) {
            clock.join(objectClock);
        }
    }

    @Override
    public void read(int thread, String variable, long step, int line) {
        VectorClock clock = clockOf(thread);
        VariableState state = variables.computeIfAbsent(variable, key -> new VariableState());
        Stamp now = new Stamp(thread, clock.get(thread), step, line, false);
        if (state.lastWrite != null && !happensBefore(state.lastWrite, clock)) {
            report(variable, state.lastWrite, now);
        }
        state.recordRead(now);
    }

    @Override
    public void wrote(int thread, String variable, long step, int line) {
        VectorClock clock = clockOf(thread);
        VariableState state = variables.computeIfAbsent(variable, key -> new VariableState());
        Stamp now = new Stamp(thread, clock.get(thread), step, line, true);
        if (state.lastWrite != null && !happensBefore(state.lastWrite, clock)) {
            report(variable, state.lastWrite, now);
        }
        List<Stamp> racingReads = new ArrayList<>();
        for (Stamp read : state.readsSinceWrite) {
            if (!happensBefore(read, clock)) {
                racingReads.add(read);
            }
        }
        racingReads.sort(Comparator.comparingLong(Stamp::step));
        for (Stamp read : racingReads) {
            report(variable, read, now);
        }
        state.lastWrite = now;
        state.readsSinceWrite.clear();
    }

    /** How many reads of {@code variable} are remembered (at most one per thread): for tests of bounded memory. */
    int readsTracked(String variable) {
        VariableState state = variables.get(variable);
        return state == null ? 0 : state.readsSinceWrite.size();
    }

    /**
     * Whether the access stamped {@code earlier} happens before the current point of the thread whose clock is
     * {@code clock}. Always true for the thread's own earlier accesses (its own component only grows).
     */
    private static boolean happensBefore(Stamp earlier, VectorClock clock) {
        return earlier.epoch() <= clock.get(earlier.thread());
    }

    private VectorClock clockOf(int thread) {
        if (thread < 0) {
            throw new IllegalArgumentException("thread id must not be negative: " + thread);
        }
        return threadClocks.computeIfAbsent(thread, VectorClock::ofNewThread);
    }

    private void report(String variable, Stamp a, Stamp b) {
        Stamp first = a.step() <= b.step() ? a : b;
        Stamp second = first == a ? b : a;
        ReportKey key = new ReportKey(variable, Math.min(a.line(), b.line()), Math.max(a.line(), b.line()));
        Integer index = reportedPairs.get(key);
        if (index != null) {
            if (index >= 0) {
                counts.set(index, counts.get(index) + 1);
            }
            return;
        }
        if (races.size() >= MAX_REPORTS) {
            reportedPairs.put(key, -1);
            suppressed++;
            return;
        }
        reportedPairs.put(key, races.size());
        races.add(new Race(variable, access(first), access(second)));
        counts.add(1);
    }

    private Race.Access access(Stamp stamp) {
        return new Race.Access(stamp.thread(), threadNames.apply(stamp.thread()), stamp.step(), stamp.line(),
                stamp.write());
    }

    /** One access: by which thread, at which of its epochs (own clock component), where. */
    private record Stamp(int thread, int epoch, long step, int line, boolean write) {}

    /** What makes a report distinct: the variable and the unordered pair of lines. */
    private record ReportKey(String variable, int lowLine, int highLine) {}

    /** What is remembered of one variable: O(threads), never a history. */
    private static final class VariableState {
        Stamp lastWrite;
        /** The latest read by each thread since {@link #lastWrite}, at most one per thread. */
        final List<Stamp> readsSinceWrite = new ArrayList<>(2);

        void recordRead(Stamp read) {
            for (int i = 0; i < readsSinceWrite.size(); i++) {
                if (readsSinceWrite.get(i).thread() == read.thread()) {
                    readsSinceWrite.set(i, read);
                    return;
                }
            }
            readsSinceWrite.add(read);
        }
    }
}
