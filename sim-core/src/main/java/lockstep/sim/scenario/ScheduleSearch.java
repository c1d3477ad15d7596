package lockstep.sim.scenario;

import lockstep.sim.RunOptions;
import lockstep.sim.explore.ExploreOptions;
import lockstep.sim.explore.ExploreResult;

/**
 * Explores the checked program's schedules, for the expectations decided over every schedule
 * ({@link Expectation.Explored}, {@link Expectation.NoDeadlock}); usually {@code lockstep.sim.explore.Explorer} on the
 * program, with a monitor that can cancel it.
 */
@FunctionalInterface
public interface ScheduleSearch {
    /** Searches the program's schedules with {@code run}'s settings as {@code options} say. */
    ExploreResult explore(RunOptions run, ExploreOptions options);
}
