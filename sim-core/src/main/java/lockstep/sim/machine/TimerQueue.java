package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import lockstep.sim.ThreadState;

/**
 * The threads' pending wake-ups and wait deadlines, earliest first: an index over their own timer fields
 * ({@code wakeAtNanos}, {@code blockDeadlineNanos}), so that finding what is due costs the number of due timers,
 * not the number of threads. Ties are ordered by deadline, then wake-ups before deadlines, then thread id (the
 * threads' creation order) — never by identity.
 *
 * <p>The fields stay the truth: a wait that ends drops its deadline at once ({@link #dropDeadline}); any other entry
 * whose thread no longer sleeps, computes or waits until that time (a signal woke it, {@code os._exit} ended it) is
 * dropped lazily when it comes up, and there are at most a few per thread. A copy of the machine copies the queue
 * with its threads.
 */
final class TimerQueue {
    /** A wake-up ({@code deadline} false) or a wait's deadline of {@code thread} at {@code atNanos}. */
    record Entry(long atNanos, boolean deadline, int threadId, SimThread thread) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int c = Long.compare(atNanos, other.atNanos);
            if (c == 0) {
                c = Boolean.compare(deadline, other.deadline);
            }
            return c != 0 ? c : Integer.compare(threadId, other.threadId);
        }

        /** Whether the thread still sleeps, does I/O or computes until this time, or still waits with this deadline. */
        boolean current() {
            if (deadline) {
                return thread.blocker != null && thread.blockDeadlineNanos == atNanos;
            }
            return (thread.state == ThreadState.SLEEPING || thread.state == ThreadState.IO || thread.computing)
                    && thread.wakeAtNanos == atNanos;
        }
    }

    private final TreeSet<Entry> entries = new TreeSet<>();

    /** {@code t} sleeps, does I/O or computes until {@code t.wakeAtNanos}. */
    void wakeAt(SimThread t) {
        entries.add(new Entry(t.wakeAtNanos, false, t.id, t));
    }

    /** {@code t} waits with the deadline {@code t.blockDeadlineNanos} (none when negative). */
    void deadlineAt(SimThread t) {
        if (t.blockDeadlineNanos >= 0) {
            entries.add(new Entry(t.blockDeadlineNanos, true, t.id, t));
        }
    }

    /**
     * {@code t}'s wait is over before its deadline: its entry goes now, so that waits ended early (most of them) leave
     * nothing behind until their deadline comes.
     */
    void dropDeadline(SimThread t) {
        if (t.blockDeadlineNanos >= 0) {
            entries.remove(new Entry(t.blockDeadlineNanos, true, t.id, t));
        }
    }

    /**
     * Takes out the current entries due at {@code nowNanos} or before, earliest first; a caller that leaves one
     * pending (a wait whose object is ready, so it does not time out yet) puts it back with {@link #putBack}.
     */
    List<Entry> takeDue(long nowNanos) {
        List<Entry> due = new ArrayList<>();
        while (!entries.isEmpty() && entries.first().atNanos <= nowNanos) {
            Entry e = entries.pollFirst();
            if (e.current()) {
                due.add(e);
            }
        }
        return due;
    }

    void putBack(Entry e) {
        entries.add(e);
    }

    /** The time of the earliest current entry; {@code Long.MAX_VALUE} when none is pending. */
    long earliest() {
        dropStaleHead();
        return entries.isEmpty() ? Long.MAX_VALUE : entries.first().atNanos;
    }

    /**
     * The time of the earliest current entry after {@code nowNanos}; {@code Long.MAX_VALUE} when none. An entry at or
     * before now that is still current is a wait whose object is ready but whose thread cannot run yet: its deadline
     * has passed and cannot move the clock.
     */
    long earliestAfter(long nowNanos) {
        dropStaleHead();
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (!e.current()) {
                it.remove();
            } else if (e.atNanos > nowNanos) {
                return e.atNanos;
            }
        }
        return Long.MAX_VALUE;
    }

    private void dropStaleHead() {
        while (!entries.isEmpty() && !entries.first().current()) {
            entries.pollFirst();
        }
    }
}
