package lockstep.sim.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread asleep at a choice point, with the footprint of the operation it would do there: its operation was explored
 * from an earlier point, and running it here would only repeat a trace counted there.
 */
record Sleeper(int thread, Footprint footprint) {
    /** Those of {@code sleeping} that stay asleep after {@code op}: other threads, independent of it. */
    static List<Sleeper> stillAsleep(List<Sleeper> sleeping, Execution.Op op) {
        List<Sleeper> still = new ArrayList<>();
        for (Sleeper s : sleeping) {
            if (s.thread != op.thread() && !s.footprint.conflicts(op.footprint())) {
                still.add(s);
            }
        }
        return still;
    }

    /** Whether {@code thread} is among {@code sleeping}. */
    static boolean isAsleep(List<Sleeper> sleeping, int thread) {
        for (Sleeper s : sleeping) {
            if (s.thread == thread) {
                return true;
            }
        }
        return false;
    }
}
