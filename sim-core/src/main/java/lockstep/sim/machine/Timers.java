package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lockstep.sim.ThreadState;

/**
 * The timers of the virtual clock: threads that sleep, wait for I/O or compute until a time, waits with a deadline,
 * their expiry, and the jump of the clock to the next of them when nothing can run. The clock itself is the
 * machine's ({@code Machine.clockNanos}), advanced by every step.
 */
final class Timers {
    private final Machine machine;
    /** The pending wake-ups and deadlines, earliest first. */
    private final TimerQueue queue = new TimerQueue();

    Timers(Machine machine) {
        this.machine = machine;
    }

    /**
     * Blocked threads whose timeout has passed stop waiting, with the call's timeout result; then sleepers, I/O and
     * CPU work whose time has come wake. Each group in the threads' creation order, as a scan of the threads would.
     */
    void expireTimeouts() {
        machine.signals.ringAlarms();
        if (queue.earliest() > machine.clockNanos) {
            return;
        }
        List<TimerQueue.Entry> deadlines = new ArrayList<>();
        List<TimerQueue.Entry> wakeUps = new ArrayList<>();
        for (TimerQueue.Entry e : queue.takeDue(machine.clockNanos)) {
            (e.deadline() ? deadlines : wakeUps).add(e);
        }
        deadlines.sort(BY_THREAD);
        wakeUps.sort(BY_THREAD);
        for (TimerQueue.Entry e : deadlines) {
            SimThread t = e.thread();
            if (!e.current()) {
                continue; // an earlier timeout's end of a process ended this wait too
            }
            if (t.blocker.ready(t)) {
                queue.putBack(e); // what it waits for is there: it completes when it runs, unless taken first
                continue;
            }
            machine.recorder.timedOut(t, t.blocker.waitsFor());
            endWait(t, t.blocker.timedOut(t), false);
        }
        for (TimerQueue.Entry e : wakeUps) {
            SimThread t = e.thread();
            if (e.current()) {
                t.computing = false;
                t.state = ThreadState.RUNNABLE;
                t.readySince = machine.steps;
                machine.planner.awake(t);
                machine.recorder.woke(t);
            }
        }
    }

    private static final Comparator<TimerQueue.Entry> BY_THREAD = (a, b) -> Integer.compare(a.threadId(), b.threadId());

    /** The wait of {@code t} is over: the native call it was in returns {@code result}. */
    void endWait(SimThread t, lockstep.sim.runtime.PyObject result, boolean completed) {
        if (completed && t.frame != null) {
            machine.recordAcquire(t, t.blocker.waitsFor());
        }
        queue.dropDeadline(t);
        t.blocker = null;
        t.blockDeadlineNanos = -1;
        t.state = ThreadState.RUNNABLE;
        t.readySince = machine.steps;
        if (t.frame != null && t.frame.sp > 0) {
            t.frame.stack[t.frame.sp - 1] = result;
        } else if (t.frame == null) {
            machine.shutdownComplete(t);
        }
    }

    /**
     * With nobody runnable, jumps the clock to the next wake-up, timeout or alarm after now; false when there is none.
     * A deadline already passed belongs to a wait whose object is ready: it cannot move the clock, and counting it
     * would leave the clock where it is while a thread computes towards a later time.
     */
    boolean advanceToNextTimedEvent() {
        long next = Math.min(queue.earliestAfter(machine.clockNanos), machine.signals.nextAlarm());
        if (next == Long.MAX_VALUE) {
            return false;
        }
        machine.clockNanos = Math.max(machine.clockNanos, next);
        return true;
    }

    /** When the next wake-up, timeout or alarm is due; {@code Long.MAX_VALUE} when none is pending. */
    long nextTimedEvent() {
        return Math.min(queue.earliest(), machine.signals.nextAlarm());
    }

    /**
     * Lets {@code nanos} of virtual time pass for {@code t}: it sleeps, waits for I/O, or ({@code compute}) works
     * on its core; called when the native that asked for it has returned.
     */
    void suspend(SimThread t, long nanos, String kind) {
        long wake = machine.clockNanos + Math.max(0, nanos);
        t.wakeAtNanos = wake;
        queue.wakeAt(t);
        if (kind.equals("compute")) {
            // CPU work: the thread stays RUNNING and holds its core until the work is done.
            t.computing = true;
            t.state = ThreadState.RUNNING;
            machine.recorder.slept(t, kind, nanos);
            return;
        }
        t.state = kind.equals("io") ? ThreadState.IO : ThreadState.SLEEPING;
        t.selecting = kind.equals("select");
        machine.recorder.slept(t, kind, nanos);
    }

    /** Makes {@code t} wait on {@code blocker}; called when the native that asked for it has returned. */
    void block(SimThread t, lockstep.sim.runtime.Blocker blocker, long timeoutNanos) {
        t.blocker = blocker;
        t.blockDeadlineNanos = timeoutNanos < 0 ? -1 : machine.clockNanos + timeoutNanos;
        queue.deadlineAt(t);
        t.state = blocker.isBlockedState() ? ThreadState.BLOCKED : ThreadState.WAITING;
        machine.recorder.blocked(t, blocker);
    }

}
