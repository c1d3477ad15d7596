package lockstep.sim.explore;

/**
 * Watches a search from outside: the simulator has no clock, so a time limit or a Cancel button is the monitor's
 * {@link #stopRequested()}, asked between executions and every few thousand states.
 */
public interface ExploreMonitor {
    /** True to end the search now; the result then says it is not complete. */
    default boolean stopRequested() {
        return false;
    }

    /** Told now and then how far the search has got. */
    default void progress(ExploreProgress progress) {
    }

    /** Watches nothing. */
    ExploreMonitor NONE = new ExploreMonitor() {};
}
