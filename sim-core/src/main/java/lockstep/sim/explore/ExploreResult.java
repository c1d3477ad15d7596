package lockstep.sim.explore;

import java.math.BigInteger;
import java.util.List;

/**
 * What a search found.
 *
 * @param outcomes      the distinct outcomes, most frequent first (ties in the order found)
 * @param interleavings the Mazurkiewicz traces covered (runs, in the sampling modes): the sum of the counts
 * @param executions    runs of the program the search made
 * @param states        distinct states stored (0 for the modes that store none)
 * @param stopReason    why it ended; {@link #complete()} when every schedule was covered
 * @param estimate      the estimated number of traces, made before an exhaustive search started; null if none
 * @param pctBound      in PCT mode, the probability that one run finds a given bug of the depth searched for;
 *                      null otherwise
 */
public record ExploreResult(List<Outcome> outcomes, BigInteger interleavings, long executions, long states,
                            StopReason stopReason, BigInteger estimate, Double pctBound) {
    /** Whether the search covered every schedule: the counts are exact and no other outcome exists. */
    public boolean complete() {
        return stopReason == StopReason.EXHAUSTED;
    }
}
