package lockstep.app.explore;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockstep.sim.RunStatus;
import lockstep.sim.Schedule;
import lockstep.sim.explore.ExploreResult;
import lockstep.sim.explore.Outcome;
import lockstep.sim.explore.StopReason;

/** Outcomes and results made by hand, for the texts and exports. */
final class Outcomes {
    private Outcomes() {}

    /** A completed outcome of the lost update with {@code N = n}: x ends at {@code x}, printed. */
    static Outcome lostUpdate(int n, long x, long count) {
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("N", (long) n);
        globals.put("x", x);
        return new Outcome(RunStatus.COMPLETED, List.of("x = " + x + " (expected " + 2 * n + ")"), globals, null,
                BigInteger.valueOf(count), new Schedule(), 20, new Schedule(), 1, null);
    }

    static Outcome deadlock(long count, String cycle) {
        return new Outcome(RunStatus.DEADLOCK, List.of(), Map.of(), cycle, BigInteger.valueOf(count),
                new Schedule(), 12, new Schedule(), 2, null);
    }

    static ExploreResult result(StopReason reason, Outcome... outcomes) {
        BigInteger total = BigInteger.ZERO;
        for (Outcome o : outcomes) {
            total = total.add(o.count());
        }
        return new ExploreResult(List.of(outcomes), total, 17, 250, reason, null, null);
    }
}
