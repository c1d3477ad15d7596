package lockstep.sim.machine;

import lockstep.sim.ThreadState;
import lockstep.sim.runtime.MachineRequest;
import lockstep.sim.runtime.PyBaseException;
import lockstep.sim.runtime.PyInt;
import lockstep.sim.runtime.PyNone;
import lockstep.sim.runtime.PyObject;
import lockstep.sim.runtime.Types;

/**
 * Signals between simulated processes, as the kernel delivers them and CPython handles them: a signal with a
 * Python handler is pending until its process's main thread next runs, and the handler runs there between two
 * instructions (a sleeping main thread wakes for it and sleeps on afterwards); SIG_IGN drops it; the default
 * action of SIGINT raises KeyboardInterrupt, of SIGCHLD nothing, of the others ends the process (exit code
 * {@code -signal}). SIGALRM comes from each process's alarm timer, in virtual time.
 */
final class Signals {
    static final int SIGINT = 2;
    static final int SIGKILL = 9;
    static final int SIGALRM = 14;
    static final int SIGCHLD = 17;
    static final PyInt SIG_DFL = PyInt.of(0);
    static final PyInt SIG_IGN = PyInt.of(1);

    private final Machine machine;

    Signals(Machine machine) {
        this.machine = machine;
    }

    /** The handler of {@code signal} in {@code process}: a callable, {@link #SIG_DFL} or {@link #SIG_IGN}. */
    PyObject handler(SimProcess process, int signal) {
        PyObject h = process.signalHandlers.get(signal);
        return h == null ? SIG_DFL : h;
    }

    /** Sets a handler; returns the previous one. */
    PyObject setHandler(SimProcess process, int signal, PyObject handler) {
        PyObject previous = handler(process, signal);
        process.signalHandlers.put(signal, handler);
        return previous;
    }

    /**
     * {@code os.kill(pid, signal)} by {@code caller}: the request that ends or interrupts the caller's own thread
     * when it signalled its own process, else null.
     */
    MachineRequest send(SimThread caller, SimProcess target, int signal) {
        PyObject h = handler(target, signal);
        boolean own = target == caller.process;
        if (signal != SIGKILL && h == SIG_IGN || signal == SIGCHLD && h == SIG_DFL) {
            return null;
        }
        if (signal == SIGKILL || h == SIG_DFL && signal != SIGINT) {
            if (own) {
                return new MachineRequest.Exit(-signal);
            }
            machine.processTable.terminate(target, -signal);
            return null;
        }
        if (own && caller == mainThreadOf(target) && h == SIG_DFL) {
            throw new lockstep.sim.runtime.PyRaise(new PyBaseException(Types.KEYBOARD_INTERRUPT));
        }
        target.pendingSignals.addLast(signal);
        wakeSleeper(target);
        // The caller's own main thread takes the handler between this call and its next instruction.
        return own && caller == mainThreadOf(target) ? new MachineRequest.Suspend(0, MachineRequest.SuspendKind.SLEEP)
                : null;
    }

    private static SimThread mainThreadOf(SimProcess p) {
        return p.threads.isEmpty() ? null : p.threads.get(0);
    }

    /**
     * A main thread asleep when a signal arrives wakes to handle it and sleeps on until its time afterwards; an
     * event loop's select, or a wait that a signal ends ({@code pause}), returns at once.
     */
    private void wakeSleeper(SimProcess p) {
        SimThread main = mainThreadOf(p);
        if (main != null && main.state == ThreadState.SLEEPING) {
            main.sleepAfterSignalUntil = main.selecting ? -1 : main.wakeAtNanos;
            main.state = ThreadState.RUNNABLE;
            main.readySince = machine.steps;
            machine.planner.awake(main);
        } else if (main != null && main.blocker != null && main.blocker.endsOnSignal()) {
            machine.timers.endWait(main, main.blocker.complete(main), false);
        }
    }

    /**
     * Before {@code t} runs: when it is its process's main thread and a signal is pending, the handler's frame is
     * entered above the interrupted one (or, for SIGINT's default, KeyboardInterrupt raised there).
     */
    void deliver(SimThread t, Interpreter interpreter) {
        SimProcess p = t.process;
        if (p.pendingSignals.isEmpty() || t != mainThreadOf(p) || t.frame == null || t.blocker != null) {
            return;
        }
        int signal = p.pendingSignals.removeFirst();
        PyObject h = handler(p, signal);
        if (h == SIG_DFL) {
            Frame f = interpreter.unwinder.handle(t.frame, new PyBaseException(Types.KEYBOARD_INTERRUPT), false,
                    null);
            t.frame = f;
            return;
        }
        if (h == SIG_IGN) {
            return;
        }
        Frame handlerFrame = interpreter.calls.prepareCall(h, new PyObject[] {PyInt.of(signal), PyNone.NONE}, 0, 2,
                null);
        if (handlerFrame != null) {
            handlerFrame.returnMode = Frame.ReturnMode.DISCARD;
            interpreter.calls.enter(handlerFrame, t.frame);
        }
    }

    /**
     * A handler returned into the interrupted frame: true when its thread had been asleep and now sleeps out the
     * rest of its time, as CPython's {@code time.sleep} does after a handler (PEP 475).
     */
    boolean sleepsOn(SimThread t) {
        long until = t.sleepAfterSignalUntil;
        t.sleepAfterSignalUntil = -1;
        if (until <= machine.clockNanos) {
            return false;
        }
        machine.timers.suspend(t, until - machine.clockNanos, "sleep");
        return true;
    }

    /** Sets the process's alarm ({@code signal.setitimer(ITIMER_REAL, ...)}); returns the old one's remaining time. */
    long[] setAlarm(SimProcess p, long delayNanos, long intervalNanos) {
        long remaining = p.alarmAtNanos < 0 ? 0 : Math.max(0, p.alarmAtNanos - machine.clockNanos);
        long[] old = {remaining, p.alarmIntervalNanos};
        p.alarmAtNanos = delayNanos <= 0 ? -1 : machine.clockNanos + delayNanos;
        p.alarmIntervalNanos = delayNanos <= 0 ? 0 : intervalNanos;
        return old;
    }

    /** The alarms due now ring: SIGALRM to their processes (a repeating one is set again). */
    void ringAlarms() {
        for (SimProcess p : machine.processes) {
            if (p.alarmAtNanos >= 0 && p.alarmAtNanos <= machine.clockNanos && p.isAlive()) {
                p.alarmAtNanos = p.alarmIntervalNanos > 0 ? p.alarmAtNanos + p.alarmIntervalNanos : -1;
                SimThread main = mainThreadOf(p);
                MachineRequest ends = send(main, p, SIGALRM);
                if (ends instanceof MachineRequest.Exit exit) {
                    machine.processTable.terminate(p, exit.code);
                }
            }
        }
    }

    /** What {@code signal.pause()} waits on: a signal pending for the process. */
    lockstep.sim.runtime.Blocker pause(SimProcess p) {
        return new lockstep.sim.runtime.Blocker() {
            @Override
            public boolean ready(lockstep.sim.runtime.ThreadHandle waiter) {
                return !p.pendingSignals.isEmpty();
            }

            @Override
            public PyObject complete(lockstep.sim.runtime.ThreadHandle waiter) {
                return PyNone.NONE;
            }

            @Override
            public PyObject timedOut(lockstep.sim.runtime.ThreadHandle waiter) {
                return PyNone.NONE;
            }

            @Override
            public String waitsFor() {
                return "a signal";
            }

            @Override
            public boolean endsOnSignal() {
                return true;
            }

            @Override
            public lockstep.sim.trace.ObjectName waitsForName() {
                return new lockstep.sim.trace.ObjectName.Variable("signal");
            }
        };
    }

    /** The next alarm of a live process, or {@link Long#MAX_VALUE}. */
    long nextAlarm() {
        long next = Long.MAX_VALUE;
        for (SimProcess p : machine.processes) {
            if (p.alarmAtNanos >= 0 && p.isAlive()) {
                next = Math.min(next, p.alarmAtNanos);
            }
        }
        return next;
    }
}
