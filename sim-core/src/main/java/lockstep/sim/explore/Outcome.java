package lockstep.sim.explore;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import lockstep.sim.FinalState;
import lockstep.sim.RunStatus;
import lockstep.sim.Schedule;

/**
 * One way the program can end, with how many interleavings end so and two schedules that do.
 *
 * @param status           how the runs end
 * @param output           the printed lines, in order
 * @param globals          the main module's final plain-value globals, as {@link lockstep.sim.RunResult#globals()}
 * @param problem          the deadlock's cycle or the uncaught exception's last line; null when completed
 * @param count            how many Mazurkiewicz traces (or, in the sampling modes, runs) end so
 * @param shortest         a schedule that ends so with the fewest operations, replayable with the replay policy
 * @param shortestLength   its number of operations
 * @param leastPreempted   a schedule that ends so with the fewest preemptions
 * @param preemptions      how many preemptions it has
 * @param finalState       the final state of the run behind {@code shortest}, for evaluating expressions
 */
public record Outcome(RunStatus status, List<String> output, Map<String, Object> globals, String problem,
                     BigInteger count, Schedule shortest, int shortestLength, Schedule leastPreempted,
                     int preemptions, FinalState finalState) {
    /** What makes two runs end the same way: status, output, globals and problem. */
    public record Key(RunStatus status, List<String> output, Map<String, Object> globals, String problem) {}

    public Key key() {
        return new Key(status, output, globals, problem);
    }
}
