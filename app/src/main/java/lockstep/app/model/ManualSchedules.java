package lockstep.app.model;

import lockstep.app.simulation.RunSession;
import lockstep.sim.Schedule;

/** Schedules cut from a run, for manual mode and for saving. */
final class ManualSchedules {
    private ManualSchedules() {}

    /**
     * The choices of {@code run} that made its first {@code position} steps. A run on several cores is not a
     * sequence of slices that one core can replay, so it gives an empty schedule: manual mode starts over.
     */
    static Schedule prefix(RunSession run, long position) {
        Schedule out = new Schedule();
        if (run.options().cores() > 1) {
            return out;
        }
        long left = position;
        for (Schedule.Slice slice : run.result().schedule().slices()) {
            if (left <= 0) {
                break;
            }
            long steps = Math.min(left, slice.steps());
            out.add(slice.threadId(), steps);
            left -= steps;
        }
        return out;
    }
}
