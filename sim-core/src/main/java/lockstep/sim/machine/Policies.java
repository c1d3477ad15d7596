package lockstep.sim.machine;

import java.util.List;
import lockstep.sim.runtime.PythonRandom;

/** The built-in scheduling policies. */
public final class Policies {
    private Policies() {}

    /** The thread that has been ready longest (ties: the lower id): the head of a FIFO ready queue. */
    static SimThread longestReady(List<SimThread> runnable) {
        SimThread best = null;
        for (SimThread t : runnable) {
            if (best == null || t.readySince < best.readySince) {
                best = t;
            }
        }
        return best;
    }

    /** Preemptive round-robin: the head of the ready queue runs for at most {@code quantum} steps. */
    public static SchedulerPolicy roundRobin(long quantumSteps) {
        return new SchedulerPolicy() {
            @Override
            public SimThread choose(List<SimThread> runnable, SimThread previous) {
                return longestReady(runnable);
            }

            @Override
            public long sliceSteps(SimThread chosen) {
                return quantumSteps;
            }
        };
    }

    /** First in, first out: a thread runs until it blocks, sleeps or ends. */
    public static SchedulerPolicy fifo() {
        return new SchedulerPolicy() {
            @Override
            public SimThread choose(List<SimThread> runnable, SimThread previous) {
                return runnable.contains(previous) ? previous : longestReady(runnable);
            }

            @Override
            public long sliceSteps(SimThread chosen) {
                return Long.MAX_VALUE;
            }
        };
    }

    /** Seeded random: before every step any runnable thread may be chosen, the way to expose races. */
    public static SchedulerPolicy random(long seed) {
        PythonRandom random = new PythonRandom(seed ^ 0x5eed5eedL);
        return new SchedulerPolicy() {
            @Override
            public SimThread choose(List<SimThread> runnable, SimThread previous) {
                return runnable.get((int) random.randbelow(runnable.size()));
            }

            @Override
            public long sliceSteps(SimThread chosen) {
                return 1;
            }
        };
    }

    /**
     * Priority: the runnable thread with the highest priority runs (ties: round-robin among them), re-chosen
     * before every step so a more urgent thread that becomes ready preempts at once. Priorities come from
     * {@code sim.priority(n)}; the default is 0.
     */
    public static SchedulerPolicy priority() {
        return new SchedulerPolicy() {
            @Override
            public SimThread choose(List<SimThread> runnable, SimThread previous) {
                SimThread best = null;
                for (SimThread t : runnable) {
                    if (best == null || t.priority > best.priority
                            || (t.priority == best.priority && t.readySince < best.readySince)) {
                        best = t;
                    }
                }
                return best;
            }

            @Override
            public long sliceSteps(SimThread chosen) {
                return 1;
            }
        };
    }
}
