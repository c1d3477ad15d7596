package lockstep.sim.machine;

import java.util.List;

/**
 * Chooses which runnable thread runs next and for how many steps. The machine owns all state; a policy only picks
 * among the threads it is shown (in creation order) and may keep its own bookkeeping.
 */
public interface SchedulerPolicy {
    /** Picks the next thread; {@code previous} is the one that ran last, or null. */
    SimThread choose(List<SimThread> runnable, SimThread previous);

    /** The most steps the chosen thread may run before the next choice. */
    long sliceSteps(SimThread chosen);

    /** Told how many steps the chosen thread actually ran. */
    default void ran(SimThread thread, long steps) {
    }
}
