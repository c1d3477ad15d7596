package lockstep.sim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import lockstep.sim.RunOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Optimal DPOR runs the lost update once per Mazurkiewicz trace: as many executions as traces, each ending, none
 * abandoned because every thread that could run was asleep, and the census per final x that the state search
 * counts.
 */
class OptimalDporCensusTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1; 2; 1=2 2=2",
        "2; 2; 2=12 3=16 4=6",
        "3; 2; 2=2 3=82 4=134 5=90 6=20"})
    void oneExecutionPerTrace(int n, int threads, String expected) throws Exception {
        check(n, threads, expected);
    }

    /** Three threads: 7,134 traces, each run once. */
    @org.junit.jupiter.api.Test
    void threeThreadsOneExecutionPerTrace() throws Exception {
        check(2, 3, "2=1422 3=2790 4=2112 5=720 6=90");
    }

    private static void check(int n, int threads, String expected) throws Exception {
        OptimalDpor search = new OptimalDpor(LostUpdateCensusTest.lostUpdate(n, threads), RunOptions.defaults(),
                ExploreOptions.defaults().withMode(ExploreMode.DPOR), ExploreMonitor.NONE);
        ExploreResult result = search.search();
        Map<Long, BigInteger> want = new TreeMap<>();
        for (String pair : expected.split(" ")) {
            String[] kv = pair.split("=");
            want.put(Long.parseLong(kv[0]), new BigInteger(kv[1]));
        }
        String stats = "executions " + result.executions() + ", asleep " + search.sleepBlocked() + ", infeasible "
                + search.infeasible() + ", redundant " + search.redundant();
        assertEquals(want, LostUpdateCensusTest.census(result), stats);
        assertTrue(result.complete());
        BigInteger total = want.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        assertEquals(total, result.interleavings(), stats);
        assertEquals(total.longValue(), result.executions(), stats);
        assertEquals(0, search.sleepBlocked(), stats);
        assertEquals(0, result.states());
    }
}
