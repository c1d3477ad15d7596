package lockstep.sim.machine;

import java.util.ArrayList;
import java.util.List;
import lockstep.sim.ThreadState;
import lockstep.sim.trace.Segment;

/**
 * Scheduling on cores and the GIL: which runnable threads execute in a round and for how many steps — one core,
 * several cores a tick, or one GIL per process in its modern or classic model — and the one question the
 * interpreter asks, whether a thread whose slice is spent may be stopped at its next instruction. The machine
 * owns the threads; the {@link SchedulerPolicy} only picks among the runnable ones.
 */
final class Planner {
    private final Machine machine;
    /** Not final: see {@link Machine#adopt}. */
    SchedulerPolicy policy;
    /** The GIL policy is on: one thread of the process runs at a time, switching after the switch interval. */
    final boolean gilActive;
    /** Classic GIL model: a switch may happen at any bytecode; modern: only at eval-breaker points. */
    final boolean gilClassic;
    /** CPython's switch interval ({@code sys.setswitchinterval}), in virtual nanoseconds. */
    long switchIntervalNanos;

    Planner(Machine machine, SchedulerPolicy policy, boolean gilActive, boolean gilClassic, long switchIntervalNanos) {
        this.machine = machine;
        this.policy = policy;
        this.gilActive = gilActive;
        this.gilClassic = gilClassic;
        this.switchIntervalNanos = switchIntervalNanos;
    }

    /**
     * The threads a round must look at, in creation order: every thread but those asleep (sleeping or waiting for
     * I/O, not computing) and those done, which no round can run. A sleeper leaves when a round finds it asleep and
     * comes back when its timer or a signal wakes it ({@link #awake}); a new thread joins at the next round.
     */
    private final List<SimThread> watched = new ArrayList<>();
    /** How many of the machine's threads {@link #watched} has taken in. */
    private int threadsSeen;

    /**
     * Fills {@code runnable} with the threads that may run now and returns how many cores are free: a thread doing
     * CPU work holds its core (and, under the GIL, its process's GIL).
     */
    int collectRunnable(List<SimThread> threads, List<SimThread> runnable) {
        int cores = machine.cores;
        int freeCores = cores;
        runnable.clear();
        takeInNewThreads(threads);
        int kept = 0;
        for (int i = 0; i < watched.size(); i++) {
            SimThread t = watched.get(i);
            if (t.computing) {
                freeCores--;
            } else if (t.state == ThreadState.RUNNABLE || (t.blocker != null && t.blocker.ready(t))) {
                runnable.add(t);
            } else if (asleepOrDone(t)) {
                continue;
            }
            watched.set(kept++, t);
        }
        watched.subList(kept, watched.size()).clear();
        if (gilActive && freeCores < cores) {
            // A thread doing CPU work holds its process's GIL: no other thread of that process may run.
            runnable.removeIf(t -> computingIn(t.process));
        }
        return freeCores;
    }

    private static boolean asleepOrDone(SimThread t) {
        return t.state == ThreadState.SLEEPING || t.state == ThreadState.IO || t.state == ThreadState.DONE;
    }

    /** The threads made since the last round: the newest, so they go last in creation order. */
    private void takeInNewThreads(List<SimThread> threads) {
        for (; threadsSeen < threads.size(); threadsSeen++) {
            watched.add(threads.get(threadsSeen));
        }
    }

    /** A sleeper woke (its time came, or a signal): rounds look at it again, in its place by creation order. */
    void awake(SimThread t) {
        takeInNewThreads(machine.threads);
        int low = 0;
        int high = watched.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (watched.get(mid).id < t.id) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low == watched.size() || watched.get(low) != t) {
            watched.add(low, t);
        }
    }

    /**
     * Runs one round: the chosen thread's slice on one core, or one step on each of several cores. Returns the
     * thread that ran on a single core (the policy's {@code previous} next time), else null.
     */
    SimThread runRound(List<SimThread> runnable, int freeCores, SimThread previous) {
        int cores = machine.cores;
        if (gilActive && cores > 1) {
            runGilTick(runnable, freeCores);
            return null;
        } else if (cores == 1 || gilActive) {
            SimThread chosen = policy.choose(runnable, previous);
            long slice = gilActive ? Math.max(1, switchIntervalNanos / machine.opCostNanos)
                    : policy.sliceSteps(chosen);
            if (gilActive) {
                passGil(chosen);
            }
            return runSlice(chosen, 0, slice);
        } else {
            runTick(runnable, freeCores, previous);
            return null;
        }
    }

    /**
     * Whether a thread whose slice is spent may be stopped before the instruction {@code f} executes next. Under the
     * modern GIL a thread whose time is up keeps running until an eval-breaker point — the start of a function or a
     * loop's backward jump — as CPython 3.10+ only checks for a GIL drop request there.
     */
    boolean mayStopAt(Frame f) {
        return !gilActive || gilClassic || machine.steps >= machine.maxSteps || atEvalBreaker(f);
    }

    /** One core: the chosen thread runs up to {@code slice} steps. Returns it. */
    SimThread runSlice(SimThread next, int core, long sliceSteps) {
        if (!next.isAlive()) {
            // Ended since it was chosen (another core's step, a signal): a dead thread must not become runnable again.
            return next;
        }
        if (next.blocker != null && !next.blocker.ready(next)) {
            // Another core's thread took what this one waited for earlier in the same tick.
            return next;
        }
        if (next.blocker != null) {
            machine.timers.endWait(next, next.blocker.complete(next), true);
            if (machine.outcome != null || next.frame == null) {
                return next;
            }
        }
        long slice = Math.max(1, sliceSteps);
        long limit = slice >= machine.maxSteps - machine.steps ? machine.maxSteps : machine.steps + slice;
        long first = machine.steps;
        long startNanos = machine.clockNanos;
        next.state = ThreadState.RUNNING;
        machine.currentCore = core;
        machine.interpreter.run(next, limit);
        if (next.state == ThreadState.RUNNING && !next.computing) {
            next.state = ThreadState.RUNNABLE;
            next.readySince = machine.steps;
        }
        machine.recorder.trace().addSegment(new Segment(first, machine.steps - first, core, next.process.pid, next.id,
                startNanos));
        machine.schedule.add(next.id, machine.steps - first);
        policy.ran(next, machine.steps - first);
        return next;
    }

    /**
     * Several cores: up to {@code freeCores} different threads each execute one step in the same tick of virtual
     * time, core by core in the order the policy chose them.
     */
    private void runTick(List<SimThread> runnable, int freeCores, SimThread previous) {
        List<SimThread> candidates = new ArrayList<>(runnable);
        int core = 0;
        while (core < freeCores && !candidates.isEmpty() && machine.outcome == null
                && machine.steps < machine.maxSteps) {
            SimThread next = policy.choose(candidates, previous);
            candidates.remove(next);
            if (!next.isAlive() || next.blocker != null && !next.blocker.ready(next)) {
                // Another core's step this tick ended it (its process's os._exit) or took what it waited for.
                continue;
            }
            runSlice(next, core, 1);
            core++;
        }
        machine.clockNanos += machine.opCostNanos;
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
        long slice = Math.max(1, switchIntervalNanos / machine.opCostNanos);
        int core = 0;
        for (java.util.Map.Entry<Integer, List<SimThread>> e : byProcess.entrySet()) {
            if (core >= freeCores || machine.outcome != null || machine.steps >= machine.maxSteps) {
                break;
            }
            SimThread holder = gilHolders.get(e.getKey());
            long held = gilHeldSteps.getOrDefault(e.getKey(), 0L);
            SimThread next;
            if (holder != null && e.getValue().contains(holder)
                    && (held < slice || (!gilClassic && !atEvalBreaker(holder.frame)))) {
                next = holder;
            } else {
                next = policy.choose(e.getValue(), holder);
                held = 0;
            }
            if (next != holder) {
                machine.recorder.gilHandedOver(holder, next);
            }
            gilHolders.put(e.getKey(), next);
            runSlice(next, core++, 1);
            gilHeldSteps.put(e.getKey(), held + 1);
        }
        machine.clockNanos += machine.opCostNanos;
    }

    /** Whether a frame's next instruction is a point where the modern GIL may change hands. */
    static boolean atEvalBreaker(Frame f) {
        if (f == null || f.pc == 0) {
            return true;
        }
        return f.code.opcodes[f.pc] == lockstep.sim.compile.Opcode.JUMP && f.code.args[f.pc] < f.pc;
    }

    /** Records the GIL of the chosen thread's process changing hands when another thread than its last holder runs. */
    private void passGil(SimThread next) {
        SimThread holder = gilHolders.get(next.process.pid);
        if (next == holder) {
            return;
        }
        machine.recorder.gilHandedOver(holder, next);
        gilHolders.put(next.process.pid, next);
    }

    /**
     * The thread holding {@code process}'s GIL: its last taker while it runs, may run or does CPU work; null when
     * the GIL policy is off or nobody holds it (its last holder waits, sleeps, does I/O or has ended).
     */
    SimThread gilHolder(SimProcess process) {
        SimThread holder = gilActive ? gilHolders.get(process.pid) : null;
        if (holder == null) {
            return null;
        }
        boolean holds = holder.computing || holder.state == ThreadState.RUNNING || holder.state == ThreadState.RUNNABLE;
        return holds ? holder : null;
    }
}
