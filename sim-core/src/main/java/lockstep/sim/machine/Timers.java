package lockstep.sim.machine;

import lockstep.sim.ThreadState;

/**
 * The timers of the virtual clock: threads that sleep, wait for I/O or compute until a time, waits with a deadline,
 * their expiry, and the jump of the clock to the next of them when nothing can run. The clock itself is the
 * machine's ({@code Machine.clockNanos}), advanced by every step.
 */
final class Timers {
    private final Machine machine;

    Timers(Machine machine) {
        this.machine = machine;
    }

    /** Blocked threads whose timeout has passed stop waiting, with the call's timeout result. */
    void expireTimeouts() {
        machine.signals.ringAlarms();
        for (SimThread t : machine.threads) {
            if (t.blocker != null && t.blockDeadlineNanos >= 0 && t.blockDeadlineNanos <= machine.clockNanos
                    && !t.blocker.ready(t)) {
                machine.recorder.timedOut(t, t.blocker.waitsFor());
                endWait(t, t.blocker.timedOut(t), false);
            }
        }
        for (SimThread t : machine.threads) {
            if ((t.state == ThreadState.SLEEPING || t.state == ThreadState.IO || t.computing)
                    && t.wakeAtNanos <= machine.clockNanos) {
                t.computing = false;
                t.state = ThreadState.RUNNABLE;
                t.readySince = machine.steps;
                machine.recorder.woke(t);
            }
        }
    }

    /** The wait of {@code t} is over: the native call it was in returns {@code result}. */
    void endWait(SimThread t, lockstep.sim.runtime.PyObject result, boolean completed) {
        if (completed && t.frame != null) {
            machine.recordAcquire(t, t.blocker.waitsFor());
        }
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

    /** With nobody runnable, jumps the clock to the next wake-up or timeout; false when there is none. */
    boolean advanceToNextTimedEvent() {
        long next = nextTimedEvent();
        if (next == Long.MAX_VALUE) {
            return false;
        }
        machine.clockNanos = Math.max(machine.clockNanos, next);
        return true;
    }

    /** When the next wake-up, timeout or alarm is due; {@code Long.MAX_VALUE} when none is pending. */
    long nextTimedEvent() {
        long next = Long.MAX_VALUE;
        for (SimThread t : machine.threads) {
            if (t.state == ThreadState.SLEEPING || t.state == ThreadState.IO || t.computing) {
                next = Math.min(next, t.wakeAtNanos);
            }
            if (t.blocker != null && t.blockDeadlineNanos >= 0) {
                next = Math.min(next, t.blockDeadlineNanos);
            }
        }
        return Math.min(next, machine.signals.nextAlarm());
    }

    /**
     * Lets {@code nanos} of virtual time pass for {@code t}: it sleeps, waits for I/O, or ({@code compute}) works
     * on its core; called when the native that asked for it has returned.
     */
    void suspend(SimThread t, long nanos, String kind) {
        long wake = machine.clockNanos + Math.max(0, nanos);
        t.wakeAtNanos = wake;
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
        t.state = blocker.isBlockedState() ? ThreadState.BLOCKED : ThreadState.WAITING;
        machine.recorder.blocked(t, blocker);
    }

}
