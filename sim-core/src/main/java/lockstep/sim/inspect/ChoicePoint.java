package lockstep.sim.inspect;

import java.util.List;
import lockstep.sim.RunStatus;
import lockstep.sim.Schedule;
import lockstep.sim.trace.Trace;

/**
 * Where a manually scheduled run stands: the machine before the next choice, the threads that may be chosen, and
 * what the run has made so far. Once the run is over, {@code status} says how it ended and nothing can be chosen.
 *
 * @param snapshot the machine now (after {@code snapshot.step()} steps)
 * @param runnable the threads that can run next, in creation order (a thread waiting for a lock that is now free
 *                 is among them: choosing it takes the lock)
 * @param schedule the choices so far, replayable: {@link ManualSession#start} with it comes back here
 * @param output   everything printed so far
 * @param trace    the trace so far (segments and events), for the timeline
 * @param status   how the run ended, or null while it goes on
 * @param problem  for a deadlock or an error, what went wrong; null otherwise
 */
public record ChoicePoint(Snapshot snapshot, List<ThreadRef> runnable, Schedule schedule, String output, Trace trace,
                          RunStatus status, String problem) {
    public ChoicePoint {
        runnable = List.copyOf(runnable);
    }

    /** True once the run is over. */
    public boolean finished() {
        return status != null;
    }

    /** True when thread {@code id} can be chosen now. */
    public boolean canRun(int id) {
        for (ThreadRef t : runnable) {
            if (t.id() == id) {
                return true;
            }
        }
        return false;
    }
}
