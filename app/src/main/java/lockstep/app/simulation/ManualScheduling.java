package lockstep.app.simulation;

import java.util.List;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Schedule;

/**
 * What manual mode asks the simulator: which threads may run after a schedule chosen by hand; answered by
 * {@link InspectorManualScheduling} with the simulator's manual session.
 */
public interface ManualScheduling {
    /** A thread that may run next: its id in schedules, its name and its process. */
    record Choice(int threadId, String name, int pid) {}

    /**
     * The threads that may run after {@code chosen}, in thread-id order; empty when the program has ended there.
     *
     * @param options the run's options (seed, step limit); the schedule replaces its policy
     */
    List<Choice> runnable(Program program, RunOptions options, Schedule chosen);
}
